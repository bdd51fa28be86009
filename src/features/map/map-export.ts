import type { Boundaries, Prefectures } from '@/data/domain';
import type { ExportModel, MapFigure } from '@/lib/export/model';
import type { Lang } from '@/lib/format';
import { localSource, pick, translate } from '@/lib/i18n';
import { NO_SCHOOL_FILL, NOT_REPORTED_FILL } from './classify';
import { legendLabel } from './legend-label';
import { polygonsOf } from './geo';
import type { MapData } from './map-metrics';
import { mapTable } from './map-table';
import { mapText, unitOf } from './map-text';
import { SCHOOL_STROKE, schoolFill, type PrefectureView, type SchoolMarkerView } from './map-view';

export interface PrefectureLabel {
  id: string;
  text: string;
  at: [number, number];
}

/** Each prefecture's name at a point well inside it, in the language on screen. */
export function prefectureLabels(boundaries: Boundaries, prefectures: Prefectures, lang: Lang): PrefectureLabel[] {
  return boundaries.shapes.map((s) => {
    const p = prefectures.byId.get(s.id);
    return { id: s.id, text: p ? pick(lang, p, 'short') : s.id, at: s.labelPoint };
  });
}

export interface MapModelInput {
  data: MapData;
  boundaries: Boundaries;
  views: ReadonlyMap<string, PrefectureView>;
  labels: readonly PrefectureLabel[];
  /** Every school's marker; only the visible ones are drawn. */
  markers: readonly SchoolMarkerView[];
  visible: ReadonlySet<string>;
  selected: string | null;
  lang: Lang;
  /** The filters in words (subtitle) and as a file-name part (empty for the whole province). */
  scope: { subtitle: string; label: string };
}

/** The legend's swatches: the classes with their bounds, then no school and not reported. */
export function legendEntries(data: MapData, lang: Lang): { color: string; label: string; dashed?: boolean }[] {
  return [
    ...data.breaks.map((b) => ({ color: b.color, label: legendLabel(b, lang) })),
    ...(data.metric.kind !== 'list'
      ? [{ color: NO_SCHOOL_FILL, label: mapText(lang, data.filtered ? 'noSchoolFiltered' : 'noSchool'), dashed: true }]
      : []),
    { color: NOT_REPORTED_FILL, label: mapText(lang, 'notReported') },
  ];
}

/**
 * The map view's export model: title, the filters (or, for a report list, that filters do not
 * apply), unit, source with its page, the schematic-map notes, the same fills, outlines, names and
 * school markers as on screen, and the table. The screen, every file and the slides draw from it.
 */
export function mapExportModel(input: MapModelInput): ExportModel {
  const { data, lang } = input;
  const metric = data.metric;
  const metricLabel = pick(lang, metric, 'label');
  const unit = unitOf(metric, lang);
  const labels = new Map(input.labels.map((l) => [l.id, l]));
  const figure: MapFigure = {
    kind: 'map',
    shapes: input.boundaries.shapes.map((shape) => {
      const view = input.views.get(shape.id);
      const label = labels.get(shape.id);
      return {
        id: shape.id,
        polygons: polygonsOf(shape.geometry),
        fill: view?.fill ?? NOT_REPORTED_FILL,
        dashed: view?.dashed ?? false,
        label: label?.text ?? shape.id,
        labelAt: label?.at ?? shape.labelPoint,
        selected: shape.id === input.selected,
      };
    }),
    markers: input.markers
      .filter((mk) => input.visible.has(mk.id))
      .map((mk) => ({
        id: mk.id,
        at: mk.position,
        radiusKm: mk.radiusKm,
        fill: schoolFill(mk.undergraduate),
        stroke: SCHOOL_STROKE,
      })),
    // The classes first, each with its unit ("1 school" for a class of one alone); then the swatches.
    legend: legendEntries(data, lang).map((e, i) => {
      const b = data.breaks[i];
      return b ? { ...e, label: `${e.label} ${unitOf(metric, lang, b.min === b.max ? b.min : undefined)}` } : e;
    }),
  };
  const isList = metric.kind === 'list';
  const listScope = mapText(lang, 'listScope', { source: localSource(lang, metric.source) });
  return {
    id: 'map',
    lang,
    title: mapText(lang, 'viewTitle', { metric: metricLabel }),
    subtitle: isList ? listScope : input.scope.subtitle,
    unit: translate(lang, 'unitLabel', { unit }),
    source: translate(lang, 'reportSource', { source: localSource(lang, metric.source) }),
    notes: [
      mapText(lang, 'markersLegend'),
      mapText(lang, 'schematic', { source: input.boundaries.source, licence: input.boundaries.licence }),
    ],
    file: { topic: `${metricLabel}-${mapText(lang, 'mapWord')}`, scope: isList ? '' : input.scope.label },
    figure,
    table: mapTable(data, lang),
  };
}
