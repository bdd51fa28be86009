import { SERIES_COLORS } from '@/components/charts/style';
import type { DataNote, Province } from '@/data/domain';
import { numberCell, textCell, type ExportModel } from '@/lib/export/model';
import { formatNumber, type Lang } from '@/lib/format';
import { pick } from '@/lib/i18n';
import { chartModel } from './chart-model';
import { trainingBars } from './series';
import { chartText, noteLines, sourceLine, unitLine } from './text';

const GRADES = ['junior', 'intermediate', 'senior'] as const;

/**
 * 表4 as grouped bars: for each level (职业本科, 高职), the certified double-qualified teachers by
 * grade, one series per grade; the table adds each level's total and the province's total row.
 */
export function doubleQualifiedModel(province: Province, notes: readonly DataNote[], lang: Lang): ExportModel {
  const dq = province.doubleQualifiedTeachers;
  const n = (v: number) => numberCell(v, formatNumber(v, lang));
  return {
    id: 'double-qualified',
    lang,
    title: chartText(lang, 'doubleQualified'),
    subtitle: chartText(lang, 'provinceWide'),
    unit: unitLine(lang, chartText(lang, 'unitTeachers')),
    source: sourceLine(lang, dq.source),
    notes: [
      chartText(lang, 'doubleQualifiedTotal', { count: formatNumber(dq.total.total, lang) }),
      ...noteLines(notes, lang),
    ],
    file: { topic: chartText(lang, 'doubleQualifiedFile'), scope: '' },
    figure: {
      kind: 'grouped',
      categories: dq.rows.map((r) => ({ key: r.levelEn, label: pick(lang, r, 'level') })),
      series: GRADES.map((grade, i) => ({
        key: grade,
        label: chartText(lang, grade),
        color: SERIES_COLORS[i] ?? SERIES_COLORS[0],
        values: dq.rows.map((r) => r[grade]),
        valueTexts: dq.rows.map((r) => formatNumber(r[grade], lang)),
      })),
    },
    table: {
      columns: [
        { key: 'level', label: chartText(lang, 'colLevel') },
        ...GRADES.map((grade) => ({ key: grade, label: chartText(lang, grade), numeric: true })),
        { key: 'total', label: chartText(lang, 'colTotal'), numeric: true },
      ],
      rows: [
        ...dq.rows.map((r) => ({
          key: r.levelEn,
          cells: {
            level: textCell(pick(lang, r, 'level')),
            junior: n(r.junior),
            intermediate: n(r.intermediate),
            senior: n(r.senior),
            total: n(r.total),
          },
        })),
        {
          key: 'total',
          cells: {
            level: textCell(chartText(lang, 'colTotal')),
            junior: n(dq.total.junior),
            intermediate: n(dq.total.intermediate),
            senior: n(dq.total.senior),
            total: n(dq.total.total),
          },
        },
      ],
    },
  };
}

/** 表7: attendances by group, each share of the table's total as the data has it. */
export function trainingModel(province: Province, notes: readonly DataNote[], lang: Lang): ExportModel {
  const base = chartText(lang, 'trainingBase', { count: formatNumber(province.training.totalPersons, lang) });
  return chartModel({
    id: 'training',
    lang,
    title: chartText(lang, 'training'),
    subtitle: chartText(lang, 'provinceWide'),
    unit: { zh: chartText('zh', 'unitAttendances'), en: chartText('en', 'unitAttendances') },
    source: province.training.source,
    notes: noteLines(notes, lang),
    file: { topic: chartText(lang, 'trainingFile'), scope: '' },
    bars: trainingBars(province),
    shareOf: { line: (share) => chartText(lang, 'shareOf', { base, share }), column: chartText(lang, 'colShare') },
    name: chartText(lang, 'colGroup'),
  });
}
