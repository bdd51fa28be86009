export type Position = [number, number];
export type PolygonCoords = Position[][];
export type AreaGeometry =
  { type: 'Polygon'; coordinates: PolygonCoords } | { type: 'MultiPolygon'; coordinates: PolygonCoords[] };

const KM_PER_DEGREE = 111.32;

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
  return geometry.type === 'Polygon'
    ? inPolygon(point, geometry.coordinates)
    : geometry.coordinates.some((p) => inPolygon(point, p));
}

/** Distance in km on a local flat approximation: accurate to well under 1% over a prefecture. */
export function distanceKm([lon1, lat1]: Position, [lon2, lat2]: Position): number {
  const meanLat = ((lat1 + lat2) / 2) * (Math.PI / 180);
  const dx = (lon2 - lon1) * Math.cos(meanLat) * KM_PER_DEGREE;
  const dy = (lat2 - lat1) * KM_PER_DEGREE;
  return Math.hypot(dx, dy);
}

/** The point at a distance (km) and angle (radians, 0 = east) from a centre. */
export function offsetKm([lon, lat]: Position, km: number, angle: number): Position {
  const dLat = (km * Math.sin(angle)) / KM_PER_DEGREE;
  const dLon = (km * Math.cos(angle)) / (KM_PER_DEGREE * Math.cos((lat * Math.PI) / 180));
  return [lon + dLon, lat + dLat];
}

/** Whether a whole circle (checked at its centre and 16 points of its edge) lies inside. */
export function circleInGeometry(centre: Position, radiusKm: number, geometry: AreaGeometry): boolean {
  if (!pointInGeometry(centre, geometry)) return false;
  for (let k = 0; k < 16; k++) {
    if (!pointInGeometry(offsetKm(centre, radiusKm, (k * Math.PI) / 8), geometry)) return false;
  }
  return true;
}
