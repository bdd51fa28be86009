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
  it('sums, shares and ranks every prefecture, a prefecture without schools having no value', () => {
    const rows = aggregateByPrefecture(prefectures, schools, students);
    const byId = Object.fromEntries(rows.map((r) => [r.prefecture.id, r]));
    expect(byId.lanzhou).toMatchObject({ value: 500, share: 50, rank: 1, schoolIds: ['a', 'b', 'c'] });
    expect(byId.jiuquan).toMatchObject({ value: 500, share: 50, rank: 1 });
    expect(byId.gannan).toMatchObject({ value: null, share: null, rank: null, schoolIds: [] });
  });
  it('counts schools and follows the filtered list', () => {
    const rows = aggregateByPrefecture(
      prefectures,
      filterSchools(schools, { ...none, tier: 'junior-college' }),
      'schools',
    );
    expect(rows.map((r) => r.value)).toEqual([2, 1, null]);
  });
  it('does not count a not-reported value as zero', () => {
    const rows = aggregateByPrefecture(prefectures, schools, newMajors);
    expect(rows[0]).toMatchObject({ value: 4, notReported: 1 });
    const onlyB = aggregateByPrefecture(prefectures, [schools[1]!], newMajors);
    expect(onlyB[0]).toMatchObject({ value: null, notReported: 1 });
  });
});
