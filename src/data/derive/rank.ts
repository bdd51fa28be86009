/**
 * Competition ranks, highest value first ("1224" style: equal values share a rank, the next rank
 * skips). Not-reported values (null) get no rank.
 */
export function rankDescending(values: ReadonlyMap<string, number | null>): Map<string, number> {
  const reported = [...values]
    .filter((entry): entry is [string, number] => entry[1] !== null)
    .sort((a, b) => b[1] - a[1]);
  const ranks = new Map<string, number>();
  reported.forEach(([id, value], index) => {
    const previous = reported[index - 1];
    ranks.set(id, previous && previous[1] === value ? (ranks.get(previous[0]) as number) : index + 1);
  });
  return ranks;
}

/** Median of the reported values, or null when none is reported. */
export function median(values: Iterable<number | null>): number | null {
  const sorted = [...values].filter((v): v is number => v !== null).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** part as a percentage of whole, or null when the whole is zero. */
export function percentOf(part: number, whole: number): number | null {
  return whole > 0 ? (part / whole) * 100 : null;
}
