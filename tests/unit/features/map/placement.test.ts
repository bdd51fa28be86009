import { describe, expect, it } from 'vitest';
import { boundsOf, circleInGeometry, distanceKm, pointInGeometry, type AreaGeometry } from '@/features/map/geo';
import { markerRadiusKm, placeMarkers } from '@/features/map/marker-placement';

// An L-shaped prefecture about 110 km across, with a notch, so a naive ring would leave it.
const lShape: AreaGeometry = {
  type: 'Polygon',
  coordinates: [
    [
      [103, 36],
      [104.2, 36],
      [104.2, 36.4],
      [103.5, 36.4],
      [103.5, 37],
      [103, 37],
      [103, 36],
    ],
  ],
};

describe('point in polygon', () => {
  it('knows inside from outside, holes excluded', () => {
    expect(pointInGeometry([103.2, 36.5], lShape)).toBe(true);
    expect(pointInGeometry([104, 36.8], lShape)).toBe(false);
    const withHole: AreaGeometry = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [10, 0],
          [10, 10],
          [0, 10],
          [0, 0],
        ],
        [
          [4, 4],
          [6, 4],
          [6, 6],
          [4, 6],
          [4, 4],
        ],
      ],
    };
    expect(pointInGeometry([5, 5], withHole)).toBe(false);
    expect(pointInGeometry([2, 2], withHole)).toBe(true);
  });
});

describe('circle in polygon', () => {
  // 1° of latitude is 111.32 km; at 36.5° N 1° of longitude is about 89.5 km.
  it('is inside only while no edge comes nearer than the radius', () => {
    // 20 km below the notch's top edge (36.4°), a few km east of the notch corner at 103.5°.
    const centre: [number, number] = [103.55, 36.22];
    expect(circleInGeometry(centre, 15, lShape)).toBe(true);
    expect(circleInGeometry(centre, 25, lShape)).toBe(false);
    // By the concave corner (103.5°, 36.4°) the corner point itself is the nearest boundary, 7.1 km
    // away: a circle sampled at 16 points of its edge would slip past it.
    expect(circleInGeometry([103.45, 36.35], 7, lShape)).toBe(true);
    expect(circleInGeometry([103.45, 36.35], 7.3, lShape)).toBe(false);
    expect(circleInGeometry([104, 36.8], 1, lShape)).toBe(false);
  });

  it('counts holes and the other parts of a multipolygon as boundaries', () => {
    const square = (x: number, y: number, size: number): [number, number][] => [
      [x, y],
      [x + size, y],
      [x + size, y + size],
      [x, y + size],
      [x, y],
    ];
    const islands: AreaGeometry = {
      type: 'MultiPolygon',
      coordinates: [[square(100, 36, 1), square(100.4, 36.4, 0.2)], [square(102, 36, 1)]],
    };
    // In the first part, 11 km south of its hole (which starts at 36.4°).
    expect(circleInGeometry([100.5, 36.3], 10, islands)).toBe(true);
    expect(circleInGeometry([100.5, 36.3], 12, islands)).toBe(false);
    expect(circleInGeometry([100.5, 36.5], 1, islands)).toBe(false);
    // The second part, far from every other ring: its sides are 44.7 km (east, west) from the centre.
    expect(circleInGeometry([102.5, 36.5], 44, islands)).toBe(true);
    expect(circleInGeometry([102.5, 36.5], 46, islands)).toBe(false);
  });
});

describe('bounds', () => {
  it('spans every ring of every geometry, as south-west and north-east [lat, lon]', () => {
    expect(boundsOf([lShape])).toEqual([
      [36, 103],
      [37, 104.2],
    ]);
    const east: AreaGeometry = {
      type: 'Polygon',
      coordinates: [
        [
          [105, 35.5],
          [106, 35.5],
          [106, 36.5],
          [105, 35.5],
        ],
      ],
    };
    expect(boundsOf([lShape, east])).toEqual([
      [35.5, 103],
      [37, 106],
    ]);
  });
});

describe('placeMarkers', () => {
  const requests = Array.from({ length: 16 }, (_, i) => ({
    id: `s${i}`,
    radiusKm: markerRadiusKm(
      [25688, 19690, 15992, 12696, 12006, 11668, 11425, 10288, 9961, 9347, 8210, 8005, 7903, 2685, 681, null][i] ??
        null,
      25688,
    ),
  }));
  const placed = placeMarkers(lShape, [103.25, 36.3], requests);

  it('keeps every marker wholly inside its prefecture', () => {
    for (const m of placed) expect(circleInGeometry(m.position, m.radiusKm, lShape)).toBe(true);
  });

  it('shrinks markers alike in a crowded prefecture so that all of them still fit', () => {
    const crowd = Array.from({ length: 140 }, (_, i) => ({ id: `c${String(i).padStart(3, '0')}`, radiusKm: 9 }));
    const out = placeMarkers(lShape, [103.25, 36.3], crowd);
    for (const m of out) expect(circleInGeometry(m.position, m.radiusKm, lShape)).toBe(true);
    for (let i = 0; i < out.length; i++)
      for (let j = i + 1; j < out.length; j++)
        expect(distanceKm(out[i]!.position, out[j]!.position)).toBeGreaterThanOrEqual(
          out[i]!.radiusKm + out[j]!.radiusKm,
        );
    expect(out[0]!.radiusKm).toBeLessThan(9);
  });

  it('lets no two markers overlap', () => {
    for (let i = 0; i < placed.length; i++)
      for (let j = i + 1; j < placed.length; j++) {
        const a = placed[i]!;
        const b = placed[j]!;
        expect(distanceKm(a.position, b.position)).toBeGreaterThanOrEqual(a.radiusKm + b.radiusKm);
      }
  });

  it('returns the markers in the order asked for, the same way every time', () => {
    expect(placed.map((p) => p.id)).toEqual(requests.map((r) => r.id));
    expect(placeMarkers(lShape, [103.25, 36.3], requests)).toEqual(placed);
  });

  it('sizes markers by area and never below the minimum', () => {
    expect(markerRadiusKm(25688, 25688)).toBe(9);
    expect(markerRadiusKm(25688 / 4, 25688)).toBeCloseTo(4.5);
    expect(markerRadiusKm(681, 25688)).toBe(2.5);
    expect(markerRadiusKm(null, 25688)).toBe(2.5);
  });
});
