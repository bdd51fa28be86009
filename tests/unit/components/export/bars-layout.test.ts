import { describe, expect, it } from 'vitest';
import { layoutBars } from '@/components/charts/bars-layout';
import type { BarsFigure } from '@/lib/export/model';

const figure: BarsFigure = {
  kind: 'bars',
  bars: [
    { key: 'a', label: '兰州石化职业技术大学', value: 25688, valueText: '25,688' },
    { key: 'b', label: '酒泉职业技术学院', value: 12844, valueText: '12,844' },
    { key: 'c', label: '定西职业技术学院', value: null, valueText: '未报告' },
  ],
};
const box = { width: 600, fontSize: 12, formatTick: String };

describe('layoutBars', () => {
  it('draws bars in proportion to their values from a shared zero', () => {
    const layout = layoutBars(figure, box);
    const [a, b] = layout.rows;
    expect(a && b && b.barWidth / a.barWidth).toBeCloseTo(0.5, 2);
    expect(layout.rows.every((r) => r.barWidth <= layout.plotWidth)).toBe(true);
  });

  it('gives a not-reported school no bar, and says so', () => {
    const c = layoutBars(figure, box).rows[2];
    expect(c).toMatchObject({ barWidth: 0, notReported: true, valueText: '未报告' });
  });

  it('keeps every value label inside the box', () => {
    const layout = layoutBars(figure, box);
    for (const row of layout.rows) expect(row.valueX + row.valueText.length * 12 * 0.6).toBeLessThanOrEqual(600 + 1);
  });

  it('fills a fixed height, rows sharing it, and shrinks type when rows are tight', () => {
    const many: BarsFigure = {
      kind: 'bars',
      bars: Array.from({ length: 60 }, (_, i) => ({ key: `k${i}`, label: `学校${i}`, value: i, valueText: String(i) })),
    };
    const layout = layoutBars(many, { ...box, height: 800, fontSize: 22 });
    expect(layout.height).toBeLessThanOrEqual(800 + 1);
    expect(layout.height).toBeGreaterThan(700);
    expect(layout.fontSize).toBeLessThan(22);
  });

  it('places a reference line at its value on the same scale as the bars', () => {
    const layout = layoutBars({ ...figure, reference: { value: 12844, label: '中位数' } }, box);
    const b = layout.rows[1];
    expect(layout.reference?.x).toBeCloseTo((b?.barWidth ?? 0) + layout.plotX, 5);
  });
});
