import { describe, expect, it } from 'vitest';
import { classify, colorFor, NOT_REPORTED_FILL, SEQUENTIAL_BLUES } from '@/features/map/classify';
import { legendLabel } from '@/features/map/legend-label';

describe('classify', () => {
  it('gives each distinct value its own class when there are few', () => {
    const breaks = classify([1, 1, 2, 16]);
    expect(breaks.map((b) => [b.min, b.max])).toEqual([
      [1, 1],
      [2, 2],
      [16, 16],
    ]);
    expect(breaks[0]?.color).toBe(SEQUENTIAL_BLUES[0]);
    expect(breaks[2]?.color).toBe(SEQUENTIAL_BLUES[4]);
  });

  it('makes at most five quantile classes whose bounds are data values and never split equal values', () => {
    const values = [681, 6643, 6817, 7044, 9616, 10045, 11118, 12997, 13471, 22000, 22000, 190000];
    const breaks = classify(values);
    expect(breaks).toHaveLength(5);
    for (const b of breaks) {
      expect(values).toContain(b.min);
      expect(values).toContain(b.max);
    }
    expect(breaks[0]?.min).toBe(681);
    expect(breaks.at(-1)?.max).toBe(190000);
    expect(breaks.filter((b) => b.min <= 22000 && b.max >= 22000)).toHaveLength(1);
    for (let i = 1; i < breaks.length; i++) expect(breaks[i]!.min).toBeGreaterThan(breaks[i - 1]!.max);
  });

  it('colours every value by its class, and not-reported apart', () => {
    const breaks = classify([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (const v of [1, 5, 10]) expect(SEQUENTIAL_BLUES).toContain(colorFor(v, breaks));
    expect(colorFor(1, breaks)).not.toBe(colorFor(10, breaks));
    expect(colorFor(null, breaks)).toBe(NOT_REPORTED_FILL);
  });

  it('labels a legend class with its bounds and thousands separators', () => {
    expect(legendLabel({ min: 6643, max: 13471, color: '' }, 'zh')).toBe('6,643 – 13,471');
    expect(legendLabel({ min: 3, max: 3, color: '' }, 'en')).toBe('3');
  });
});
