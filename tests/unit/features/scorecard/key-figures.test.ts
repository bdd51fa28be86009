import { describe, expect, it } from 'vitest';
import { indexAppendix } from '@/data/domain';
import { keyFigures, placementRate } from '@/features/scorecard/key-figures';
import { keyFiguresModel, keyFigureText } from '@/features/scorecard/key-model';
import { percentRounded } from '@/features/scorecard/percent';
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

  it('keeps the value as printed, with its unit', () => {
    const byId = Object.fromEntries(figures.map((f) => [f.id, f]));
    expect(byId['附表1/monthly-income']).toMatchObject({
      value: 4000.5,
      valueText: '4000.50',
      unit: '元',
      unitEn: 'yuan',
    });
    expect(byId['附表3/student-teacher-ratio']).toMatchObject({ value: 17.6, valueText: '17.6:1' });
  });

  it('keeps a not-reported row as not reported', () => {
    expect(figures.find((f) => f.id === '附表2/employers')?.value).toBeNull();
  });

  it('carries the survey base and the note key of each row', () => {
    const students = figures.find((f) => f.id === '附表2/current-students');
    expect(students?.survey).toEqual({ count: 2000, methodZh: '网上调查', methodEn: 'Online survey' });
    expect(students?.noteKeys).toEqual(['appendix:附表2/current-students']);
  });
});

describe('keyFigureText', () => {
  const figures = keyFigures(appendix, printedRate(90));
  const text = (id: string, lang: 'zh' | 'en') => {
    const figure = figures.find((f) => f.id === id);
    if (!figure) throw new Error(id);
    return keyFigureText(figure, lang);
  };

  it('shows the derivation of the rate and whether the narrative agrees, citing its page', () => {
    const rate = text('placement-rate', 'zh');
    expect(rate.value).toBe('90%');
    expect(rate.basis).toEqual([
      '毕业去向落实人数 ÷ 毕业生人数 = 900 ÷ 1,000 = 90%',
      expect.stringMatching(/^与正文 §1\.2\.3 · 第\d+页 所印 90% 一致$/),
    ]);
    expect(rate.source).toMatch(/^附表1 · 第\d+页（计算）$/);
  });

  it('reads in English: values in the data’s units, survey methods, sources with pages', () => {
    expect(text('附表1/monthly-income', 'en')).toMatchObject({ label: 'monthly-income en', value: '4,000.50 yuan' });
    expect(text('附表2/current-students', 'en').basis).toEqual(['2,000 responses · Online survey']);
    expect(text('附表3/student-teacher-ratio', 'en').source).toMatch(/^Appendix 3, p\. \d+$/);
    expect(text('附表2/employers', 'en').value).toBe('not reported (printed "-")');
  });
});

describe('keyFiguresModel', () => {
  const figures = keyFigures(appendix, printedRate(90));
  const model = keyFiguresModel(figures, [], 'en');

  it('is a table with a row per card, the raw number behind each value', () => {
    expect(model.figure.kind).toBe('table');
    expect(model.table.rows.map((r) => r.key)).toEqual(figures.map((f) => f.id));
    const income = model.table.rows.find((r) => r.key === '附表1/monthly-income');
    expect(income?.cells.value).toEqual({ text: '4,000.50', value: 4000.5 });
    expect(income?.cells.unit?.text).toBe('yuan');
    expect(model.table.rows.find((r) => r.key === '附表2/employers')?.cells.value?.value).toBeNull();
  });

  it('names its sources with pages and its file in the language on screen', () => {
    expect(model.source).toMatch(
      /^Source: Gansu Higher Vocational Education Quality Report \(2023\), Appendix 1, p\. \d+; Appendix 2, p\. \d+; Appendix 3/,
    );
    expect(model.file.topic).toBe('Scorecard key figures');
    expect(keyFiguresModel(figures, [], 'zh').title).toBe('计分卡关键指标（附表1—附表6）');
  });
});
