// Runs in jsdom (it uses document): Leaflet itself is the reference the picture must agree with.
import L from 'leaflet';
import { describe, expect, it } from 'vitest';
import type { PrefectureShape } from '@/data/domain';
import { mapPicture, mercator, PICTURE_WIDTH, ringPath, simplified } from '@/features/map/map-picture';

const square = (id: PrefectureShape['id'], west: number, south: number, size: number): PrefectureShape => ({
  id,
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [west, south],
        [west + size, south],
        [west + size, south + size],
        [west, south + size],
        [west, south],
      ],
    ],
  },
  labelPoint: [west + size / 2, south + size / 2],
});

describe('the map picture', () => {
  it('projects as Leaflet does: every point at the same place, relative to the bounds, at any zoom', () => {
    const points: [number, number][] = [
      [92.3, 42.8],
      [108.7, 32.6],
      [103.8, 36.06],
      [98.5, 39.7],
    ];
    const at = (p: [number, number]) => L.CRS.EPSG3857.latLngToPoint(L.latLng(p[1], p[0]), 7);
    const [a, b] = [mercator(points[0]!), mercator(points[1]!)];
    const [la, lb] = [at(points[0]!), at(points[1]!)];
    for (const p of points) {
      const m = mercator(p);
      const l = at(p);
      expect((m[0] - a[0]) / (b[0] - a[0])).toBeCloseTo((l.x - la.x) / (lb.x - la.x), 9);
      expect((m[1] - a[1]) / (b[1] - a[1])).toBeCloseTo((l.y - la.y) / (lb.y - la.y), 9);
    }
  });

  it('fits the bounds in a box of their projected aspect, names in per cent of it', () => {
    const picture = mapPicture(
      [square('lanzhou', 100, 30, 10)],
      [{ id: 'lanzhou', text: '兰州市', at: [105, 35] }],
      [],
    );
    const [x0, y0] = mercator([100, 40]);
    const [x1, y1] = mercator([110, 30]);
    expect(picture.width).toBe(PICTURE_WIDTH);
    // Further north a degree is taller: the box is taller than wide.
    expect(picture.height).toBeCloseTo((PICTURE_WIDTH * (y1 - y0)) / (x1 - x0), 0);
    expect(picture.height).toBeGreaterThan(PICTURE_WIDTH);
    const h = Math.round(picture.height);
    expect(picture.shapes).toEqual([{ id: 'lanzhou', d: `M0 ${h}l1000 0 0 -${h} -1000 0Z` }]);
    const [label] = picture.labels;
    expect(label).toMatchObject({ id: 'lanzhou', text: '兰州市', left: 50 });
    // Mercator: the middle latitude lies below the box's middle.
    expect(label!.top).toBeGreaterThan(50);
    expect(label!.top).toBeCloseTo(((mercator([105, 35])[1] - y0) / (y1 - y0)) * 100, 1);
  });

  it('draws a school as L.Circle does: the same radii, in the same proportion to the bounds', () => {
    const shape = square('lanzhou', 100, 30, 10);
    const picture = mapPicture([shape], [], [{ id: 's', position: [103.8, 36.06], radiusKm: 8 }]);
    const container = document.createElement('div');
    const map = L.map(container, { center: [35, 105], zoom: 8 });
    const circle = L.circle([36.06, 103.8], { radius: 8000 }).addTo(map) as L.Circle & {
      _point: L.Point;
      _radius: number;
      _radiusY: number;
    };
    const west = map.latLngToLayerPoint([40, 100]);
    const east = map.latLngToLayerPoint([40, 110]);
    const scale = PICTURE_WIDTH / (east.x - west.x);
    const [dot] = picture.markers;
    expect(dot!.rx).toBeCloseTo(circle._radius * scale, 0);
    expect(dot!.ry).toBeCloseTo(circle._radiusY * scale, 0);
    expect(dot!.cx).toBeCloseTo((circle._point.x - west.x) * scale, 0);
    expect(dot!.cy).toBeCloseTo((circle._point.y - west.y) * scale, 0);
    // The ellipse is a circle on screen: Mercator keeps shapes.
    expect(dot!.rx).toBeCloseTo(dot!.ry, 0);
    map.remove();
  });
});

describe('ring path data', () => {
  it('drops points on a straight line, keeps corners and the ends', () => {
    const line: [number, number][] = [
      [0, 0],
      [1, 0.1],
      [2, 0],
      [3, 0],
      [3, 3],
    ];
    expect(simplified(line)).toEqual([
      [0, 0],
      [3, 0],
      [3, 3],
    ]);
    expect(simplified(line, 0.01)).toEqual([
      [0, 0],
      [1, 0.1],
      [2, 0],
      [3, 0],
      [3, 3],
    ]);
  });

  it('writes whole units, each point relative to the last, without repeating a point or the start', () => {
    expect(
      ringPath([
        [10.2, 20.4],
        [30.4, 20.3],
        [30.6, 20.2],
        [30.6, 50.1],
        [10.2, 20.4],
      ]),
    ).toBe('M10 20l21 0 0 30Z');
    expect(ringPath([])).toBe('');
    expect(ringPath([[1, 2]])).toBe('M1 2Z');
  });
});
