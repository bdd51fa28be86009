import { describe, expect, it } from 'vitest';
import { schoolMeasures } from '@/data/derive/measures';
import { compareSchools, isComparison } from '@/features/comparison/compare';
import { showComparison } from '@/features/comparison/shown';
import type { Benchmark } from '@/state/vocabulary';
import { figures, province } from './fixtures';

const measures = schoolMeasures(figures);
const compare = (ids: string[], benchmarks: Benchmark[] = []) => compareSchools(ids, province, measures, benchmarks);
const rowOf = (ids: string[], measure: string, benchmarks: Benchmark[] = []) => {
  const row = compare(ids, benchmarks).rows.find((r) => r.measure.id === measure);
  if (!row) throw new Error(`no row ${measure}`);
  return row;
};
const shownRow = (ids: string[], measure: string, lang: 'zh' | 'en', benchmarks: Benchmark[] = []) => {
  const row = showComparison(compare(ids, benchmarks), lang).rows.find((r) => r.key === measure);
  if (!row) throw new Error(`no row ${measure}`);
  return row;
};

describe('compareSchools', () => {
  it('gives values, differences from the first school, shares of the province and which is higher', () => {
    const row = rowOf(['p1', 'c1'], 'students');
    expect(row.values.map((v) => v.value)).toEqual([500, 100]);
    expect(row.differences).toEqual([{ schoolId: 'c1', absolute: -400, relative: -80 }]);
    // Of the province's 1,950 (all eight schools), not of the two compared.
    expect(row.total).toBe(1950);
    expect(row.values[0]?.share).toBeCloseTo(25.64, 2);
    expect(row.verdict).toEqual({ kind: 'highest', schoolIds: ['p1'] });
  });

  it('ranks among all schools and among each school’s own peers, ties shared', () => {
    const row = rowOf(['c1', 'p1'], 'students');
    expect(row.values[0]).toMatchObject({ province: { rank: 7, of: 8 }, peers: { rank: 4, of: 5, tiedWith: 1 } });
    expect(row.values[1]).toMatchObject({ province: { rank: 1 }, peers: { rank: 1, of: 2 } });
    // A school alone in its tier and type has no peer standing: 1 of 1 would say nothing.
    expect(rowOf(['m1', 'p1'], 'students').values[0]?.peers).toBeNull();
  });

  it('says a 4-way tie as a shared place, and a value most schools share as that fact', () => {
    expect(shownRow(['c1', 'p1'], 'courses', 'zh').values[0]?.province).toBe('全省并列第 2/8（4 所）');
    expect(shownRow(['c1', 'p1'], 'courses', 'en').values[0]?.province).toBe(
      'joint #2 of 8 in the province (4 schools)',
    );
    expect(shownRow(['c1', 'p1'], 'libraries', 'zh').values[0]?.province).toBe('全省6 所为 0（共 7 所）');
    // Two schools share the top: both are highest, neither alone.
    expect(rowOf(['p1', 'c1'], 'courses').verdict).toEqual({ kind: 'highest', schoolIds: ['p1', 'c1'] });
    expect(shownRow(['p1', 'c1', 'c3'], 'courses', 'zh').verdict).toEqual(['并列最高：p1学院和c1学院']);
    expect(shownRow(['p1', 'c1'], 'courses', 'zh').verdict).toEqual(['相同']);
  });

  it('gives a not-reported school no standing, share or difference, leaves it out of medians, and compares nothing', () => {
    const row = rowOf(['p1', 'c1'], 'majors', ['province', 'peers']);
    expect(row.values[1]).toMatchObject({ value: null, province: null, peers: null, share: null });
    expect(row.differences[0]).toMatchObject({ absolute: null, relative: null });
    expect(row.verdict).toEqual({ kind: 'not-comparable' });
    // Province: p1 3 and c2 1 report; peers of p1 (p1, p2): p1 alone reports.
    expect(row.benchmarks).toEqual([
      { kind: 'province', value: 2, reported: 2 },
      { kind: 'peers', value: 3, reported: 1 },
    ]);
    const shown = shownRow(['p1', 'c1'], 'majors', 'zh', ['province', 'peers']);
    expect(shown.values[1]).toMatchObject({ text: '未报告', province: '未报告，不排名', share: null });
    expect(shown.benchmarks.map((b) => b.base)).toEqual(['2/8 所报告', '1/2 所报告']);
    expect(shown.differences[0]?.text).toBe('无法比较（有未报告值）');
  });

  it('sets one school beside its peers’ median: a comparison too', () => {
    const comparison = compare(['c1'], ['peers']);
    expect(isComparison(comparison)).toBe(true);
    expect(comparison.benchmarks).toHaveLength(1);
    expect(comparison.benchmarks[0]).toMatchObject({ kind: 'peers', usable: true, of: { id: 'c1' } });
    expect(comparison.benchmarks[0]?.group.map((s) => s.id)).toEqual(['c1', 'c2', 'c3', 'c4', 'c5']);
    const row = comparison.rows.find((r) => r.measure.id === 'students');
    expect(row?.benchmarks).toEqual([{ kind: 'peers', value: 150, reported: 5 }]);
    expect(row?.differences).toEqual([]);
    expect(row?.verdict).toEqual({ kind: 'against', relations: [{ benchmark: 'peers', relation: 'below' }] });
    expect(shownRow(['c1'], 'students', 'zh', ['peers']).verdict).toEqual(['低于同类中位数']);
    expect(shownRow(['c1'], 'students', 'en', ['peers', 'province']).verdict).toEqual([
      'Below the province median',
      'Below the peer median',
    ]);
  });

  it('says what each benchmark is: whose peers, which tier and type, how many', () => {
    const shown = showComparison(compare(['c1', 'p1'], ['peers', 'province']), 'zh');
    expect(shown.benchmarks.map((b) => b.kind)).toEqual(['province', 'peers']);
    expect(shown.benchmarks[1]?.description).toBe('c1学院的同类：专科层次·综合院校，5 所（含本校）的中位数');
    expect(shown.benchmarks[0]?.hint).toBe('全省 8 所');
    const en = showComparison(compare(['c1'], ['peers']), 'en');
    expect(en.benchmarks[0]?.hint).toBe('5 peers: Junior-college level, Comprehensive');
  });

  it('is nothing to compare with no school, one school alone, or one school with no peer beside its peer median', () => {
    expect(isComparison(compare([], ['province', 'peers']))).toBe(false);
    expect(isComparison(compare(['c1']))).toBe(false);
    expect(isComparison(compare(['m1'], ['peers']))).toBe(false);
    expect(isComparison(compare(['m1'], ['peers', 'province']))).toBe(true);
    expect(isComparison(compare(['p1', 'nope']))).toBe(false);
    expect(isComparison(compare(['p1', 'c1']))).toBe(true);
  });

  it('has no share for a ratio', () => {
    const row = rowOf(['p1', 'c1'], 'admission-ratio');
    expect(row.values.map((v) => v.value)).toEqual([40, 50]);
    expect(row.total).toBeNull();
    expect(row.values.every((v) => v.share === null)).toBe(true);
  });
});
