import { describe, expect, it } from 'vitest';
import { indexById, type SchoolMetric } from '@/data/domain';
import { schoolMeasures } from '@/data/derive/measures';
import { students } from '../fixtures';

const admissions: SchoolMetric = { ...students, id: 'admissions', values: { a: 150, b: 50, c: null, d: 100 } };
const graduates: SchoolMetric = { ...students, id: 'graduates', values: { a: 0, b: 25, c: 10, d: 0 } };

describe('schoolMeasures', () => {
  const withZero = { ...students, values: { ...students.values, d: 0 } };
  const measures = schoolMeasures({
    metrics: [withZero, admissions, graduates],
    byId: indexById([withZero, admissions, graduates]),
  });
  const byId = new Map(measures.map((m) => [m.id, m]));

  it('keeps every metric as printed, then the two ratios of 表2, in percent to one decimal', () => {
    expect(measures.map((m) => m.id)).toEqual([
      'students',
      'admissions',
      'graduates',
      'admission-ratio',
      'graduate-ratio',
    ]);
    expect(byId.get('students')).toMatchObject({ percent: false, parts: ['students'] });
    expect(byId.get('admission-ratio')?.values).toEqual({ a: 50, b: 50, c: null, d: null });
    expect(byId.get('graduate-ratio')?.values).toEqual({ a: 0, b: 25, c: 10, d: null });
  });

  it('says how a ratio is made and of what, so a data note on either part marks it', () => {
    expect(byId.get('admission-ratio')).toMatchObject({
      percent: true,
      unit: '%',
      source: '表2',
      howZh: '招生数（2022级）÷ 在校生人数',
      parts: ['admissions', 'students'],
    });
  });

  it('has no ratio whose parts the file lacks', () => {
    const alone = schoolMeasures({ metrics: [students], byId: indexById([students]) });
    expect(alone.map((m) => m.id)).toEqual(['students']);
  });
});
