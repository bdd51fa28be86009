import { describe, expect, it } from 'vitest';
import { indexById, type Province, type SchoolFigures } from '@/data/domain';
import { compositionBars, destinationBars, perSchoolBars, prefectureBars } from '@/features/report-charts/series';
import { newMajors, prefectures, schools, students } from '../../fixtures';

const figures: SchoolFigures = { metrics: [students, newMajors], byId: indexById([students, newMajors]) };

describe('perSchoolBars', () => {
  it('sorts the schools in view by value with their share of the province', () => {
    const bars = perSchoolBars(schools, figures, 'students');
    expect(bars.map((b) => [b.key, b.value, b.share])).toEqual([
      ['d', 500, 50],
      ['a', 300, 30],
      ['b', 100, 10],
      ['c', 100, 10],
    ]);
  });

  it('keeps not-reported schools as not reported, last, never as zero', () => {
    const bars = perSchoolBars(schools, figures, 'new-majors');
    expect(bars.map((b) => [b.key, b.value])).toEqual([
      ['c', 4],
      ['d', 2],
      ['a', 0],
      ['b', null],
    ]);
    expect(bars.at(-1)?.share).toBeNull();
  });

  it('groups what is past the limit into one bar that sums only reported values', () => {
    const bars = perSchoolBars(schools, figures, 'new-majors', 2);
    expect(bars).toHaveLength(2);
    expect(bars[1]).toMatchObject({ key: '__rest', grouped: 3, value: 2, labelZh: '其余 3 所' });
  });
});

describe('composition and prefecture bars (图1, 图2)', () => {
  it('count the schools in view by tier, ownership and type', () => {
    const c = compositionBars(schools);
    expect(c.tier.map((b) => [b.key, b.value])).toEqual([
      ['junior-college', 3],
      ['undergraduate', 1],
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

describe('destinationBars (图3)', () => {
  it('adds the placed-but-not-broken-down remainder and the not-yet-placed, all of the graduates', () => {
    const figure = (id: string, value: number) => ({
      id,
      group: 'graduates',
      labelZh: id,
      labelEn: id,
      value,
      unit: '人',
      unitEn: 'people',
      source: '§1.2.3',
    });
    const figs = [
      figure('graduates-2023', 100),
      figure('graduates-destination-secured', 90),
      figure('graduates-further-study', 20),
      figure('graduates-primary-sector', 5),
      figure('graduates-secondary-sector', 15),
      figure('graduates-tertiary-sector', 40),
    ];
    const province = { figures: figs, figureById: indexById(figs) } as unknown as Province;
    const bars = destinationBars(province);
    expect(bars.map((b) => [b.key, b.value])).toEqual([
      ['graduates-further-study', 20],
      ['graduates-primary-sector', 5],
      ['graduates-secondary-sector', 15],
      ['graduates-tertiary-sector', 40],
      ['placed-other', 10],
      ['not-placed', 10],
    ]);
    expect(bars.reduce((s, b) => s + (b.value ?? 0), 0)).toBe(100);
  });
});
