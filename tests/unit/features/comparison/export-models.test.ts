import { describe, expect, it } from 'vitest';
import { indexNotes, type DataNote } from '@/data/domain';
import { schoolMeasures } from '@/data/derive/measures';
import { compareSchools } from '@/features/comparison/compare';
import { gapExportModel } from '@/features/comparison/gap-model';
import { memberships } from '@/features/comparison/memberships';
import { membershipsModel, showMemberships } from '@/features/comparison/memberships-model';
import { notesFor, rowNoteKeys } from '@/features/comparison/notes';
import { showComparison } from '@/features/comparison/shown';
import { comparisonTableModel } from '@/features/comparison/table-model';
import { tabularFromModel } from '@/lib/export/tabular';
import type { Benchmark } from '@/state/vocabulary';
import { cases, figures, lists, province } from './fixtures';

const measures = schoolMeasures(figures);
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

function tableModel(ids: string[], benchmarks: Benchmark[], lang: 'zh' | 'en', notes: DataNote[] = []) {
  const comparison = compareSchools(ids, province, measures, benchmarks);
  return comparisonTableModel(comparison, showComparison(comparison, lang), notes, lang);
}

describe('the comparison table’s export', () => {
  const four = tableModel(['p1', 'c1', 'c2', 'm1'], ['province', 'peers'], 'zh');
  const cell = (row: string, column: string) => four.table.rows.find((r) => r.key === row)?.cells[column];

  it('has a column for every school, every benchmark and the verdict, nothing clipped', () => {
    expect(four.figure.kind).toBe('table');
    expect(four.table.columns.map((c) => c.label)).toEqual([
      '指标',
      'p1学院',
      'c1学院',
      'c2学院',
      'm1学院',
      '全省中位数',
      '同类中位数',
      '比较',
    ]);
  });

  it('has every figure with its standings, share and differences, one statement a row', () => {
    // Five printed metrics with 5 rows each (value, two standings, share, difference), one ratio with 4.
    expect(four.table.rows).toHaveLength(5 * 5 + 4);
    expect(four.table.rows.filter((r) => !r.key.includes(':')).map((r) => r.cells.measure?.text)).toEqual([
      'students指标（人）',
      'courses指标（门）',
      'libraries指标（个）',
      'majors指标（个）',
      'admissions指标（人）',
      '招生数与在校生之比（%）',
    ]);
    const columns = four.table.columns.map((c) => c.key);
    for (const row of four.table.rows.filter((r) => !r.key.includes(':')))
      expect(Object.keys(row.cells).sort()).toEqual([...columns].sort());
    expect(cell('students', 'school:p1')).toEqual({ text: '500', value: 500 });
    expect(cell('students', 'benchmark:province')).toEqual({ text: '225', value: 225 });
    expect(cell('students', 'benchmark:peers')?.text).toBe('400');
    expect(cell('students', 'verdict')?.text).toBe('较高：p1学院');
    expect(cell('students:province', 'school:m1')?.text).toBe('全省第 2/8');
    expect(cell('students:peers', 'school:m1')?.text).toBe('无同类学校');
    expect(cell('students:province', 'benchmark:province')?.text).toBe('8/8 所报告');
    expect(cell('students:share', 'measure')?.text).toBe('· 占全省（全省合计 1,950）');
    expect(cell('students:share', 'school:p1')).toEqual({ text: '25.6%', value: 25.64 });
    expect(cell('students:difference', 'measure')?.text).toBe('· 与p1学院之差');
    expect(cell('students:difference', 'school:c1')).toEqual({ text: '-400 · -80%', value: -400 });
    expect(cell('majors:difference', 'school:c1')).toEqual({ text: '无法比较（有未报告值）', value: null });
    expect(cell('admission-ratio:share', 'measure')).toBeUndefined();
  });

  it('writes raw numbers to CSV and XLSX, and says what the benchmarks and shares are', () => {
    const rows = tabularFromModel(four).rows;
    expect(rows[0]).toMatchObject({ 'school:p1': 500, 'benchmark:province': 225, verdict: '较高：p1学院' });
    expect(four.notes[0]).toBe('全省中位数：全省 8 所学校中报告该项者的中位数。');
    expect(four.notes[1]).toBe('同类中位数：p1学院的同类（本科层次·理工类，2 所，含本校）中报告该项者的中位数。');
    expect(four.notes[2]).toContain('占全省 8 所学校合计');
    expect(four.title).toBe('学校对比：p1学院、c1学院、c2学院、m1学院、全省中位数和同类中位数');
    expect(four.source).toMatch(/^来源：《甘肃省高等职业教育质量年度报告（2023）》表1 · 第\d+页、表2 · 第\d+页/);
    expect(four.file).toEqual({ topic: '学校对比', scope: 'p1学院、c1学院、c2学院、m1学院、全省中位数、同类中位数' });
  });

  it('names the data notes touching a compared value, once, in one line', () => {
    const note = {
      id: 'n1',
      titleZh: '在校生人数不一致',
      titleEn: 'Enrolment disagrees',
      touches: ['school-metric:students/c1'],
    } as unknown as DataNote;
    const other: DataNote = { ...note, id: 'n2', titleZh: '别校', touches: ['school-metric:students/c5'] };
    const found = notesFor(
      measures.flatMap((m) => rowNoteKeys(m, ['p1', 'c1'])),
      indexNotes([note, other]),
    );
    expect(found.map((n) => n.id)).toEqual(['n1']);
    expect(tableModel(['p1', 'c1'], [], 'zh', found).notes.at(-1)).toBe('※ 数据说明：在校生人数不一致');
  });

  it('is all English in English: headers, standings, sources, file name', () => {
    const en = tableModel(['p1', 'c1'], ['peers'], 'en');
    const texts = [
      en.title,
      en.subtitle,
      en.source,
      ...en.notes,
      ...en.table.columns.map((c) => c.label),
      ...en.table.rows.flatMap((r) => Object.values(r.cells).map((c) => c.text)),
    ];
    expect(texts.filter((t) => CJK.test(t))).toEqual([]);
    expect(en.table.columns.map((c) => c.label)).toEqual(['Measure', 'P1', 'C1', 'Peer median', 'Which is higher']);
    expect(en.file).toEqual({ topic: 'school comparison', scope: 'P1 C1 peer median' });
    expect(en.source).toMatch(/Table 1, p\. \d+; Table 2, p\. \d+/);
  });
});

