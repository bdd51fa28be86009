import type { Point } from './place-box';

/** Half of WCAG 2.5.8's 24 × 24 px minimum target. */
export const MIN_HIT_RADIUS = 12;

export interface DrawnMarker extends Point {
  id: string;
  /** The drawn circle's radius on screen, in px. */
  r: number;
}

/**
 * The radius of each school marker's invisible hit circle at the current zoom: at least 12 px
 * (a 24 × 24 px target) where the markers are apart, never less than the drawn circle, and never
 * reaching into a neighbour's target, so that where schools crowd (兰州市 at the province's
 * zoom) each keeps its own dot and a tap between them still reaches the prefecture below. Zooming
 * in, as a tap on the prefecture does, spreads them until every one gets the full 24 px.
 */
export function hitRadii(markers: readonly DrawnMarker[], min = MIN_HIT_RADIUS): Map<string, number> {
  const radii = new Map<string, number>();
  for (const m of markers) {
    let nearest = Infinity;
    for (const other of markers) {
      if (other === m) continue;
      nearest = Math.min(nearest, Math.hypot(other.x - m.x, other.y - m.y) / 2);
    }
    radii.set(m.id, Math.max(m.r, Math.min(min, nearest)));
  }
  return radii;
}
