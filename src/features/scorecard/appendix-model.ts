import type { AppendixRow, AppendixTable, DataNote } from '@/data/domain';
import { numberCell, textCell, type Column, type ExportModel, type TableRowModel } from '@/lib/export/model';
import { formatNumber, type Lang } from '@/lib/format';
import { pick } from '@/lib/i18n';
import { citation, type Citation } from './rows';
import { noteLines, reportSourceLine } from '@/lib/source-lines';
import { scoreText, tableLabel } from './text';
import { shownValue, surveyMethod } from './values';

/** "附表5 第2项", "Appendix 5, item 2 (of which)"; the table alone for a row before any number. */
export function citeText(cite: Citation, lang: Lang): string {
  const table = tableLabel(cite.tableId, lang);
  if (cite.seq === null) return table;
  return scoreText(lang, cite.subRow ? 'citeSubRow' : 'citeItem', { table, seq: cite.seq });
}

/** "附表2 满意度调查表", "Appendix 2: Satisfaction survey". */
export function appendixTitle(table: AppendixTable, lang: Lang): string {
  return scoreText(lang, 'appendixTitle', { table: tableLabel(table.id, lang), title: pick(lang, table, 'title') });
}

/** The stable view id of an appendix table: scorecard-appendix-1 … -6. */
export function appendixViewId(table: Pick<AppendixTable, 'id'>): string {
  return `scorecard-appendix-${table.id.replace(/\D/g, '')}`;
}

/** A row's label in a flat table: 其中 parts marked by depth, a starred indicator with its *. */
export function flatLabel(row: AppendixRow, lang: Lang): string {
  return `${'· '.repeat(row.level)}${pick(lang, row, 'label')}${row.starred ? '*' : ''}`;
}

function surveyColumns(lang: Lang): Column[] {
  return [
    { key: 'survey', label: scoreText(lang, 'surveyCountColumn'), numeric: true },
    { key: 'method', label: scoreText(lang, 'method') },
  ];
}

function rowModel(table: AppendixTable, row: AppendixRow, lang: Lang, surveys: boolean): TableRowModel {
  const shown = shownValue(row, lang);
  return {
    key: row.id,
    cells: {
      indicator: textCell(flatLabel(row, lang)),
      value: numberCell(shown.value, shown.text ?? scoreText(lang, 'notReported')),
      unit: textCell(shown.unit),
      ...(surveys
        ? {
            survey: numberCell(row.surveyCount ?? null, row.surveyCount ? formatNumber(row.surveyCount, lang) : ''),
            method: textCell(surveyMethod(row, lang)),
          }
        : {}),
      cite: textCell(citeText(citation(table, row), lang)),
    },
  };
}

/** What the table's marks mean: *, "-" and, in English, amounts in yuan; '' when it has none. */
export function appendixExplanation(table: AppendixTable, lang: Lang): string {
  return [
    ...(table.rows.some((r) => r.starred) ? [scoreText(lang, 'starNote')] : []),
    ...(table.rows.some((r) => r.value === null) ? [scoreText(lang, 'notReportedNote')] : []),
    ...(lang === 'en' && table.rows.some((r) => r.unit === '万元') ? [scoreText(lang, 'yuanNote')] : []),
  ].join(' ');
}

/**
 * One appendix table as printed, every row, as an exported table (slides and pages continue it
 * as needed): indicator, value (raw for CSV), unit, survey base where the table has one, and the
 * 序号 to cite. Notes say what * and "-" mean and name the data notes touching its rows.
 */
export function appendixTableModel(table: AppendixTable, notes: readonly DataNote[], lang: Lang): ExportModel {
  const surveys = table.rows.some((r) => r.surveyCount !== undefined);
  const title = appendixTitle(table, lang);
  const explained = appendixExplanation(table, lang);
  return {
    id: appendixViewId(table),
    lang,
    title,
    subtitle: scoreText(lang, 'provinceWide'),
    source: reportSourceLine(lang, table.id),
    notes: [...(explained ? [explained] : []), ...noteLines(notes, lang)],
    file: {
      topic: scoreText(lang, 'appendixFile', { table: tableLabel(table.id, lang), title: pick(lang, table, 'title') }),
      scope: '',
    },
    figure: { kind: 'table' },
    table: {
      columns: [
        { key: 'indicator', label: scoreText(lang, 'indicator') },
        { key: 'value', label: scoreText(lang, 'value'), numeric: true },
        { key: 'unit', label: scoreText(lang, 'unit') },
        ...(surveys ? surveyColumns(lang) : []),
        { key: 'cite', label: scoreText(lang, 'cite') },
      ],
      rows: table.rows.map((row) => rowModel(table, row, lang, surveys)),
    },
  };
}
