import { circleInGeometry, polygonsOf, type AreaGeometry, type Position } from './geo';

export interface MarkerRequest {
  id: string;
  radiusKm: number;
}

export interface PlacedMarker extends MarkerRequest {
  position: Position;
}

const KM_PER_DEGREE = 111.32;
/** Space left between two markers, in km (scaled down with crowded prefectures). */
const GAP_KM = 1.5;
/** At most this share of a prefecture's area is covered by markers; more shrinks them all. */
const MAX_COVER = 0.3;

/** Marker radius in km, by area: the largest school (25,688 students in 表2) gets maxKm. */
export function markerRadiusKm(students: number | null, largest: number, maxKm = 9, minKm = 2.5): number {
  if (students === null || largest <= 0) return minKm;
  return Math.max(minKm, maxKm * Math.sqrt(students / largest));
}

/** Area in km² on a local flat approximation (shoelace), holes subtracted. */
export function areaKm2(geometry: AreaGeometry): number {
  let total = 0;
  for (const polygon of polygonsOf(geometry)) {
    polygon.forEach((ring, i) => {
      let sum = 0;
      for (let k = 0, j = ring.length - 1; k < ring.length; j = k++) {
        const [x1, y1] = ring[j] as Position;
        const [x2, y2] = ring[k] as Position;
        const c = Math.cos((((y1 + y2) / 2) * Math.PI) / 180);
        sum += (x1 * c * y2 - x2 * c * y1) * KM_PER_DEGREE * KM_PER_DEGREE;
      }
      total += (i === 0 ? 1 : -1) * Math.abs(sum / 2);
    });
  }
  return total;
}

/**
 * The report gives only each school's city, so markers are placed around a point inside the
 * prefecture: largest first, each at the first point of an outward spiral where it lies wholly
 * inside the prefecture and overlaps no other. Radii are in km, so the layout holds at every zoom;
 * a crowded prefecture shrinks all its markers alike. Deterministic: same input, same layout.
 */
export function placeMarkers(
  geometry: AreaGeometry,
  anchor: Position,
  requests: readonly MarkerRequest[],
): PlacedMarker[] {
  const wanted = requests.reduce((s, r) => s + Math.PI * (r.radiusKm + GAP_KM / 2) ** 2, 0);
  const shrink = Math.min(1, Math.sqrt((MAX_COVER * areaKm2(geometry)) / Math.max(wanted, 1e-9)));
  const gap = GAP_KM * shrink;
  const ordered = [...requests]
    .map((r) => ({ ...r, radiusKm: r.radiusKm * shrink }))
    .sort((a, b) => b.radiusKm - a.radiusKm || a.id.localeCompare(b.id));
  const cos = Math.cos((anchor[1] * Math.PI) / 180);
  const toPosition = (x: number, y: number): Position => [
    anchor[0] + x / (KM_PER_DEGREE * cos),
    anchor[1] + y / KM_PER_DEGREE,
  ];
  const largest = ordered[0]?.radiusKm ?? 1;
  const cell = 2 * largest + gap;
  const grid = new Map<string, { x: number; y: number; r: number }[]>();
  const key = (gx: number, gy: number) => `${gx},${gy}`;
  const free = (x: number, y: number, r: number) => {
    const gx = Math.floor(x / cell);
    const gy = Math.floor(y / cell);
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (const p of grid.get(key(gx + dx, gy + dy)) ?? [])
          if (Math.hypot(p.x - x, p.y - y) < p.r + r + gap) return false;
    return true;
  };
  const placed = new Map<string, PlacedMarker>();
  for (const request of ordered) {
    const r = request.radiusKm;
    const perTurn = 2 * r + gap;
    let spot: [number, number] = [0, 0];
    for (let theta = 0, i = 0; i < 20_000; i++) {
      const rho = (theta / (2 * Math.PI)) * perTurn;
      const x = rho * Math.cos(theta);
      const y = rho * Math.sin(theta);
      // Cheap overlap test first; the polygon test only for free spots.
      if (free(x, y, r) && circleInGeometry(toPosition(x, y), r, geometry)) {
        spot = [x, y];
        break;
      }
      theta += Math.min(0.5, r / Math.max(rho, r));
    }
    const g = key(Math.floor(spot[0] / cell), Math.floor(spot[1] / cell));
    grid.set(g, [...(grid.get(g) ?? []), { x: spot[0], y: spot[1], r }]);
    placed.set(request.id, { ...request, position: toPosition(spot[0], spot[1]) });
  }
  return requests.map((r) => placed.get(r.id) as PlacedMarker);
}
