export interface Point {
  x: number;
  y: number;
}
export interface Size {
  width: number;
  height: number;
}

/** Space kept between a box and the edge of the map. */
export const EDGE = 6;

/**
 * Where to put a box (a tooltip, a popup) beside an anchor so it stays inside the map: right of
 * the anchor if it fits, else left, else pushed in from the nearer edge; above the anchor if it
 * fits (a finger or the pointer covers what is below), else below, else pushed in. A box larger
 * than the map starts at its top-left edge. All in the map's own pixels.
 */
export function placeBox(anchor: Point, box: Size, bounds: Size, gap: number): Point {
  const along = (at: number, size: number, room: number, after: boolean): number => {
    const first = after ? at + gap : at - gap - size;
    const second = after ? at - gap - size : at + gap;
    const fits = (p: number) => p >= EDGE && p + size <= room - EDGE;
    if (fits(first)) return first;
    if (fits(second)) return second;
    return Math.max(EDGE, Math.min(room - EDGE - size, at - size / 2));
  };
  return {
    x: along(anchor.x, box.width, bounds.width, true),
    y: along(anchor.y, box.height, bounds.height, false),
  };
}
