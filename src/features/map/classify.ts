/**
 * ColorBrewer "Blues" (Cynthia Brewer, Apache-2.0 licensed scheme), sequential and colour-blind safe;
 * five classes read well on a 14-region map.
 */
export const SEQUENTIAL_BLUES = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'] as const;
/** A prefecture with no school is not a low value: hatched grey. */
export const NO_SCHOOL_FILL = '#d9d9d9';
export const NOT_REPORTED_FILL = '#f7f7f7';

export interface ClassBreak {
  /** Inclusive bounds of the class. */
  min: number;
  max: number;
  color: string;
}

/**
 * Classes from the distinct values: as many as there are distinct values when they are few (a count
 * of 1, 2 or 3 schools deserves exact classes), otherwise quantile classes on the sorted values so
 * each colour holds about as many prefectures. Bounds are actual data values, so a legend never
 * shows a range nobody falls in.
 */
export function classify(values: readonly number[], maxClasses = SEQUENTIAL_BLUES.length): ClassBreak[] {
  const distinct = [...new Set(values)].sort((a, b) => a - b);
  if (distinct.length === 0) return [];
  const count = Math.min(maxClasses, distinct.length);
  const palette = pickColors(count);
  if (distinct.length <= maxClasses) return distinct.map((v, i) => ({ min: v, max: v, color: palette[i] as string }));
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const breaks: Omit<ClassBreak, 'color'>[] = [];
  for (let i = 0, start = 0; i < count && start < n; i++) {
    let stop = i === count - 1 ? n - 1 : Math.max(start, Math.round(((i + 1) * n) / count) - 1);
    // Equal values always share a class.
    while (stop + 1 < n && sorted[stop + 1] === sorted[stop]) stop++;
    breaks.push({ min: sorted[start] as number, max: sorted[stop] as number });
    start = stop + 1;
  }
  const colors = pickColors(breaks.length);
  return breaks.map((b, i) => ({ ...b, color: colors[i] as string }));
}

/** Spreads n colours over the palette, keeping the ends. */
function pickColors(n: number): string[] {
  if (n === 1) return [SEQUENTIAL_BLUES[3]];
  const last = SEQUENTIAL_BLUES.length - 1;
  return Array.from({ length: n }, (_, i) => SEQUENTIAL_BLUES[Math.round((i * last) / (n - 1))] as string);
}

export function colorFor(value: number | null, breaks: readonly ClassBreak[]): string {
  if (value === null) return NOT_REPORTED_FILL;
  return breaks.find((b) => value >= b.min && value <= b.max)?.color ?? NOT_REPORTED_FILL;
}
