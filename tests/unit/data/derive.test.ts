import { describe, expect, it } from 'vitest';
import { filterSchools, hasActiveFilter, type SchoolFilters } from '@/data/derive/filter';
import { median, percentOf, rankDescending } from '@/data/derive/rank';
import { aggregateByPrefecture } from '@/data/derive/prefecture-aggregates';
import { newMajors, prefectures, schools, students } from '../fixtures';

const none: SchoolFilters = { prefecture: null, tier: null, ownership: null, schoolType: null };

describe('filterSchools', () => {
  it('admits everything without filters', () => {
    expect(filterSchools(schools, none)).toHaveLength(4);
    expect(hasActiveFilter(none)).toBe(false);
  });
  it('combines filters', () => {
    const ids = (f: Partial<SchoolFilters>) => filterSchools(schools, { ...none, ...f }).map((s) => s.id);
    expect(ids({ prefecture: 'lanzhou' })).toEqual(['a', 'b', 'c']);
    expect(ids({ prefecture: 'lanzhou', tier: 'junior-college' })).toEqual(['b', 'c']);
    expect(ids({ ownership: 'private' })).toEqual(['b']);
    expect(ids({ schoolType: 'comprehensive', prefecture: 'jiuquan' })).toEqual(['d']);
    expect(ids({ prefecture: 'gannan' })).toEqual([]);
  });
});

describe('ranks, medians, shares', () => {
  it('gives equal values the same rank and skips the next', () => {
    const ranks = rankDescending(
      new Map([
        ['x', 5],
        ['y', 9],
        ['z', 5],
        ['w', 1],
        ['n', null],
      ]),
    );
    expect(Object.fromEntries(ranks)).toEqual({ y: 1, x: 2, z: 2, w: 4 });
  });
  it('ignores not-reported values in the median', () => {
    expect(median([4, null, 2, 10])).toBe(4);
    expect(median([1, 2, 3, 4])).toBe(2.5);
    expect(median([null])).toBeNull();
  });
  it('has no share of an empty whole', () => {
    expect(percentOf(1, 4)).toBe(25);
    expect(percentOf(1, 0)).toBeNull();
  });
});

describe('aggregateByPrefecture', () => {
  const all = { inView: schools, province: schools };
  const byId = <R extends { prefecture: { id: string } }>(rows: R[]) =>
    Object.fromEntries(rows.map((r) => [r.prefecture.id, r]));

  it('sums, shares and ranks every prefecture, a prefecture without schools having no value', () => {
    const { rows, provinceTotal } = aggregateByPrefecture(prefectures, students, all);
    expect(provinceTotal).toBe(1000);
    const rowsById = byId(rows);
    expect(rowsById.lanzhou).toMatchObject({ value: 500, share: 50, schoolIds: ['a', 'b', 'c'] });
    // 500 and 500: a shared first place, said as a tie.
    expect(rowsById.lanzhou?.standing).toEqual({ rank: 1, tiedWith: 2, of: 2, value: 500 });
    expect(rowsById.jiuquan).toMatchObject({ value: 500, share: 50, standing: { rank: 1, tiedWith: 2 } });
    expect(rowsById.gannan).toMatchObject({ value: null, share: null, standing: null, schoolIds: [] });
  });

  it('keeps shares of the whole province under a filter, and gives the share of the schools in view apart', () => {
    const inView = filterSchools(schools, { ...none, prefecture: 'jiuquan' });
    const { rows, provinceTotal, viewTotal } = aggregateByPrefecture(prefectures, students, {
      inView,
      province: schools,
    });
    expect([provinceTotal, viewTotal]).toEqual([1000, 500]);
    // d's 500 students are half the province, not all of it: the filter narrows what is summed, not the base.
    expect(byId(rows).jiuquan).toMatchObject({ value: 500, share: 50, shareOfView: 100 });
    expect(byId(rows).lanzhou).toMatchObject({ value: null, share: null, shareOfView: null, standing: null });
  });

  it('counts schools and follows the filtered list, shares of the province’s four', () => {
    const { rows } = aggregateByPrefecture(prefectures, 'schools', {
      inView: filterSchools(schools, { ...none, tier: 'junior-college' }),
      province: schools,
    });
    expect(rows.map((r) => r.value)).toEqual([2, 1, null]);
    expect(rows.map((r) => r.share)).toEqual([50, 25, null]);
    expect(rows.map((r) => r.shareOfView)).toEqual([(2 / 3) * 100, (1 / 3) * 100, null]);
  });

  it('does not count a not-reported value as zero, and does not rank it', () => {
    const { rows, provinceTotal } = aggregateByPrefecture(prefectures, newMajors, all);
    expect(provinceTotal).toBe(6);
    expect(rows[0]).toMatchObject({ value: 4, notReported: 1 });
    const onlyB = aggregateByPrefecture(prefectures, newMajors, { inView: [schools[1]!], province: schools });
    expect(onlyB.rows[0]).toMatchObject({ value: null, notReported: 1, share: null, standing: null });
  });
});
