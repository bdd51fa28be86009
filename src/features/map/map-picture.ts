import type { PrefectureShape } from '@/data/domain';
import { boundsOf, polygonsOf, type Position } from './geo';

/**
 * The map as Leaflet will draw it, computed without Leaflet: the page's HTML, rendered at build
 * time, paints this picture before any script has run, and Leaflet's map then takes its place
 * (within a pixel or two: Leaflet thins its paths by up to a pixel). Leaflet projects with Web Mercator (EPSG:3857) and
 * opens on the province's bounds with LiveMap's padding at a zoom that is not snapped, so its
 * drawing is the bounds' projection scaled to fit the padded box and centred in it: exactly an SVG
 * whose viewBox is those projected bounds, in a box of their aspect ratio, fitted and centred.
 */

/** Units across the picture's viewBox: about a pixel each on a wide screen, where the map is some 640 px wide. */
export const PICTURE_WIDTH = 1000;

/** Leaflet's Earth radius for distances (L.CRS.Earth.R), which L.Circle turns into a radius in degrees. */
const EARTH_RADIUS_M = 6371000;
const RAD = Math.PI / 180;

/** Web Mercator in radians, y downwards: proportional to Leaflet's pixels at every zoom. */
export function mercator([lon, lat]: Position): Position {
  return [lon * RAD, -Math.log(Math.tan(Math.PI / 4 + (lat * RAD) / 2))];
}
const latitudeOf = (y: number) => (2 * Math.atan(Math.exp(-y)) - Math.PI / 2) / RAD;

export interface PictureMarker {
  id: string;
  cx: number;
  cy: number;
  rx: number;
  ry: number;
}

export interface PictureLabel {
  id: string;
  text: string;
  /** Where the label's anchor sits, in per cent of the picture's width and height. */
  left: number;
  top: number;
}

export interface MapPicture {
  /** viewBox width and height; their ratio is the box the picture is fitted into. */
  width: number;
  height: number;
  shapes: { id: string; d: string }[];
  labels: PictureLabel[];
  markers: PictureMarker[];
}

const round = (v: number) => Math.round(v * 10) / 10;

/**
 * L.Circle's projection of a radius in metres (Leaflet 1.9, Circle._project on an Earth CRS): an
 * ellipse whose centre moves a little north of the point, as Mercator stretches latitudes.
 */
function circle(at: Position, radiusM: number, toBox: (p: Position) => Position) {
  const [lon, lat] = at;
  const latR = radiusM / EARTH_RADIUS_M / RAD;
  const top = mercator([lon, lat + latR]);
  const bottom = mercator([lon, lat - latR]);
  const centreY = (top[1] + bottom[1]) / 2;
  const lat2 = latitudeOf(centreY);
  let lonR =
    Math.acos(
      (Math.cos(latR * RAD) - Math.sin(lat * RAD) * Math.sin(lat2 * RAD)) /
        (Math.cos(lat * RAD) * Math.cos(lat2 * RAD)),
    ) / RAD;
  if (Number.isNaN(lonR) || lonR === 0) lonR = latR / Math.cos(lat * RAD);
  const [cx, cy] = toBox([lon * RAD, centreY]);
  const [westX] = toBox(mercator([lon - lonR, lat2]));
  const [, topY] = toBox(top);
  return { cx: round(cx), cy: round(cy), rx: round(cx - westX), ry: round(cy - topY) };
}

/** Points closer than this to the line through their neighbours are dropped (Leaflet drops those within a pixel). */
const TOLERANCE = 0.5;

/** Douglas–Peucker: the ring's points that matter at the picture's scale, first and last kept. */
export function simplified(points: readonly Position[], tolerance = TOLERANCE): Position[] {
  if (points.length < 3) return [...points];
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    const [ax, ay] = points[first]!;
    const [bx, by] = points[last]!;
    const length = Math.hypot(bx - ax, by - ay);
    let farthest = -1;
    let distance = tolerance;
    for (let i = first + 1; i < last; i++) {
      const [px, py] = points[i]!;
      const d =
        length === 0 ? Math.hypot(px - ax, py - ay) : Math.abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / length;
      if (d > distance) [farthest, distance] = [i, d];
    }
    if (farthest < 0) continue;
    keep[farthest] = 1;
    stack.push([first, farthest], [farthest, last]);
  }
  return points.filter((_, i) => keep[i] === 1);
}

/**
 * One ring as path data in whole units of the picture, each point relative to the one before
 * ("l3 -2"), so a prefecture costs a few bytes a point in the page's HTML.
 */
export function ringPath(ring: readonly Position[]): string {
  const points = simplified(ring).map(([x, y]): Position => [Math.round(x), Math.round(y)]);
  const [start, ...rest] = points;
  if (!start) return '';
  let [x, y] = start;
  const steps: string[] = [];
  // A ring ends where it starts: Z draws that last side.
  const last = rest.at(-1);
  if (last && last[0] === start[0] && last[1] === start[1]) rest.pop();
  for (const [px, py] of rest) {
    if (px === x && py === y) continue;
    steps.push(`${px - x} ${py - y}`);
    [x, y] = [px, py];
  }
  return `M${start[0]} ${start[1]}${steps.length ? `l${steps.join(' ')}` : ''}Z`;
}

/** The picture of the prefectures, their names and the schools' dots, in Leaflet's projection. */
export function mapPicture(
  shapes: readonly PrefectureShape[],
  labels: readonly { id: string; text: string; at: Position }[],
  markers: readonly { id: string; position: Position; radiusKm: number }[],
): MapPicture {
  const [[south, west], [north, east]] = boundsOf(shapes.map((s) => s.geometry));
  const [x0, y0] = mercator([west, north]);
  const [x1, y1] = mercator([east, south]);
  const scale = PICTURE_WIDTH / (x1 - x0);
  const width = PICTURE_WIDTH;
  const height = round((y1 - y0) * scale);
  const toBox = ([x, y]: Position): Position => [(x - x0) * scale, (y - y0) * scale];
  return {
    width,
    height,
    shapes: shapes.map((s) => ({
      id: s.id,
      d: polygonsOf(s.geometry)
        .flat()
        .map((ring) => ringPath(ring.map((p) => toBox(mercator(p)))))
        .join(''),
    })),
    labels: labels.map((l) => {
      const [x, y] = toBox(mercator(l.at));
      return { id: l.id, text: l.text, left: round((x / width) * 1000) / 10, top: round((y / height) * 1000) / 10 };
    }),
    markers: markers.map((m) => ({ id: m.id, ...circle(m.position, m.radiusKm * 1000, toBox) })),
  };
}
