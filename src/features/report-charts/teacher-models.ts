import type { DataNote, Province } from '@/data/domain';
import { numberCell, textCell, type ExportModel } from '@/lib/export/model';
import { formatNumber, type Lang } from '@/lib/format';
import { pick } from '@/lib/i18n';
import { provinceText } from './province-text';
import { chartModel } from './chart-model';
import { ORDERED_SERIES } from './colors';
import { trainingBars } from './series';
import { noteLines, reportSourceLine } from '@/lib/source-lines';
import { unitLine } from './text';

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
    title: provinceText(lang, 'doubleQualified'),
    subtitle: provinceText(lang, 'provinceWide'),
    unit: unitLine(lang, provinceText(lang, 'unitTeachers')),
    source: reportSourceLine(lang, dq.source),
    notes: [
      provinceText(lang, 'doubleQualifiedTotal', { count: formatNumber(dq.total.total, lang) }),
      ...noteLines(notes, lang),
    ],
    file: { topic: provinceText(lang, 'doubleQualifiedFile'), scope: '' },
    figure: {
      kind: 'grouped',
      categories: dq.rows.map((r) => ({ key: r.levelEn, label: pick(lang, r, 'level') })),
      series: GRADES.map((grade, i) => ({
        key: grade,
        label: provinceText(lang, grade),
        // Senior darkest: the grades read as a scale.
        color: ORDERED_SERIES[GRADES.length - 1 - i] ?? ORDERED_SERIES[0],
        values: dq.rows.map((r) => r[grade]),
        valueTexts: dq.rows.map((r) => formatNumber(r[grade], lang)),
      })),
    },
    table: {
      columns: [
        { key: 'level', label: provinceText(lang, 'colLevel') },
        ...GRADES.map((grade) => ({ key: grade, label: provinceText(lang, grade), numeric: true })),
        { key: 'total', label: provinceText(lang, 'colTotal'), numeric: true },
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
            level: textCell(provinceText(lang, 'colTotal')),
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
  const base = provinceText(lang, 'trainingBase', { count: formatNumber(province.training.totalPersons, lang) });
  return chartModel({
    id: 'training',
    lang,
    title: provinceText(lang, 'training'),
    subtitle: provinceText(lang, 'provinceWide'),
    unit: { zh: provinceText('zh', 'unitAttendances'), en: provinceText('en', 'unitAttendances') },
    source: province.training.source,
    notes: noteLines(notes, lang),
    file: { topic: provinceText(lang, 'trainingFile'), scope: '' },
    bars: trainingBars(province),
    shareOf: {
      line: (share) => provinceText(lang, 'shareOf', { base, share }),
      column: provinceText(lang, 'colShare'),
    },
    name: provinceText(lang, 'colGroup'),
  });
}