describe('the gap chart’s export', () => {
  const comparison = compareSchools(['p1', 'c1'], province, measures, ['peers']);
  const model = gapExportModel(comparison, [], 'zh');
  const figure = model.figure.kind === 'grouped' ? model.figure : undefined;

  it('is schools × figures as a percentage of the province median, the peer median a series of its own', () => {
    expect(figure?.series.map((s) => s.label)).toEqual(['p1学院', 'c1学院', '同类中位数']);
    expect(figure?.reference).toEqual({ value: 100, label: '全省中位数 = 100%' });
    const students = figure?.categories.findIndex((c) => c.key === 'students') ?? -1;
    // p1 500 and c1 100 against the median 225; p1's peers (p1, p2) have a median of 400.
    expect(figure?.series.map((s) => s.values[students])).toEqual([222.2, 44.4, 177.8]);
    expect(figure?.series[0]?.valueTexts[students]).toBe('222.2%');
  });

  it('leaves out, and names, the figures whose province median is 0; a not-reported school stays a gap', () => {
    expect(figure?.categories.map((c) => c.key)).not.toContain('libraries');
    expect(model.notes[0]).toBe('全省中位数为 0 的指标不绘出：libraries指标。');
    const majors = figure?.categories.findIndex((c) => c.key === 'majors') ?? -1;
    expect(figure?.series[1]?.values[majors]).toBeNull();
    expect(figure?.series[1]?.valueTexts[majors]).toBe('未报告');
  });

  it('has a table with the same rows and the medians themselves', () => {
    expect(model.table.columns.map((c) => c.key)).toEqual(['measure', 'p1', 'c1', 'peers', 'median']);
    expect(model.table.rows.map((r) => r.key)).toEqual(figure?.categories.map((c) => c.key));
    expect(model.table.rows[0]?.cells.median).toEqual({ text: '225', value: 225 });
  });
});

describe('lists, recognitions and cases', () => {
  const schools = province.filter((s) => s.id === 'p1' || s.id === 'c1');
  const items = memberships(schools, lists, cases);

  it('gathers what the report says of each school, list by list, without repeating its own name', () => {
    expect(items.map((i) => i.key)).toEqual(['textbooks', 'narrative-recognitions:§1.1:高水平专业群建设单位', 'cases']);
    expect(items[0]?.entries).toEqual({ p1: [{ zh: '化工原理', en: 'Chemical engineering' }] });
    expect(Object.keys(items[1]?.entries ?? {})).toEqual(['p1', 'c1']);
  });

  it('shows translations in English with the Chinese one hover away, cases by their number', () => {
    const en = showMemberships(items, 'en');
    expect(en[2]?.entries.c1).toEqual([
      { text: 'Case 3: c1’s way of industry–education integration', label: 'Case 3', hover: '产教融合的c1路径' },
    ]);
    expect(showMemberships(items, 'zh')[2]?.entries.c1?.[0]).toMatchObject({
      text: '案例03 产教融合的c1路径',
      hover: undefined,
    });
    const model = membershipsModel(compareSchools(['p1', 'c1'], province, measures), en, 'en');
    expect(model.table.rows.map((r) => r.cells['school:c1']?.text)).toEqual([
      '—',
      'Two units building high-level specialty groups (p1 College, c1 College)',
      'Case 3: c1’s way of industry–education integration',
    ]);
    expect(model.table.rows[0]?.cells.item?.text).toBe('Textbooks (Table 5, p. 19)');
  });

  it('gives nothing for a dataset that failed, the rest all the same', () => {
    expect(memberships(schools, undefined, cases).map((i) => i.key)).toEqual(['cases']);
    expect(memberships(schools, undefined, undefined)).toEqual([]);
  });
});
