import { describe, expect, it } from 'vitest';
import { hitRadii, MIN_HIT_RADIUS } from '@/features/map/hit-targets';
import { EDGE, placeBox } from '@/features/map/place-box';

// A 390 px phone: the map is about 360 px wide.
const phone = { width: 360, height: 300 };
const tip = { width: 220, height: 90 };
const inside = (at: { x: number; y: number }, box = tip, bounds = phone) =>
  at.x >= EDGE && at.y >= EDGE && at.x + box.width <= bounds.width - EDGE && at.y + box.height <= bounds.height - EDGE;

describe('placeBox keeps a tooltip or popup inside the map', () => {
  it('goes right of and above the anchor where there is room', () => {
    expect(placeBox({ x: 40, y: 150 }, tip, phone, 10)).toEqual({ x: 50, y: 50 });
  });

  it('flips to the left near the right edge and below near the top', () => {
    const at = placeBox({ x: 300, y: 20 }, tip, phone, 10);
    expect(at).toEqual({ x: 70, y: 30 });
    expect(inside(at)).toBe(true);
  });

  it('is pushed in from the edge when neither side has room, never off the map', () => {
    // The middle of a narrow map: 220 px fits on neither side of x = 180 with a 10 px gap.
    for (const anchor of [
      { x: 180, y: 150 },
      { x: 0, y: 0 },
      { x: 360, y: 300 },
      { x: 359, y: 299 },
    ]) {
      expect(inside(placeBox(anchor, tip, phone, 10)), JSON.stringify(anchor)).toBe(true);
    }
  });

  it('starts a box larger than the map at its top-left edge', () => {
    expect(placeBox({ x: 100, y: 100 }, { width: 500, height: 400 }, phone, 10)).toEqual({ x: EDGE, y: EDGE });
  });
});

describe('hitRadii gives school markers tappable targets', () => {
  it('gives a lone marker a 24 × 24 px target however small its dot', () => {
    const radii = hitRadii([
      { id: 'a', x: 10, y: 10, r: 2 },
      { id: 'b', x: 200, y: 10, r: 3 },
    ]);
    expect(radii.get('a')).toBe(MIN_HIT_RADIUS);
    expect(radii.get('b')).toBe(MIN_HIT_RADIUS);
  });

  it('keeps crowded targets out of each other, but never smaller than the dot drawn', () => {
    const radii = hitRadii([
      { id: 'a', x: 0, y: 0, r: 2 },
      { id: 'b', x: 10, y: 0, r: 2 },
      { id: 'c', x: 3, y: 0, r: 2.5 },
    ]);
    expect(radii.get('b')).toBe(3.5);
    expect(radii.get('a')).toBe(2);
    expect(radii.get('c')).toBe(2.5);
  });

  it('lets a dot drawn larger than 12 px be its own target', () => {
    expect(hitRadii([{ id: 'a', x: 0, y: 0, r: 30 }]).get('a')).toBe(30);
  });
});
