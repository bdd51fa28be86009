import type { Boundaries } from '@/data/domain';
import type { ExportModel, MapFigure, TableModel } from '@/lib/export/model';
import type { Lang } from '@/lib/format';
import { fill } from '@/lib/i18n';
import { NO_SCHOOL_FILL, NOT_REPORTED_FILL } from './classify';
import { legendLabel } from './Legend';
import type { MapData } from './map-metrics';
import type { PrefectureView } from './PrefectureLayer';
import type { SchoolMarkerView } from './SchoolLayer';
import { mapMessages } from './messages';

interface MapExportInput {
  data: MapData;
  boundaries: Boundaries;
  views: ReadonlyMap<string, PrefectureView>;
  labels: { id: string; text: string; at: [number, number] }[];
  markers: readonly SchoolMarkerView[];
  visible: ReadonlySet<string>;
  selected: string | null;
  lang: Lang;
  filtered: boolean;
  text: { title: string; subtitle: string; unit: string; source: string; topic: string; scope: string };
  table: TableModel;
}

/** The map as an export model: the same fills, outlines, names and school markers as on screen, drawn as SVG. */
export function mapExportModel(input: MapExportInput): ExportModel {
  const m = (key: keyof typeof mapMessages, params?: Record<string, string | number>) =>
    fill(mapMessages[key][input.lang], params);
  const labels = new Map(input.labels.map((l) => [l.id, l]));
  const figure: MapFigure = {
    kind: 'map',
    shapes: input.boundaries.shapes.map((shape) => {
      const view = input.views.get(shape.id);
      const label = labels.get(shape.id);
      const geometry = shape.geometry;
      return {
        id: shape.id,
        polygons: geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates,
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
        fill: mk.undergraduate ? '#b35806' : '#fdb863',
        stroke: '#5a3a00',
      })),
    legend: [
      ...input.data.breaks.map((b) => ({ color: b.color, label: `${legendLabel(b, input.lang)} ${input.text.unit}` })),
      ...(input.data.metric.kind !== 'list'
        ? [{ color: NO_SCHOOL_FILL, label: m(input.filtered ? 'noSchoolFiltered' : 'noSchool'), dashed: true }]
        : []),
      { color: NOT_REPORTED_FILL, label: m('notReported') },
    ],
  };
  return {
    id: 'map',
    lang: input.lang,
    title: input.text.title,
    subtitle: input.text.subtitle,
    unit: input.text.unit ? fill(input.lang === 'zh' ? '单位：{unit}' : 'Unit: {unit}', { unit: input.text.unit }) : '',
    source: input.text.source,
    notes: [m('markersLegend'), m('schematic', { source: input.boundaries.source, licence: input.boundaries.licence })],
    file: { topic: input.text.topic, scope: input.text.scope },
    figure,
    table: input.table,
  };
}
