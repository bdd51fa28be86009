import { standings, type Standing } from '@/data/derive/standing';
import type { DataNote, School, SchoolMetric } from '@/data/domain';
import { barsExportModel } from '@/lib/export/bars-model';
import { textCell, type ExportModel } from '@/lib/export/model';
import type { Lang } from '@/lib/format';
import { pick } from '@/lib/i18n';
import { standingText } from '@/lib/standing-text';
import type { ChartsMessage } from './messages';
import { perSchoolBars, provinceTotal, topBars } from './school-series';
import { noteLines, reportSourceLine } from '@/lib/source-lines';
import { barValueText, chartText, quantityText, shareText, unitFor, unitLine } from './text';

/** How many schools a per-school chart draws until the reader asks for all. */
export const TOP = 15;

export interface SchoolModelInput {
  /** The view's stable id (per-school, online-resources, new-majors): the same whatever the metric. */
  id: string;
  lang: Lang;
  metric: SchoolMetric;
  inView: readonly School[];
  /** Whether filters narrow the schools: then each tooltip also gives the rank among those in view. */
  filtered: boolean;
  scope: { subtitle: string; label: string };
  /** The title's message: 各校{metric}, or one that names the report table. */
  titleKey: Extract<ChartsMessage, 'perSchool' | 'onlineResources' | 'newMajors'>;
  /** Every school in view is drawn (show all, or paper), not only the top 15. */
  showAll: boolean;
  notes: readonly DataNote[];
}

function valuesOf(metric: SchoolMetric, ids: readonly string[]): Map<string, number | null> {
  return new Map(ids.map((id) => [id, metric.values[id] ?? null]));
}

/**
 * A per-school chart's export model. The bars drawn are the top 15 (or all); the table has every
 * school in view with its value, its share of the province (all schools the table reports, not
 * only those in view) and its standing in the province, ties said as ties; a school the table does
 * not report has neither share nor standing. Tooltips say the same, each share saying what it is of.
 */
export function schoolModel(input: SchoolModelInput): ExportModel {
  const { lang, metric, inView } = input;
  const label = pick(lang, metric, 'label');
  const unit = { zh: metric.unit, en: metric.unitEn };
  const all = perSchoolBars(inView, metric);
  const inProvince = standings(valuesOf(metric, Object.keys(metric.values)));
  const inViewStanding = standings(
    valuesOf(
      metric,
      inView.map((s) => s.id),
    ),
  );
  const total = provinceTotal(metric);
  const totalText = quantityText(total, unit, lang);
  const standingLine = (s: Standing | undefined, scope: 'province' | 'view') =>
    s ? [standingText(s, scope, lang)] : [];
  const bars = all.map((bar) => {
    const valueText = barValueText(bar.value, lang, false);
    return {
      key: bar.key,
      label: pick(lang, bar, 'label'),
      value: bar.value,
      valueText,
      share: bar.share ?? null,
      detail:
        bar.value === null
          ? [valueText]
          : [
              quantityText(bar.value, unit, lang),
              ...(bar.share == null
                ? []
                : [chartText(lang, 'shareOfProvince', { total: totalText, share: shareText(bar.share, lang) })]),
              ...standingLine(inProvince.get(bar.key), 'province'),
              ...(input.filtered ? standingLine(inViewStanding.get(bar.key), 'view') : []),
            ],
    };
  });
  const { shown, rest } = topBars(all, input.showAll ? Infinity : TOP);
  const notReported = all.filter((b) => b.value === null).length;
  const title = chartText(lang, input.titleKey, { metric: label });
  const restLine =
    rest.count > 0
      ? [
          chartText(lang, 'restNoteFile', {
            count: rest.count,
            value: rest.sum === null ? chartText(lang, 'restNoneReported') : quantityText(rest.sum, unit, lang),
          }),
        ]
      : [];
  const model = barsExportModel({
    id: input.id,
    lang,
    title,
    subtitle: [
      input.scope.subtitle,
      ...(notReported > 0 ? [chartText(lang, 'notReportedNote', { count: notReported })] : []),
    ].join(' · '),
    unit: unitLine(lang, unitFor(unit, lang)),
    source: reportSourceLine(lang, metric.source),
    notes: [...restLine, ...noteLines(input.notes, lang)],
    file: { topic: chartText(lang, 'perSchool', { metric: label }), scope: input.scope.label },
    bars,
    columns: {
      name: chartText(lang, 'colSchool'),
      value: chartText(lang, 'colValue', { label, unit: unitFor(unit, lang) }),
      share: chartText(lang, 'colShareProvince'),
    },
  });
  const drawn = new Set(shown.map((b) => b.key));
  return {
    ...model,
    figure:
      model.figure.kind === 'bars'
        ? { ...model.figure, bars: model.figure.bars.filter((b) => drawn.has(b.key)) }
        : model.figure,
    table: {
      columns: [...model.table.columns, { key: 'rank', label: chartText(lang, 'colRankProvince') }],
      rows: model.table.rows.map((row) => {
        const s = inProvince.get(row.key);
        return {
          ...row,
          // As words, not a bare number: a CSV's "3" would hide that four schools share the place.
          cells: { ...row.cells, rank: textCell(s ? standingText(s, 'province', lang) : '—') },
        };
      }),
    },
  };
}

/** The line under the chart on screen for the schools not drawn, or null when every school is. */
export function restNote(input: SchoolModelInput): string | null {
  const all = perSchoolBars(input.inView, input.metric);
  const { rest } = topBars(all, input.showAll ? Infinity : TOP);
  if (rest.count === 0) return null;
  const unit = { zh: input.metric.unit, en: input.metric.unitEn };
  return chartText(input.lang, 'restNote', {
    count: rest.count,
    value: rest.sum === null ? chartText(input.lang, 'restNoneReported') : quantityText(rest.sum, unit, input.lang),
  });
}
