import { describe, expect, it } from 'vitest';
import { perSchoolBars, topBars } from '@/features/report-charts/school-series';
import { compositionBars, prefectureBars } from '@/features/report-charts/series';
import { newMajors, prefectures, schools, students } from '../../fixtures';

describe('perSchoolBars', () => {
  it('sorts the schools in view by value, each with its share of the whole province', () => {
    const inView = schools.filter((s) => s.id !== 'd');
    expect(perSchoolBars(inView, students).map((b) => [b.key, b.value, b.share])).toEqual([
      ['a', 300, 30],
      ['b', 100, 10],
      ['c', 100, 10],
    ]);
  });

  it('keeps not-reported schools as not reported, last, never as zero', () => {
    const bars = perSchoolBars(schools, newMajors);
    expect(bars.map((b) => [b.key, b.value])).toEqual([
      ['c', 4],
      ['d', 2],
      ['a', 0],
      ['b', null],
    ]);
    expect(bars.at(-1)?.share).toBeNull();
  });
});

describe('topBars', () => {
  it('keeps the first bars and sums only the reported rest', () => {
    const { shown, rest } = topBars(perSchoolBars(schools, newMajors), 2);
    expect(shown.map((b) => b.key)).toEqual(['c', 'd']);
    expect(rest).toEqual({ count: 2, sum: 0 });
    expect(topBars(perSchoolBars(schools, newMajors), 3).rest).toEqual({ count: 1, sum: null });
  });
});

describe('composition and prefecture bars (图1, 图2)', () => {
  it('count the schools in view by tier, ownership and type', () => {
    const c = compositionBars(schools);
    expect(c.tier.map((b) => [b.key, b.value, b.labelZh, b.labelEn])).toEqual([
      ['junior-college', 3, '专科层次', 'Junior-college level'],
      ['undergraduate', 1, '本科层次', 'Undergraduate level'],
    ]);
    expect(c.ownership.find((b) => b.key === 'private')).toMatchObject({ value: 1, share: 25 });
    expect(c.type.find((b) => b.key === 'comprehensive')?.value).toBe(2);
  });

  it('list every prefecture, one without a school at zero', () => {
    expect(prefectureBars(schools, prefectures).map((b) => [b.key, b.value])).toEqual([
      ['lanzhou', 3],
      ['jiuquan', 1],
      ['gannan', 0],
    ]);
  });
});
