import { describe, expect, it } from 'vitest';
import { schoolMeasures } from '@/data/derive/measures';
import { benchmarkColumns, compareSchools } from '@/features/comparison/compare';
import { figures, province } from './fixtures';

function verdicts(id: string, benchmarks: ('province' | 'peers')[]) {
  const comparison = compareSchools([id], province, schoolMeasures(figures), benchmarks);
  return Object.fromEntries(comparison.rows.map((r) => [r.measure.id, r.verdict]));
}

describe('one school against the medians', () => {
  it('is above, below or equal to each median reported', () => {
    const p1 = verdicts('p1', ['province', 'peers']);
    expect(p1.students).toEqual({
      kind: 'against',
      relations: [
        { benchmark: 'province', relation: 'above' },
        { benchmark: 'peers', relation: 'above' },
      ],
    });
    expect(p1.courses).toEqual({
      kind: 'against',
      relations: [
        { benchmark: 'province', relation: 'equal' },
        { benchmark: 'peers', relation: 'above' },
      ],
    });
    expect(verdicts('c1', ['province']).students).toEqual({
      kind: 'against',
      relations: [{ benchmark: 'province', relation: 'below' }],
    });
  });

  it('has nothing to say without a median, and leaves out a median there is none of', () => {
    expect(verdicts('p1', []).students).toEqual({ kind: 'none' });
    expect(verdicts('m1', ['peers']).students).toEqual({ kind: 'none' });
    expect(verdicts('m1', ['province', 'peers']).students).toEqual({
      kind: 'against',
      relations: [{ benchmark: 'province', relation: 'above' }],
    });
  });

  it('has no peer column to take before a school is chosen, nor a province one of no schools', () => {
    expect(benchmarkColumns(['province', 'peers'], undefined, [])).toEqual([
      { kind: 'province', group: [], usable: false },
      { kind: 'peers', group: [], usable: false },
    ]);
  });

  it('takes shares of the reported total and differences from the first school', () => {
    const comparison = compareSchools(['c2', 'p1', 'c1'], province, schoolMeasures(figures));
    const majors = comparison.rows.find((r) => r.measure.id === 'majors');
    expect(majors?.total).toBe(4);
    expect(majors?.values.map((v) => v.share)).toEqual([25, 75, null]);
    expect(majors?.differences).toEqual([
      { schoolId: 'p1', absolute: 2, relative: 200 },
      { schoolId: 'c1', absolute: null, relative: null },
    ]);
    const libraries = compareSchools(['c1', 'p1'], province, schoolMeasures(figures)).rows.find(
      (r) => r.measure.id === 'libraries',
    );
    expect(libraries?.differences).toEqual([{ schoolId: 'p1', absolute: 1, relative: null }]);
  });
});
