import { describe, expect, it } from 'vitest';
import { indexById, type SchoolFigures } from '@/data/domain';
import { compareSchools, measures, peerGroup } from '@/features/comparison/compare';
import { findSchools } from '@/data/derive/search';
import { newMajors, schools, students } from '../../fixtures';

const figures: SchoolFigures = { metrics: [students, newMajors], byId: indexById([students, newMajors]) };
const byMeasure = (ids: string[]) =>
  Object.fromEntries(compareSchools(ids, schools, measures(figures)).map((r) => [r.measure.id, r]));

describe('compareSchools', () => {
  it('gives values, absolute and relative differences from the first school, and which is higher', () => {
    const s = byMeasure(['a', 'd']).students!;
    expect(s.values.map((v) => v.value)).toEqual([300, 500]);
    expect(s.differences).toEqual([{ schoolId: 'd', absolute: 200, relative: expect.closeTo(66.67, 2) }]);
    expect(s.higher).toBe('d');
  });

  it('ranks among all schools and within the peer group (same tier and type)', () => {
    const s = byMeasure(['c', 'd']).students!;
    expect(s.values[0]).toMatchObject({ schoolId: 'c', rank: 3, rankOf: 4, peerRank: 2, peerOf: 2 });
    expect(s.values[1]).toMatchObject({ schoolId: 'd', rank: 1, peerRank: 1, peerOf: 2 });
    expect(peerGroup(schools[2]!, schools).map((p) => p.id)).toEqual(['c', 'd']);
  });

  it('computes the province median and each school’s share of the province', () => {
    const s = byMeasure(['a', 'b']).students!;
    expect(s.median).toBe(200);
    expect(s.values.map((v) => v.share)).toEqual([30, 10]);
  });

  it('gives a not-reported value no difference, rank or share, and no winner', () => {
    const n = byMeasure(['a', 'b'])['new-majors']!;
    expect(n.values[1]).toMatchObject({ value: null, rank: null, share: null });
    expect(n.differences[0]).toMatchObject({ absolute: null, relative: null });
    expect(n.higher).toBeNull();
    expect(n.values[0]?.rankOf).toBe(3);
  });

  it('derives ratios and says how', () => {
    const ratios = measures({
      ...figures,
      metrics: [students, { ...students, id: 'admissions', values: { a: 150, b: 50, c: null, d: 100 } }],
      byId: indexById([students, { ...students, id: 'admissions', values: { a: 150, b: 50, c: null, d: 100 } }]),
    }).find((m) => m.id === 'admission-ratio');
    expect(ratios?.values).toEqual({ a: 50, b: 50, c: null, d: 20 });
    expect(ratios?.howZh).toBe('招生数（2022级）÷ 在校生人数');
  });
});

describe('findSchools', () => {
  it('finds a school by its Chinese, English or older name, exact matches first', () => {
    const named = schools.map((s, i) =>
      i === 0
        ? {
            ...s,
            nameZh: '兰州石化职业技术大学',
            otherNames: [{ name: '兰州石化职业技术学院', kind: 'former' as const, source: '表12' }],
          }
        : s,
    );
    expect(findSchools('兰州石化职业技术学院', named).map((s) => s.id)).toEqual(['a']);
    expect(findSchools('b College', named).map((s) => s.id)).toEqual(['b']);
    expect(findSchools('college', named)).toHaveLength(4);
    expect(findSchools('  ', named)).toEqual([]);
  });
});
