import { describe, expect, it } from 'vitest';
import { indexById, type SchoolFigures, type SchoolMetric } from '@/data/domain';
import { profileMeasures } from '@/features/profile/measures';

function metric(id: string, values: Record<string, number | null>, extra: Partial<SchoolMetric> = {}): SchoolMetric {
  return {
    id,
    labelZh: `${id}（中文）`,
    labelEn: `${id} (English)`,
    unit: '人',
    unitEn: 'students',
    source: '表2',
    values,
    ...extra,
  };
}

const figuresOf = (metrics: SchoolMetric[]): SchoolFigures => ({ metrics, byId: indexById(metrics) });

/** 表2's three metrics, students from 表3 so that a ratio's source is seen to be its denominator's. */
function table2(
  students: Record<string, number | null>,
  admissions: Record<string, number | null>,
  graduates: Record<string, number | null>,
): SchoolMetric[] {
  return [
    metric('students', students, { source: '表3' }),
    metric('admissions', admissions),
    metric('graduates', graduates, { unitEn: 'graduates' }),
  ];
}

describe('profileMeasures', () => {
  it('takes every metric as printed: not a ratio, and made of itself alone', () => {
    const libraries = metric('libraries', { a: 2, b: null }, { unit: '个', unitEn: 'libraries', source: '表6' });
    expect(profileMeasures(figuresOf([libraries]))).toEqual([
      {
        id: 'libraries',
        labelZh: 'libraries（中文）',
        labelEn: 'libraries (English)',
        unit: '个',
        unitEn: 'libraries',
        source: '表6',
        percent: false,
        parts: ['libraries'],
        values: { a: 2, b: null },
      },
    ]);
  });

  it('adds the two ratios of 表2 after the metrics, in percent, from the denominator’s source', () => {
    const measures = profileMeasures(figuresOf(table2({ a: 8 }, { a: 1 }, { a: 2 })));
    expect(measures.map((m) => m.id)).toEqual([
      'students',
      'admissions',
      'graduates',
      'admission-ratio',
      'graduate-ratio',
    ]);
    expect(measures[3]).toEqual({
      id: 'admission-ratio',
      labelZh: '招生数与在校生之比',
      labelEn: 'Admissions per enrolled student',
      unit: '%',
      unitEn: '%',
      source: '表3',
      percent: true,
      howZh: '招生数（2022级）÷ 在校生人数',
      howEn: '2022 admissions ÷ enrolled students',
      parts: ['admissions', 'students'],
      values: { a: 12.5 },
    });
    expect(measures[4]).toEqual({
      id: 'graduate-ratio',
      labelZh: '毕业生数与在校生之比',
      labelEn: 'Graduates per enrolled student',
      unit: '%',
      unitEn: '%',
      source: '表3',
      percent: true,
      howZh: '毕业生数（2023届）÷ 在校生人数',
      howEn: '2023 graduates ÷ enrolled students',
      parts: ['graduates', 'students'],
      values: { a: 25 },
    });
  });

  it('rounds a ratio to one decimal, as shown', () => {
    const measures = profileMeasures(
      figuresOf(table2({ a: 3, b: 3, c: 7, d: 1 }, { a: 1, b: 2, c: 1, d: 3 }, { a: 0, b: 3, c: 7, d: 1 })),
    );
    expect(measures[3]?.values).toEqual({ a: 33.3, b: 66.7, c: 14.3, d: 300 });
    expect(measures[4]?.values).toEqual({ a: 0, b: 100, c: 100, d: 100 });
  });

  it('leaves a ratio not reported where either side is, or the denominator is 0', () => {
    const measures = profileMeasures(
      figuresOf(table2({ a: null, b: 10, c: 0, d: 0, e: 10 }, { a: 5, b: null, c: 5, d: 0, e: 4 }, {})),
    );
    expect(measures[3]?.values).toEqual({ a: null, b: null, c: null, d: null, e: 40 });
    // No graduates at all: every school's graduate ratio is not reported, not 0.
    expect(measures[4]?.values).toEqual({ a: null, b: null, c: null, d: null, e: null });
  });

  it('has a ratio for every school of the denominator, and only those', () => {
    const measures = profileMeasures(figuresOf(table2({ a: 10 }, { a: 5, z: 5 }, { a: 1, z: 1 })));
    expect(measures[3]?.values).toEqual({ a: 50 });
    expect(measures[4]?.values).toEqual({ a: 10 });
  });

  it('leaves out a ratio one of whose metrics is missing', () => {
    const noAdmissions = [metric('students', { a: 10 }), metric('graduates', { a: 2 })];
    expect(profileMeasures(figuresOf(noAdmissions)).map((m) => m.id)).toEqual([
      'students',
      'graduates',
      'graduate-ratio',
    ]);
    const noGraduates = [metric('students', { a: 10 }), metric('admissions', { a: 2 })];
    expect(profileMeasures(figuresOf(noGraduates)).map((m) => m.id)).toEqual([
      'students',
      'admissions',
      'admission-ratio',
    ]);
    const noStudents = [metric('admissions', { a: 2 }), metric('graduates', { a: 2 })];
    expect(profileMeasures(figuresOf(noStudents)).map((m) => m.id)).toEqual(['admissions', 'graduates']);
  });
});
