import { describe, expect, it } from 'vitest';
import type { School, SchoolMetric } from '@/data/domain';
import type { BarsFigure, ExportModel } from '@/lib/export/model';
import { restNote, schoolModel, type SchoolModelInput } from '@/features/report-charts/school-model';
import { newMajors, schools, students } from '../../fixtures';

const input = (over: Partial<SchoolModelInput> = {}): SchoolModelInput => ({
  id: 'per-school',
  lang: 'zh',
  metric: students,
  inView: schools,
  filtered: false,
  scope: { subtitle: '全省 4 所学校', label: '' },
  titleKey: 'perSchool',
  showAll: false,
  notes: [],
  ...over,
});

const bars = (model: ExportModel) => (model.figure as BarsFigure).bars;
const bar = (model: ExportModel, key: string) => bars(model).find((b) => b.key === key);
const cells = (model: ExportModel, key: string) => model.table.rows.find((r) => r.key === key)?.cells;

describe('a per-school chart’s model', () => {
  it('has the title, the filters, the unit, the source with its page and a file name that say what it holds', () => {
    const model = schoolModel(input({ scope: { subtitle: '酒泉市（1 所学校）', label: '酒泉市' } }));
    expect(model).toMatchObject({
      id: 'per-school',
      title: '各校在校生人数',
      subtitle: '酒泉市（1 所学校）',
      unit: '单位：人',
      file: { topic: '各校在校生人数', scope: '酒泉市' },
    });
    expect(model.source).toBe('来源：《甘肃省高等职业教育质量年度报告（2023）》表2 · 第6页');
  });

  it('draws the schools largest first and tables them with raw values, shares of the province and ranks', () => {
    const model = schoolModel(input());
    expect(bars(model).map((b) => [b.key, b.valueText])).toEqual([
      ['d', '500'],
      ['a', '300'],
      ['b', '100'],
      ['c', '100'],
    ]);
    expect(model.table.columns.map((c) => c.label)).toEqual(['学校', '在校生人数（人）', '占全省', '全省排名']);
    expect(cells(model, 'd')).toEqual({
      name: { text: 'd学院' },
      value: { text: '500', value: 500 },
      share: { text: '50%', value: 50 },
      rank: { text: '全省第 1/4' },
    });
  });

  it('says a tie is a tie, in the tooltip and the table, and what most schools share when most do', () => {
    const model = schoolModel(input());
    expect(bar(model, 'b')?.detail).toEqual(['100 人', '占全省 1,000 人的 10%', '全省并列第 3/4（2 所）']);
    expect(cells(model, 'c')?.rank).toEqual({ text: '全省并列第 3/4（2 所）' });
    const zeros: SchoolMetric = { ...students, values: { a: 0, b: 0, c: 0, d: 5 } };
    expect(cells(schoolModel(input({ metric: zeros })), 'a')?.rank).toEqual({ text: '全省3 所为 0（共 4 所）' });
  });

  it('under a filter keeps shares and ranks of the province, and adds the rank among the schools in view', () => {
    const inView = schools.filter((s) => s.id === 'b' || s.id === 'd');
    const model = schoolModel(input({ inView, filtered: true }));
    expect(model.table.rows.map((r) => r.key)).toEqual(['d', 'b']);
    expect(bar(model, 'b')?.detail).toEqual([
      '100 人',
      '占全省 1,000 人的 10%',
      '全省并列第 3/4（2 所）',
      '在所显示学校中第 2/2',
    ]);
  });

  it('keeps a school the table does not report as not reported: no value, share or rank, and says how many', () => {
    const model = schoolModel(input({ metric: newMajors, titleKey: 'newMajors' }));
    expect(model.title).toBe('各校2023年新增专业数（表16）');
    expect(model.subtitle).toBe('全省 4 所学校 · 1 所学校在该表中没有数据，显示为“未报告”');
    expect(bar(model, 'b')).toMatchObject({ value: null, valueText: '未报告', detail: ['未报告'] });
    expect(cells(model, 'b')).toMatchObject({ value: { value: null }, share: { text: '—', value: null } });
    expect(cells(model, 'b')?.rank).toEqual({ text: '—' });
    // A reported 0 is a value with a place, not a gap.
    expect(cells(model, 'a')?.rank).toEqual({ text: '全省第 3/3' });
  });

  it('draws the top 15 and says what the rest add up to; the table and "show all" have every school', () => {
    const many: School[] = Array.from({ length: 17 }, (_, i) => ({
      ...schools[0]!,
      id: `s${i + 1}`,
      nameZh: `校${i + 1}`,
    }));
    const metric: SchoolMetric = { ...students, values: Object.fromEntries(many.map((s, i) => [s.id, i + 1])) };
    const top = input({ inView: many, metric });
    const model = schoolModel(top);
    expect(bars(model)).toHaveLength(15);
    expect(model.table.rows).toHaveLength(17);
    expect(model.notes[0]).toBe('另有 2 所学校合计 3 人，图中未逐一画出；数据表列出全部学校。');
    expect(restNote(top)).toBe('另有 2 所学校合计 3 人（点击“显示全部”逐一查看）。');
    const all = { ...top, showAll: true };
    expect(bars(schoolModel(all))).toHaveLength(17);
    expect(restNote(all)).toBeNull();
  });

  it('reads in English: units converted and singular for one, no Chinese punctuation', () => {
    const metric: SchoolMetric = { ...students, values: { a: 1, b: 100, c: 100, d: 500 } };
    const model = schoolModel(input({ lang: 'en', metric, scope: { subtitle: 'Whole province', label: '' } }));
    expect(model.title).toBe('Enrolled students by school');
    expect(model.unit).toBe('Unit: students');
    expect(model.table.columns.map((c) => c.label)).toEqual([
      'School',
      'Enrolled students (students)',
      'Share of the province',
      'Rank in the province',
    ]);
    expect(bar(model, 'a')?.detail).toEqual([
      '1 student',
      '0.1% of the province’s 701 students',
      '#4 of 4 in the province',
    ]);
    expect(bar(model, 'a')?.label).toBe('a');
    expect(JSON.stringify(model)).not.toMatch(/[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/);
  });
});
