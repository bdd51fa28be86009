/** part ÷ whole in percent, rounded as the report rounds (2 decimals); null for an empty whole. */
export function percentRounded(part: number, whole: number, digits = 2): number | null {
  if (!(whole > 0)) return null;
  const scale = 10 ** digits;
  return Math.round((part / whole) * 100 * scale) / scale;
}
