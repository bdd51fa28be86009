import { circleInGeometry, distanceKm, offsetKm, type AreaGeometry, type Position } from './geo';

export interface MarkerRequest {
  id: string;
  radiusKm: number;
}

export interface PlacedMarker extends MarkerRequest {
  position: Position;
}

/** Space left between two markers, in km. */
const GAP_KM = 1.5;

/** Marker radius in km, by area: the largest school (25,688 students in 表2) gets maxKm. */
export function markerRadiusKm(students: number | null, largest: number, maxKm = 9, minKm = 2.5): number {
  if (students === null || largest <= 0) return minKm;
  return Math.max(minKm, maxKm * Math.sqrt(students / largest));
}

/**
 * The report gives only each school's city, so markers are placed around a point inside the
 * prefecture: largest first, each at the first point of an outward spiral where it lies wholly
 * inside the prefecture and overlaps no other. Radii are in km, so the layout holds at every zoom.
 * Deterministic: the same input always gives the same layout.
 */
export function placeMarkers(geometry: AreaGeometry, anchor: Position, requests: readonly MarkerRequest[]): PlacedMarker[] {
  const placed: PlacedMarker[] = [];
  const ordered = [...requests].sort((a, b) => b.radiusKm - a.radiusKm || a.id.localeCompare(b.id));
  for (const request of ordered) {
    placed.push({ ...request, position: findSpot(geometry, anchor, request.radiusKm, placed) });
  }
  // Back in the order asked for.
  return requests.map((r) => placed.find((p) => p.id === r.id) as PlacedMarker);
}

function findSpot(geometry: AreaGeometry, anchor: Position, radiusKm: number, placed: readonly PlacedMarker[]): Position {
  const fits = (spot: Position) =>
    circleInGeometry(spot, radiusKm, geometry) && placed.every((p) => distanceKm(spot, p.position) >= p.radiusKm + radiusKm + GAP_KM);
  // Archimedean spiral: about one marker-width further out per turn.
  const step = 0.35;
  for (let i = 0; i < 6000; i++) {
    const angle = i * step;
    const spot = offsetKm(anchor, (angle / (2 * Math.PI)) * Math.max(4, radiusKm), angle);
    if (fits(spot)) return spot;
  }
  return anchor;
}
