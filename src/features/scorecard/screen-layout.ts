import { layoutBars, type BarsLayout } from '@/components/charts/bars-layout';
import type { BarsFigure } from '@/lib/export/model';
import { textWidth } from '@/lib/export/measure';

/** Ticks far enough apart that their numbers do not run into each other on a narrow chart. */
export function thinTicks<T extends { x: number; text: string }>(ticks: readonly T[], fontSize: number): T[] {
  const kept: T[] = [];
  for (const tick of ticks) {
    const last = kept.at(-1);
    const room = last ? (textWidth(last.text, fontSize) + textWidth(tick.text, fontSize)) / 2 + fontSize * 0.8 : 0;
    if (!last || tick.x - last.x >= room) kept.push(tick);
  }
  return kept;
}

// As bars-layout measures: labels may take 38% of the width, two lines need rows this tall.
const LABEL_SHARE = 0.38;
const TWO_LINE_ROW = 2.9;
const AXIS_SPACE = 1.9;

/**
 * Bars for the screen at the container's width: where a label would not fit on one line, rows get
 * the height of two lines so that it wraps instead of being cut short; ticks are thinned to fit.
 */
export function screenBars(
  figure: BarsFigure,
  width: number,
  fontSize: number,
  formatTick: (v: number) => string,
): BarsLayout {
  const wraps = figure.bars.some((b) => textWidth(b.label, fontSize) > width * LABEL_SHARE);
  const top = fontSize * (figure.reference ? 1.4 : 0.4);
  const height = top + fontSize * AXIS_SPACE + figure.bars.length * fontSize * TWO_LINE_ROW;
  const layout = layoutBars(figure, { width, fontSize, formatTick, ...(wraps ? { height } : {}) });
  return { ...layout, ticks: thinTicks(layout.ticks, fontSize) };
}

/** A bar's length as a share (0–100) of the longest, or of 100% on a percentage chart. */
export function barShare(figure: BarsFigure, value: number | null): number {
  if (value === null) return 0;
  const values = figure.bars.flatMap((b) => (b.value === null ? [] : [b.value]));
  const top = Math.max(figure.percent ? 100 : 0, ...values);
  return top > 0 ? Math.max(0, (value / top) * 100) : 0;
}
