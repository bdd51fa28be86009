import type { ExportModel } from '@/lib/export/model';
import { numberCell, textCell } from '@/lib/export/model';

const schools = [
  ['lz-petrochemical', '兰州石化职业技术大学', 25688],
  ['lz-resources', '兰州资源环境职业技术大学', 21236],
  ['jiuquan', '酒泉职业技术学院', 12997],
  ['dingxi', '定西职业技术学院', null],
] as const;

/** A small per-school bar chart, written by hand (not derived from the data). */
export function barsModel(lang: 'zh' | 'en' = 'zh'): ExportModel {
  return {
    id: 'per-school-students',
    lang,
    title: lang === 'zh' ? '各校在校生人数' : 'Enrolled students by school',
    subtitle: lang === 'zh' ? '全省 29 所学校' : 'All 29 schools in the province',
    unit: lang === 'zh' ? '单位：人' : 'Unit: students',
    source:
      lang === 'zh'
        ? '来源：《甘肃省高等职业教育质量年度报告（2023）》表2 · 第6页'
        : 'Source: Gansu HVE Quality Report (2023), Table 2, p. 6',
    notes: [],
    file: { topic: lang === 'zh' ? '各校在校生人数' : 'Enrolled students by school', scope: '' },
    figure: {
      kind: 'bars',
      bars: schools.map(([key, label, value]) => ({
        key,
        label,
        value,
        valueText: value === null ? '未报告' : value.toLocaleString('en-US'),
      })),
    },
    table: {
      columns: [
        { key: 'name', label: '学校' },
        { key: 'value', label: '在校生（人）', numeric: true },
      ],
      rows: schools.map(([key, label, value]) => ({
        key,
        cells: {
          name: textCell(label),
          value: numberCell(value, value === null ? '未报告' : value.toLocaleString('en-US')),
        },
      })),
    },
  };
}

/** The same numbers as a table figure with many rows, for pagination. */
export function longTableModel(rows: number): ExportModel {
  const model = barsModel();
  return {
    ...model,
    id: 'long-table',
    figure: { kind: 'table' },
    table: {
      columns: model.table.columns,
      rows: Array.from({ length: rows }, (_, i) => ({
        key: `r${i}`,
        cells: { name: textCell(`第 ${i + 1} 行`), value: numberCell(i, String(i)) },
      })),
    },
  };
}
