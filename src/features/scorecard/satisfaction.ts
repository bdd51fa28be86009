import type { Appendix, AppendixRow, DataNote } from '@/data/domain';
import { barsExportModel } from '@/lib/export/bars-model';
import { numberCell, textCell, type ExportModel } from '@/lib/export/model';
import { formatNumber, type Lang } from '@/lib/format';
import { pick, translate } from '@/lib/i18n';
import { flatLabel } from './appendix-model';
import { withThousandsSeparators } from './rows';
import { noteLines, reportSourceLine } from '@/lib/source-lines';
import { scoreText } from './text';
import { surveyMethod } from './values';

/** 附表2's reported satisfaction rates in printed order (a "-" row has no bar, never a 0 one). */
export function satisfactionRows(appendix: Appendix): (AppendixRow & { value: number })[] {
  const rows = appendix.byId.get('附表2')?.rows ?? [];
  return rows.flatMap((row) => (row.value === null ? [] : [{ ...row, value: row.value }]));
}

/**
 * A bar's label. Under its survey an English 其中 part drops its "Satisfaction with" (the survey
 * above and the title say it), so that it fits a phone's width; the table keeps the full label.
 */
export function barLabel(row: AppendixRow, lang: Lang): string {
  const label = pick(lang, row, 'label');
  const rest =
    row.level > 0 && lang === 'en' ? /^satisfaction (?:with|of) (?:the )?(.+)$/i.exec(label)?.[1] : undefined;
  const part = rest ? `${rest.charAt(0).toUpperCase()}${rest.slice(1)}` : label;
  return `${'· '.repeat(row.level)}${part}`;
}

/** A bar's value text: the rate and the responses it rests on. */
function barText(row: AppendixRow & { value: number }, lang: Lang): string {
  const percent = `${withThousandsSeparators(row.valueText)}%`;
  return row.surveyCount
    ? scoreText(lang, 'barValue', { percent, count: formatNumber(row.surveyCount, lang) })
    : percent;
}

/**
 * 附表2 as bars, 其中 parts marked under their survey, each labelled with its rate and its number
 * of responses; the table has the rate, the responses and the survey method in columns of their own.
 */
export function satisfactionModel(appendix: Appendix, notes: readonly DataNote[], lang: Lang): ExportModel {
  const rows = satisfactionRows(appendix);
  const model = barsExportModel({
    id: 'scorecard-satisfaction',
    lang,
    title: scoreText(lang, 'satisfaction'),
    subtitle: scoreText(lang, 'provinceWide'),
    unit: translate(lang, 'unitLabel', { unit: '%' }),
    source: reportSourceLine(lang, '附表2'),
    notes: noteLines(notes, lang),
    file: { topic: scoreText(lang, 'satisfactionFile'), scope: '' },
    bars: rows.map((row) => ({
      key: row.id,
      label: barLabel(row, lang),
      value: row.value,
      valueText: barText(row, lang),
      ...(row.level > 0 ? { tone: 'muted' as const } : {}),
      detail: row.surveyCount
        ? [
            scoreText(lang, 'surveyBase', {
              count: formatNumber(row.surveyCount, lang),
              method: surveyMethod(row, lang),
            }),
          ]
        : [],
    })),
    percent: true,
    columns: { name: scoreText(lang, 'indicator'), value: '%' },
  });
  return {
    ...model,
    table: {
      columns: [
        { key: 'name', label: scoreText(lang, 'indicator') },
        { key: 'value', label: '%', numeric: true },
        { key: 'survey', label: scoreText(lang, 'surveyCountColumn'), numeric: true },
        { key: 'method', label: scoreText(lang, 'method') },
      ],
      rows: rows.map((row) => ({
        key: row.id,
        cells: {
          name: textCell(flatLabel(row, lang)),
          value: numberCell(row.value, row.valueText),
          survey: numberCell(row.surveyCount ?? null, row.surveyCount ? formatNumber(row.surveyCount, lang) : ''),
          method: textCell(surveyMethod(row, lang)),
        },
      })),
    },
  };
}
