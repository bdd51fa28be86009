import { describe, expect, it } from 'vitest';
import { indexAppendix } from '@/data/domain';
import { keyFigures, percentRounded, placementRate } from '@/features/scorecard/scorecard';
import { appendix, appendixTables, printedRate, row } from './fixtures';

describe('percentRounded', () => {
  it('rounds part ÷ whole to the report’s two decimals', () => {
    expect(percentRounded(86222, 94358)).toBe(91.38);
    expect(percentRounded(1, 3)).toBe(33.33);
    expect(percentRounded(1, 3, 1)).toBe(33.3);
  });

  it('has no value for an empty whole', () => {
    expect(percentRounded(5, 0)).toBeNull();
  });
});

describe('placementRate', () => {
  it('divides the placed count by the graduates and says the narrative agrees', () => {
    expect(placementRate(appendix, printedRate(90))).toEqual({
      numerator: { labelZh: '毕业去向落实人数', labelEn: 'destination-secured en', value: 900 },
      denominator: { labelZh: '毕业生人数', labelEn: 'graduates en', value: 1000 },
      percent: 90,
      printed: { value: 90, source: '§1.2.3', agrees: true },
    });
  });

  it('flags a narrative rate that differs from the computation', () => {
    expect(placementRate(appendix, printedRate(91))?.printed?.agrees).toBe(false);
  });

  it('is computed without a narrative rate', () => {
    expect(placementRate(appendix, new Map())?.printed).toBeUndefined();
  });

  it('is not computed when a count is not reported, rather than treating it as 0', () => {
    const [first, ...rest] = appendixTables;
    if (!first) throw new Error('fixture');
    const withoutGraduates = {
      ...first,
      rows: first.rows.map((r) => (r.id === 'graduates' ? row('graduates', null) : r)),
    };
    expect(placementRate(indexAppendix([withoutGraduates, ...rest]), new Map())).toBeNull();
  });
});

describe('keyFigures', () => {
  const figures = keyFigures(appendix, printedRate(90));

  it('puts the derived placement rate first, then the listed rows the data has', () => {
    expect(figures.map((f) => f.id)).toEqual([
      'placement-rate',
      '附表1/monthly-income',
      '附表2/current-students',
      '附表2/employers',
      '附表3/student-teacher-ratio',
      '附表6/per-student-appropriation',
    ]);
    expect(figures[0]).toMatchObject({ valueText: '90', unit: '%', derived: true, source: '附表1' });
  });

  it('prints values as the report does, with separators', () => {
    const text = Object.fromEntries(figures.map((f) => [f.id, f.valueText]));
    expect(text['附表1/monthly-income']).toBe('4,000.50');
    expect(text['附表3/student-teacher-ratio']).toBe('17.6:1');
    expect(text['附表6/per-student-appropriation']).toBe('12,345.60');
  });

  it('keeps a not-reported row as not reported', () => {
    expect(figures.find((f) => f.id === '附表2/employers')?.valueText).toBeNull();
  });

  it('carries the survey base and the note key of each row', () => {
    const students = figures.find((f) => f.id === '附表2/current-students');
    expect(students?.survey).toEqual({ count: 2000, method: '网上调查' });
    expect(students?.noteKeys).toEqual(['appendix:附表2/current-students']);
  });
});
