import { describe, expect, it } from 'vitest';
import { deriveProvinceHeadlines, deriveSchoolHeadlines, sumOver } from '@/features/headline/headline';
import { loadAll } from '../../data/load-all';

describe('the school totals of the headline', () => {
  it('gives the province its 表2 totals, citing the sentence that states each as well', async () => {
    const { schools, figures } = await loadAll();
    const figuresShown = deriveSchoolHeadlines(schools.list, schools.list, figures);
    expect(figuresShown.map((f) => [f.id, f.value, f.source])).toEqual([
      ['schools', 29, '表1'],
      ['students', 294013, '表2、§1.2.1'],
      ['admissions', 110025, '表2、§1.2.2'],
      ['graduates', 94358, '表2、§1.2.3'],
    ]);
    // Unfiltered, no figure repeats itself as "the province's".
    expect(figuresShown.every((f) => f.provinceValue === undefined)).toBe(true);
    expect(figuresShown[1]).toMatchObject({ labelZh: '在校生人数', unit: '人' });
  });

  it('sums over the schools in view, each with the province value beside it and the table alone as its source', async () => {
    const { schools, figures } = await loadAll();
    const jiuquan = schools.list.filter((s) => s.prefectureId === 'jiuquan');
    const shown = deriveSchoolHeadlines(schools.list, jiuquan, figures);
    expect(shown.map((f) => [f.id, f.value, f.provinceValue, f.source])).toEqual([
      ['schools', 1, 29, '表1'],
      ['students', 12997, 294013, '表2'],
      ['admissions', 4442, 110025, '表2'],
      ['graduates', 4635, 94358, '表2'],
    ]);
  });

  it('skips a school that did not report a figure instead of counting it as 0', () => {
    const a = { id: 'a' } as never;
    const b = { id: 'b' } as never;
    expect(sumOver([a, b], { a: 7, b: null })).toBe(7);
    expect(sumOver([a, b], { a: 7, b: 5 })).toBe(12);
    expect(sumOver([], { a: 7 })).toBe(0);
  });
});

describe('the province-wide headline figures', () => {
  it('are the four narrative figures in order, with the base a percentage is of', async () => {
    const { province } = await loadAll();
    const shown = deriveProvinceHeadlines(province.figureById);
    expect(shown.map((f) => [f.id, f.value, f.unit])).toEqual([
      ['graduates-destination-rate', 91.38, '%'],
      ['double-qualified-teachers', 5765, '人'],
      ['x-certificate-pass-rate', 79.2, '%'],
      ['hve-subsidies', 122680, '万元'],
    ]);
    expect(shown[0]).toMatchObject({
      baseZh: '2023届毕业生 94358 人',
      baseEn: '94,358 graduates of the class of 2023',
    });
    // A count has no base.
    expect(shown[1]).not.toHaveProperty('baseZh');
    expect(shown[1]).not.toHaveProperty('baseEn');
  });

  it('leaves out a figure the dataset does not have', async () => {
    const { province } = await loadAll();
    const without = new Map(province.figureById);
    without.delete('x-certificate-pass-rate');
    expect(deriveProvinceHeadlines(without).map((f) => f.id)).toEqual([
      'graduates-destination-rate',
      'double-qualified-teachers',
      'hve-subsidies',
    ]);
  });
});
