/** A linear scale from 0 to a round maximum, with round ticks (1, 2 or 5 times a power of ten). */
export interface LinearScale {
  max: number;
  ticks: number[];
  /** Position of a value in [0, length]. */
  at: (value: number, length: number) => number;
}

function niceStep(rough: number): number {
  const power = 10 ** Math.floor(Math.log10(rough));
  const fraction = rough / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

/** A scale that holds every value (never below 0), with about `count` ticks. */
export function linearScale(values: readonly number[], count = 5): LinearScale {
  const top = Math.max(0, ...values.filter((v) => Number.isFinite(v)));
  if (top === 0) return { max: 1, ticks: [0, 1], at: (v, length) => (v / 1) * length };
  const step = niceStep(top / count);
  const max = Math.ceil(top / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let v = 0; v <= max + step / 2; v += step) ticks.push(Math.round(v * 1e9) / 1e9);
  return { max, ticks, at: (v, length) => (Math.max(0, v) / max) * length };
}
