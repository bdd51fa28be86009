import { describe, expect, it } from 'vitest';
import { chartWidthAt, variantQueries, VARIANT_WIDTHS } from '@/features/report-charts/PrerenderedBars';

/** The variant a viewport width shows, by evaluating the queries as a browser would. */
function shownAt(viewport: number): number[] {
  const holds = (query: string) =>
    query === 'all' ||
    query.split(' and ').every((part) => {
      const [, kind, px] = /\((min|max)-width: (\d+)px\)/.exec(part) ?? [];
      return kind === 'min' ? viewport >= Number(px) : viewport <= Number(px);
    });
  return variantQueries()
    .filter(([, query]) => holds(query))
    .map(([variant]) => variant);
}

describe('the prerendered bars', () => {
  it('show exactly one variant at every viewport width, within 15% of the chart’s width, from 360 to 2,000 px', () => {
    for (let viewport = 360; viewport <= 2000; viewport += 7) {
      const shown = shownAt(viewport);
      expect(shown, `${viewport}px`).toHaveLength(1);
      const ratio = shown[0]! / chartWidthAt(viewport);
      expect(ratio, `${viewport}px`).toBeGreaterThan(0.87);
      expect(ratio, `${viewport}px`).toBeLessThan(1.15);
    }
  });

  it('follow the grid: one column on phones, the full panel on tablets, beside the map from 1024 px', () => {
    expect(chartWidthAt(390)).toBe(302);
    expect(chartWidthAt(768)).toBe(664);
    expect(chartWidthAt(1440)).toBe(614);
    expect(shownAt(390)).toEqual([300]);
    expect(shownAt(1440)).toEqual([610]);
    expect(VARIANT_WIDTHS).toContain(shownAt(1920)[0]);
  });
});
