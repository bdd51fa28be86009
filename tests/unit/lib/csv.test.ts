import Papa from 'papaparse';
import { beforeEach, describe, expect, it } from 'vitest';
import { BOM, toCsv, type TabularExport } from '@/lib/export/csv';

const table: TabularExport = {
  title: '各校在校生人数',
  scope: '酒泉市 · 专科层次（1 所学校）',
  source: '来源：《甘肃省高等职业教育质量年度报告（2023）》表2',
  columns: [
    { key: 'name', label: '学校' },
    { key: 'value', label: '在校生人数（人）' },
  ],
  rows: [
    { name: '酒泉职业技术学院', value: 12997 },
    { name: 'A, "quoted"\nschool', value: null },
  ],
};

describe('CSV export', () => {
  // Made inside each test, not once for the file: a mutation test switches a mutant on per test.
  let csv = '';
  beforeEach(() => {
    csv = toCsv(table);
  });

  it('starts with a byte-order mark, so Excel reads the Chinese as UTF-8', () => {
    expect(BOM).toBe('\uFEFF');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.charCodeAt(1)).not.toBe(0xfeff);
  });

  it('has the title, scope and source rows, a blank line, then the header and one line per row', () => {
    expect(csv.slice(1).split('\r\n').slice(0, 6)).toEqual([
      '各校在校生人数',
      '酒泉市 · 专科层次（1 所学校）',
      '来源：《甘肃省高等职业教育质量年度报告（2023）》表2',
      '',
      '学校,在校生人数（人）',
      '酒泉职业技术学院,12997',
    ]);
  });

  it('quotes commas, quotes and line breaks inside a cell, and leaves a missing value empty', () => {
    expect(csv.endsWith('\r\n"A, ""quoted""\nschool",')).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n' }).data;
    expect(parsed.at(-1)).toEqual(['A, "quoted"\nschool', '']);
    expect(parsed).toHaveLength(7);
  });

  it('quotes a title that holds a comma, so the header rows stay one cell each', () => {
    const withComma = toCsv({ ...table, title: '在校生, 招生' });
    expect(withComma.slice(1).split('\r\n')[0]).toBe('"在校生, 招生"');
  });
});
