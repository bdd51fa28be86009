import { describe, expect, it } from 'vitest';
import { classify, colorFor, NOT_REPORTED_FILL } from '@/features/map/classify';
import { placeBox } from '@/features/map/place-box';

describe('classify: exact and quantile classes', () => {
  it('gives no class for no value', () => {
    expect(classify([])).toEqual([]);
  });

  it('keeps exact classes when the distinct values are exactly as many as the classes', () => {
    expect(classify([1, 2, 3, 4, 5, 5, 5, 5, 5, 5])).toEqual([
      { min: 1, max: 1, color: '#eff3ff' },
      { min: 2, max: 2, color: '#bdd7e7' },
      { min: 3, max: 3, color: '#6baed6' },
      { min: 4, max: 4, color: '#3182bd' },
      { min: 5, max: 5, color: '#08519c' },
    ]);
  });

  it('makes quantile classes, stopping early when a run of equal values reaches the top', () => {
    expect(classify([1, 2, 3, 4, 5, 6, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7])).toEqual([
      { min: 1, max: 3, color: '#eff3ff' },
      { min: 4, max: 6, color: '#6baed6' },
      { min: 7, max: 7, color: '#08519c' },
    ]);
  });

  it('splits twelve distinct values into five classes of about equal size', () => {
    expect(classify([12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1])).toEqual([
      { min: 1, max: 2, color: '#eff3ff' },
      { min: 3, max: 5, color: '#bdd7e7' },
      { min: 6, max: 7, color: '#6baed6' },
      { min: 8, max: 10, color: '#3182bd' },
      { min: 11, max: 12, color: '#08519c' },
    ]);
  });

  it('uses the middle blue for a single value', () => {
    expect(classify([4, 4])).toEqual([{ min: 4, max: 4, color: '#3182bd' }]);
  });
});

describe('colorFor', () => {
  it('colours a value by the class holding it, null and out-of-class values as not reported', () => {
    const breaks = [
      { min: 0, max: 1, color: '#aaa' },
      { min: 3, max: 3, color: '#bbb' },
    ];
    expect(colorFor(3, breaks)).toBe('#bbb');
    expect(colorFor(0, breaks)).toBe('#aaa');
    expect(colorFor(null, breaks)).toBe(NOT_REPORTED_FILL);
    expect(colorFor(2, breaks)).toBe(NOT_REPORTED_FILL);
    expect(colorFor(99, breaks)).toBe(NOT_REPORTED_FILL);
  });
});

describe('placeBox: edges and fallbacks', () => {
  const map = { width: 360, height: 300 };
  const box = { width: 100, height: 50 };

  it('prefers right of the anchor even where the left also fits, and above down to the edge margin', () => {
    expect(placeBox({ x: 200, y: 66 }, box, map, 10)).toEqual({ x: 210, y: 6 });
  });

  it('keeps the right side when the box ends exactly at the edge margin', () => {
    expect(placeBox({ x: 244, y: 150 }, box, map, 10)).toEqual({ x: 254, y: 90 });
  });

  it('flips left when the box would cross the edge margin', () => {
    expect(placeBox({ x: 250, y: 150 }, box, map, 10)).toEqual({ x: 140, y: 90 });
  });

  it('centres a box that fits on neither side on the anchor, clamped inside the margin', () => {
    const wide = { width: 300, height: 50 };
    expect(placeBox({ x: 180, y: 150 }, wide, map, 10)).toEqual({ x: 30, y: 90 });
    expect(placeBox({ x: 300, y: 150 }, wide, map, 10)).toEqual({ x: 54, y: 90 });
  });
});
