import { describe, expect, it } from 'vitest';
import type { BarsFigure } from '@/lib/export/model';
import { barShare, screenBars, thinTicks } from '@/features/scorecard/screen-layout';

const tick = (x: number, text: string) => ({ x, text });
const figure = (labels: string[]): BarsFigure => ({
  kind: 'bars',
  bars: labels.map((label, i) => ({ key: String(i), label, value: 50 + i, valueText: `${50 + i}%` })),
  percent: true,
});
const pct = (v: number) => `${v}%`;

describe('thinTicks', () => {
  it('keeps every tick where there is room and drops those that would overlap', () => {
    const wide = [tick(0, '0%'), tick(100, '20%'), tick(200, '40%')];
    expect(thinTicks(wide, 12)).toEqual(wide);
    const tight = [tick(0, '0%'), tick(20, '20%'), tick(40, '40%'), tick(60, '60%'), tick(80, '80%')];
    expect(thinTicks(tight, 12).map((t) => t.text)).toEqual(['0%', '40%', '80%']);
  });
});

describe('screenBars', () => {
  it('keeps one line per label where every label fits', () => {
    const layout = screenBars(figure(['Staff', 'Parents']), 800, 12, pct);
    expect(layout.rows.map((r) => r.labelLines)).toEqual([['Staff'], ['Parents']]);
  });

  it('wraps a long label onto a second line on a narrow chart instead of cutting it', () => {
    const long = 'General foundation course teaching';
    const layout = screenBars(figure([long, 'Staff']), 330, 12, pct);
    expect(layout.rows[0]?.labelLines).toHaveLength(2);
    expect(layout.rows[0]?.labelLines.join(' ')).toBe(long);
    expect(layout.ticks.length).toBeGreaterThan(1);
  });
});

describe('barShare', () => {
  it('measures a percentage against 100%, other values against the longest, not reported as none', () => {
    expect(barShare(figure(['a', 'b']), 50)).toBe(50);
    const counts: BarsFigure = { kind: 'bars', bars: [{ key: 'a', label: 'a', value: 200, valueText: '200' }] };
    expect(barShare(counts, 100)).toBe(50);
    expect(barShare(counts, null)).toBe(0);
  });
});
