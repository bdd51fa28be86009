import { describe, expect, it } from 'vitest';
import type { DataNote } from '@/data/domain';
import { appendixTableModel, appendixViewId, flatLabel } from '@/features/scorecard/appendix-model';
import { exportFileName } from '@/lib/export/file-name';
import { appendixTables, row } from './fixtures';

const tableOf = (id: string) => {
  const table = appendixTables.find((t) => t.id === id);
  if (!table) throw new Error(id);
  return table;
};
const note = { id: 'n1', titleZh: '某处不一致', titleEn: 'Something disagrees' } as DataNote;
const texts = (model: ReturnType<typeof appendixTableModel>, column: string) =>
  model.table.rows.map((r) => r.cells[column]?.text);

describe('appendixTableModel', () => {
  it('holds every printed row, in order, with its cite by 序号', () => {
    const table = tableOf('附表6');
    const model = appendixTableModel(table, [], 'zh');
    expect(model.figure.kind).toBe('table');
    expect(model.table.rows.map((r) => r.key)).toEqual(table.rows.map((r) => r.id));
    expect(texts(model, 'cite')).toEqual([
      '附表6 第1项',
      '附表6 第2项',
      '附表6 第2项',
      '附表6 第2项（其中）',
      '附表6 第3项',
    ]);
    expect(texts(model, 'indicator')[3]).toBe('· counsellors中文');
  });

  it('exports the number behind each value and not reported as empty, never 0', () => {
    const model = appendixTableModel(tableOf('附表6'), [], 'zh');
    const cell = (key: string) => model.table.rows.find((r) => r.key === key)?.cells.value;
    expect(cell('per-student-appropriation')).toEqual({ text: '12,345.60', value: 12345.6 });
    expect(cell('class-advisers')).toEqual({ text: '未报告（报告印作“-”）', value: null });
    expect(model.notes).toEqual(['未报告：报告印作“-”，不是 0。']);
  });

  it('has survey columns only where the table has surveys', () => {
    const columns = (id: string) => appendixTableModel(tableOf(id), [], 'en').table.columns.map((c) => c.key);
    expect(columns('附表2')).toEqual(['indicator', 'value', 'unit', 'survey', 'method', 'cite']);
    expect(columns('附表1')).toEqual(['indicator', 'value', 'unit', 'cite']);
    const students = appendixTableModel(tableOf('附表2'), [], 'en').table.rows[0];
    expect(students?.cells.survey).toEqual({ text: '2,000', value: 2000 });
    expect(students?.cells.method?.text).toBe('Online survey');
  });

  it('reads in English: yuan for 万元 in text, raw number and unit alike, and says so', () => {
    const model = appendixTableModel(tableOf('附表6'), [note], 'en');
    const funds = model.table.rows.find((r) => r.key === 'special-appropriations');
    expect(funds?.cells.value).toEqual({ text: '¥1,706,837,000', value: 1706837000 });
    expect(funds?.cells.unit?.text).toBe('yuan');
    expect(model.title).toBe('Appendix 6: 附表6 title');
    expect(texts(model, 'cite')[3]).toBe('Appendix 6, item 2 (of which)');
    expect(model.notes).toEqual([
      'Not reported: the report prints "-", which is not 0. Amounts the report prints in units of 10,000 yuan are given in yuan.',
      'Data note: Something disagrees',
    ]);
    expect(model.source).toMatch(/, Appendix 6, p\. \d+$/);
  });

  it('has a stable id and a file name that says which table', () => {
    const model = appendixTableModel(tableOf('附表3'), [], 'en');
    expect(model.id).toBe('scorecard-appendix-3');
    expect(appendixViewId({ id: '附表3' })).toBe(model.id);
    expect(model.notes).toEqual(['Indicators marked * carry an asterisk in the report.']);
    expect(exportFileName({ ...model.file, ext: 'pptx', lang: 'en' })).toBe(
      'Gansu-HVE-appendix-3-3-title-province-2023.pptx',
    );
  });
});

describe('flatLabel', () => {
  it('marks 其中 parts by depth and keeps the star', () => {
    expect(flatLabel(row('a', 1, { level: 2, parentId: 'b', starred: true }), 'en')).toBe('· · a en*');
  });
});
