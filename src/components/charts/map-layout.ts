import type { MapFigure } from '@/lib/export/model';

export interface MapLayout {
  width: number;
  height: number;
  fontSize: number;
  shapes: {
    id: string;
    d: string;
    fill: string;
    dashed: boolean;
    selected: boolean;
    label: string;
    labelX: number;
    labelY: number;
  }[];
  markers: { id: string; cx: number; cy: number; r: number; fill: string; stroke: string }[];
}

const KM_PER_DEGREE = 111.32;

/**
 * The prefectures projected into a box (equirectangular, longitudes shortened by the cosine of the
 * middle latitude so Gansu keeps its shape), as SVG path data. Markers keep their size in km.
 */
export function layoutMap(figure: MapFigure, width: number, height: number, fontSize: number): MapLayout {
  const points = figure.shapes.flatMap((s) => s.polygons.flat(2));
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  const [minLon, maxLon, minLat, maxLat] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const cos = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const scale = Math.min(width / ((maxLon - minLon) * cos || 1), height / (maxLat - minLat || 1));
  const offsetX = (width - (maxLon - minLon) * cos * scale) / 2;
  const offsetY = (height - (maxLat - minLat) * scale) / 2;
  const x = (lon: number) => offsetX + (lon - minLon) * cos * scale;
  const y = (lat: number) => offsetY + (maxLat - lat) * scale;
  const round = (v: number) => Math.round(v * 10) / 10;
  const path = (polygons: [number, number][][][]) =>
    polygons
      .flatMap((rings) =>
        rings.map((ring) => `M${ring.map(([lon, lat]) => `${round(x(lon))} ${round(y(lat))}`).join('L')}Z`),
      )
      .join('');
  return {
    width,
    height,
    fontSize,
    shapes: figure.shapes.map((s) => ({
      id: s.id,
      d: path(s.polygons),
      fill: s.fill,
      dashed: s.dashed,
      selected: !!s.selected,
      label: s.label,
      labelX: round(x(s.labelAt[0])),
      labelY: round(y(s.labelAt[1])),
    })),
    markers: figure.markers.map((m) => ({
      id: m.id,
      cx: round(x(m.at[0])),
      cy: round(y(m.at[1])),
      r: Math.max(1.5, (m.radiusKm / KM_PER_DEGREE) * scale),
      fill: m.fill,
      stroke: m.stroke,
    })),
  };
}
