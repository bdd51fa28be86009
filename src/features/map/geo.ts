export type Position = [number, number];
export type PolygonCoords = Position[][];
export type AreaGeometry =
  { type: 'Polygon'; coordinates: PolygonCoords } | { type: 'MultiPolygon'; coordinates: PolygonCoords[] };

const KM_PER_DEGREE = 111.32;

/** The polygons of an area, one for a Polygon, several for a MultiPolygon. */
export function polygonsOf(geometry: AreaGeometry): PolygonCoords[] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

function inRing([x, y]: Position, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as Position;
    const [xj, yj] = ring[j] as Position;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function inPolygon(point: Position, polygon: PolygonCoords): boolean {
  const [outer, ...holes] = polygon;
  return !!outer && inRing(point, outer) && !holes.some((hole) => inRing(point, hole));
}

/** Whether a lon/lat point lies inside a (multi)polygon, holes excluded. */
export function pointInGeometry(point: Position, geometry: AreaGeometry): boolean {
  return polygonsOf(geometry).some((p) => inPolygon(point, p));
}

/** Distance in km on a local flat approximation: accurate to well under 1% over a prefecture. */
export function distanceKm([lon1, lat1]: Position, [lon2, lat2]: Position): number {
  const meanLat = ((lat1 + lat2) / 2) * (Math.PI / 180);
  const dx = (lon2 - lon1) * Math.cos(meanLat) * KM_PER_DEGREE;
  const dy = (lat2 - lat1) * KM_PER_DEGREE;
  return Math.hypot(dx, dy);
}

/** Every ring of a geometry (outer rings and holes) with its bounding box, made once per geometry. */
interface BoxedRing {
  ring: Position[];
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

const ringsOf = new WeakMap<AreaGeometry, BoxedRing[]>();

function boxedRings(geometry: AreaGeometry): BoxedRing[] {
  let rings = ringsOf.get(geometry);
  if (rings) return rings;
  rings = polygonsOf(geometry)
    .flat()
    .map((ring) => {
      const xs = ring.map((p) => p[0]);
      const ys = ring.map((p) => p[1]);
      return { ring, minX: Math.min(...xs), maxX: Math.max(...xs), minY: Math.min(...ys), maxY: Math.max(...ys) };
    });
  ringsOf.set(geometry, rings);
  return rings;
}

/** Squared distance from (px, py) to the segment (ax, ay)–(bx, by), all in the same flat units. */
function segmentDistance2(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2));
  const ex = ax + t * dx - px;
  const ey = ay + t * dy - py;
  return ex * ex + ey * ey;
}

/**
 * Whether a whole circle lies inside: its centre is inside and no boundary (outer ring or hole)
 * comes nearer than the radius. Exact on the local flat approximation; rings whose bounding box
 * is further than the radius are skipped without looking at their points (placing the 29 markers
 * tests thousands of circles: measured 13 ms at load with the earlier 17-point sampling, under 2 ms so).
 */
export function circleInGeometry(centre: Position, radiusKm: number, geometry: AreaGeometry): boolean {
  if (!pointInGeometry(centre, geometry)) return false;
  const [lon, lat] = centre;
  const kx = Math.cos((lat * Math.PI) / 180) * KM_PER_DEGREE;
  const dLon = radiusKm / kx;
  const dLat = radiusKm / KM_PER_DEGREE;
  const r2 = radiusKm * radiusKm;
  for (const { ring, minX, maxX, minY, maxY } of boxedRings(geometry)) {
    if (lon < minX - dLon || lon > maxX + dLon || lat < minY - dLat || lat > maxY + dLat) continue;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [ax, ay] = ring[j] as Position;
      const [bx, by] = ring[i] as Position;
      const d2 = segmentDistance2(
        0,
        0,
        (ax - lon) * kx,
        (ay - lat) * KM_PER_DEGREE,
        (bx - lon) * kx,
        (by - lat) * KM_PER_DEGREE,
      );
      if (d2 < r2) return false;
    }
  }
  return true;
}

/** South-west and north-east corners, as [lat, lon] pairs (Leaflet's order), of some geometries. */
export function boundsOf(geometries: readonly AreaGeometry[]): [[number, number], [number, number]] {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const geometry of geometries)
    for (const { minX, minY, maxX, maxY } of boxedRings(geometry)) {
      west = Math.min(west, minX);
      south = Math.min(south, minY);
      east = Math.max(east, maxX);
      north = Math.max(north, maxY);
    }
  return [
    [south, west],
    [north, east],
  ];
}
