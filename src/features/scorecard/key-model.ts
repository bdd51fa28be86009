import type { DataNote } from '@/data/domain';
import { numberCell, textCell, type ExportModel } from '@/lib/export/model';
import { formatNumber, formatPercent, type Lang } from '@/lib/format';
import { localSource, pick } from '@/lib/i18n';
import type { KeyFigure, Ratio } from './key-figures';
import { noteLines, reportSourceLine } from '@/lib/source-lines';
import { scoreText } from './text';
import { shownValue, valueWithUnit } from './values';

/** What a key-figure card says, in the reader's language: the same text on screen and in files. */
export interface KeyFigureText {
  label: string;
  /** The value with its unit; "未报告" where the report prints "-". */
  value: string;
  /** How the value is computed or what it rests on (a survey base). */
  basis: string[];
  source: string;
}

function ratioLines(ratio: Ratio, lang: Lang): string[] {
  const line = scoreText(lang, 'ratio', {
    numerator: pick(lang, ratio.numerator, 'label'),
    denominator: pick(lang, ratio.denominator, 'label'),
    a: formatNumber(ratio.numerator.value, lang),
    b: formatNumber(ratio.denominator.value, lang),
    percent: formatPercent(ratio.percent, lang),
  });
  const { printed } = ratio;
  if (!printed) return [line];
  return [
    line,
    scoreText(lang, printed.agrees ? 'printedAgrees' : 'printedDiffers', {
      source: localSource(lang, printed.source),
      value: formatPercent(printed.value, lang),
    }),
  ];
}

function surveyLine(survey: NonNullable<KeyFigure['survey']>, lang: Lang): string {
  const count = formatNumber(survey.count, lang);
  const { methodZh, methodEn } = survey;
  if (!methodZh || !methodEn) return scoreText(lang, 'surveyCount', { count });
  return scoreText(lang, 'surveyBase', { count, method: pick(lang, { methodZh, methodEn }, 'method') });
}

export function keyFigureText(figure: KeyFigure, lang: Lang): KeyFigureText {
  const source = localSource(lang, figure.source);
  return {
    label: pick(lang, figure, 'label'),
    value: valueWithUnit(figure, lang) ?? scoreText(lang, 'notReported'),
    basis: figure.ratio ? ratioLines(figure.ratio, lang) : figure.survey ? [surveyLine(figure.survey, lang)] : [],
    source: figure.derived ? scoreText(lang, 'derivedFrom', { source }) : source,
  };
}

/**
 * The key figures as an exported table: every card a row (indicator, value with the raw number
 * for CSV, unit, basis, source with its page), so a slide gets a native, editable table.
 */
export function keyFiguresModel(figures: readonly KeyFigure[], notes: readonly DataNote[], lang: Lang): ExportModel {
  const sources = [...new Set(figures.map((f) => f.source))].join('、');
  return {
    id: 'scorecard-key',
    lang,
    title: scoreText(lang, 'keyTitle'),
    subtitle: scoreText(lang, 'provinceWide'),
    source: reportSourceLine(lang, sources),
    notes: noteLines(notes, lang),
    file: { topic: scoreText(lang, 'keyFile'), scope: '' },
    figure: { kind: 'table' },
    table: {
      columns: [
        { key: 'indicator', label: scoreText(lang, 'indicator') },
        { key: 'value', label: scoreText(lang, 'value'), numeric: true },
        { key: 'unit', label: scoreText(lang, 'unit') },
        { key: 'basis', label: scoreText(lang, 'basis') },
        { key: 'source', label: scoreText(lang, 'sourceColumn') },
      ],
      rows: figures.map((figure) => {
        const text = keyFigureText(figure, lang);
        const shown = shownValue(figure, lang);
        return {
          key: figure.id,
          cells: {
            indicator: textCell(text.label),
            value: numberCell(shown.value, shown.text ?? scoreText(lang, 'notReported')),
            unit: textCell(shown.unit),
            basis: textCell(text.basis.join(' · ')),
            source: textCell(text.source),
          },
        };
      }),
    },
  };
}
