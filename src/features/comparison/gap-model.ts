import { SERIES_COLORS } from '@/components/charts/style';
import type { DataNote } from '@/data/domain';
import {
  numberCell,
  textCell,
  type ExportModel,
  type GroupedBarsFigure,
  type Series,
  type TableModel,
} from '@/lib/export/model';
import { formatPercent, type Lang } from '@/lib/format';
import { formatList, localSource, pick, translate } from '@/lib/i18n';
import type { ComparedRow, Comparison } from './compare';
import { COMPARISON_SOURCE, comparedNames, comparedScope, dataNotesLine } from './table-model';
import { benchmarkName, compareText, measureLabel, numberText, schoolName } from './texts';

export const GAP_VIEW_ID = 'comparison-gaps';

/** The peer median's bars: grey, so that they read as a reference beside the schools' colours. */
const PEER_COLOR = '#7b8794';

const ofMedian = (value: number | null, median: number) =>
  value === null ? null : Math.round((value / median) * 1000) / 10;

/** A figure can be set against the province median only where that median is above 0. */
const drawable = (row: ComparedRow) => row.provinceMedian !== null && row.provinceMedian > 0;

/**
 * Each school's figures as a percentage of the province median (median = 100%): where each stands
 * at a glance, on one scale across figures of different units. The peer median, when asked for,
 * is a series of its own. Figures whose province median is 0 cannot be drawn so and are named.
 */
export function gapFigure(comparison: Comparison, lang: Lang): GroupedBarsFigure {
  const rows = comparison.rows.filter(drawable);
  const median = (row: ComparedRow) => row.provinceMedian as number;
  const notReported = compareText(lang, 'notReported');
  const text = (v: number | null) => (v === null ? notReported : formatPercent(v, lang, 1));
  const series: Series[] = comparison.schools.map((school, i) => {
    const values = rows.map((row) => ofMedian(row.values[i]?.value ?? null, median(row)));
    return {
      key: school.id,
      label: schoolName(school, lang),
      color: SERIES_COLORS[i % SERIES_COLORS.length] as string,
      values,
      valueTexts: values.map(text),
    };
  });
  const peers = comparison.benchmarks.find((b) => b.kind === 'peers');
  if (peers?.usable) {
    const values = rows.map((row) =>
      ofMedian(row.benchmarks.find((b) => b.kind === 'peers')?.value ?? null, median(row)),
    );
    series.push({
      key: 'peers',
      label: benchmarkName('peers', lang),
      color: PEER_COLOR,
      values,
      valueTexts: values.map(text),
    });
  }
  return {
    kind: 'grouped',
    categories: rows.map((row) => ({ key: row.measure.id, label: pick(lang, row.measure, 'label') })),
    series,
    percent: true,
    reference: { value: 100, label: compareText(lang, 'gapReference') },
  };
}

function gapTable(comparison: Comparison, figure: GroupedBarsFigure, lang: Lang): TableModel {
  const rows = comparison.rows.filter(drawable);
  return {
    columns: [
      { key: 'measure', label: compareText(lang, 'measure') },
      ...figure.series.map((s) => ({ key: s.key, label: s.label, numeric: true })),
      { key: 'median', label: compareText(lang, 'gapMedianColumn'), numeric: true },
    ],
    rows: rows.map((row, i) => {
      const median = row.provinceMedian;
      return {
        key: row.measure.id,
        cells: {
          measure: textCell(measureLabel(row.measure, lang)),
          ...Object.fromEntries(
            figure.series.map((s) => [s.key, numberCell(s.values[i] ?? null, s.valueTexts[i] ?? '')]),
          ),
          median: numberCell(median, median === null ? '' : numberText(median, row.measure, lang)),
        },
      };
    }),
  };
}

/**
 * The gap chart's export: schools × figures against the province median, a grouped bar chart
 * (native in PowerPoint), its table with the medians themselves, and what it could not draw.
 */
export function gapExportModel(comparison: Comparison, notes: readonly DataNote[], lang: Lang): ExportModel {
  const figure = gapFigure(comparison, lang);
  const leftOut = comparison.rows.filter((r) => !drawable(r)).map((r) => pick(lang, r.measure, 'label'));
  return {
    id: GAP_VIEW_ID,
    lang,
    title: compareText(lang, 'gapTitle', { names: comparedNames(comparison, lang) }),
    subtitle: compareText(lang, 'gapSubtitle'),
    unit: compareText(lang, 'gapUnit'),
    source: translate(lang, 'reportSource', { source: localSource(lang, COMPARISON_SOURCE) }),
    notes: [
      ...(leftOut.length > 0 ? [compareText(lang, 'gapLeftOut', { list: formatList(leftOut, lang) })] : []),
      ...dataNotesLine(notes, lang),
    ],
    file: { topic: compareText(lang, 'topicGaps'), scope: comparedScope(comparison, lang) },
    figure,
    table: gapTable(comparison, figure, lang),
  };
}
