import { rankDescending } from './rank';

/** Where one value stands among others, ties told apart from a clear place. */
export interface Standing {
  /** Competition rank, 1 = highest; equal values share it. */
  rank: number;
  /** How many share this value, itself included: 1 = alone in its place. */
  tiedWith: number;
  /** How many values were ranked (not-reported ones are not). */
  of: number;
  value: number;
}

/**
 * Every reported value's standing. A school that is not reported has none: it is neither last nor
 * tied, it is absent from the ranking.
 */
export function standings(values: ReadonlyMap<string, number | null>): Map<string, Standing> {
  const ranks = rankDescending(values);
  const counts = new Map<number, number>();
  for (const v of values.values()) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  const of = [...values.values()].filter((v) => v !== null).length;
  const out = new Map<string, Standing>();
  for (const [id, value] of values) {
    const rank = ranks.get(id);
    if (value === null || rank === undefined) continue;
    out.set(id, { rank, tiedWith: counts.get(value) ?? 1, of, value });
  }
  return out;
}

/**
 * One value's standing among others, when at least two of them are reported: a school alone with
 * a figure among its peers is not "第 1/1", it has no standing there.
 */
export function standingAmong(values: ReadonlyMap<string, number | null>, id: string): Standing | null {
  const standing = standings(values).get(id);
  return standing && standing.of > 1 ? standing : null;
}

/**
 * How to say a standing: a place ("第 2/28"), a shared place ("并列第 1/28，4 所"), or, when most
 * of the ranked share the value, that plain fact ("26 所为 0") — a rank of 3 among 26 zeros would
 * suggest a distinction the data does not make.
 */
export type StandingKind = 'place' | 'tied' | 'most-share';

export function standingKind(s: Standing): StandingKind {
  if (s.tiedWith <= 1) return 'place';
  return s.tiedWith * 2 > s.of ? 'most-share' : 'tied';
}
