import { describe, expect, it } from 'vitest';
import { boundariesDataset } from '@/data/datasets';
import { DatasetError, describeProblem, loadDataset, validate } from '@/data/load';
import { boundariesFileSchema } from '@/data/schemas/boundaries';
import { PREFECTURE_IDS } from '@/state/vocabulary';
import { fakeFetch } from '../data-files';

/**
 * The boundaries' own checks (src/data/schemas/boundaries.ts: the arcs and the arc references are
 * walked by a plain loop, not by the schema), each from a small valid TopoJSON file with one thing
 * changed. What the user is shown is `field <path>: <detail>`.
 */

const FILE = 'gansu-prefectures.topo.json';

type Geometry = { type: string; id: string; arcs: unknown[]; properties: Record<string, unknown> };
type Topo = {
  type: string;
  metadata: Record<string, unknown>;
  transform: { scale: number[]; translate: number[] };
  arcs: unknown[];
  objects: { prefectures: { type: string; geometries: Geometry[] } };
};

/**
 * Three arcs (delta-encoded under the transform) that close one ring: (0,0) → (1000,0) →
 * (1000,1000) → (0,0). Every prefecture is a MultiPolygon of that one ring, as the real file
 * writes them.
 */
function smallTopology(): Topo {
  return {
    type: 'Topology',
    metadata: {
      source: 'test fixture',
      licence: 'Apache-2.0',
      schematic: true,
      noteZh: '示意图，非标准地图',
      noteEn: 'Schematic map, not a standard map',
    },
    transform: { scale: [0.001, 0.001], translate: [92, 32] },
    arcs: [
      [
        [0, 0],
        [1000, 0],
      ],
      [
        [1000, 0],
        [0, 1000],
      ],
      [
        [1000, 1000],
        [-1000, -1000],
      ],
    ],
    objects: {
      prefectures: {
        type: 'GeometryCollection',
        geometries: PREFECTURE_IDS.map((id) => ({
          type: 'MultiPolygon',
          id,
          arcs: [[[0, 1, 2]]],
          properties: { id, nameZh: '兰州市', labelPoint: [92.5, 32.5] },
        })),
      },
    },
  };
}

const geometry = (file: Topo, i: number) => file.objects.prefectures.geometries[i]!;

/** What the user is told about the file: `field <path>: <detail>`, or "accepted". */
function verdict(file: unknown): string {
  const result = validate(boundariesFileSchema, file);
  return result.ok ? 'accepted' : describeProblem(result.problem);
}

/** Loads the file from its JSON text, as the app fetches it; the DatasetError's message, or "loaded". */
async function loadFromText(text: string): Promise<string> {
  return loadDataset(boundariesDataset, fakeFetch({ [FILE]: text })).then(
    (b) => `loaded ${b.shapes.length} shapes`,
    (e: unknown) => (e instanceof DatasetError ? e.message : `unexpected ${String(e)}`),
  );
}

describe('a small valid boundaries file', () => {
  it('is accepted and decodes into the 14 prefectures', async () => {
    expect(verdict(smallTopology())).toBe('accepted');
    expect(await loadFromText(JSON.stringify(smallTopology()))).toBe('loaded 14 shapes');
  });

  it('may give a prefecture as a Polygon: its arcs are rings of indices, one level fewer', async () => {
    const file = smallTopology();
    geometry(file, 3).type = 'Polygon';
    geometry(file, 3).arcs = [[0, 1, 2]];
    expect(verdict(file)).toBe('accepted');
    expect(await loadFromText(JSON.stringify(file))).toBe('loaded 14 shapes');
  });

  it('may run an arc backwards: ~i (-1 - i) names arc i', () => {
    const file = smallTopology();
    geometry(file, 1).arcs = [[[~2, ~1, ~0]]];
    expect(verdict(file)).toBe('accepted');
  });

  it('may carry a third coordinate, which must be a number but need not be finite', async () => {
    const file = smallTopology();
    file.arcs[0] = [
      [0, 0, 7],
      [1000, 0, -2.5],
    ];
    expect(verdict(file)).toBe('accepted');
    // 1e999 is valid JSON and parses to Infinity.
    file.arcs[1] = [
      [1000, 0, 'OVERFLOW'],
      [0, 1000, 0],
    ];
    expect(await loadFromText(JSON.stringify(file).replace('"OVERFLOW"', '1e999'))).toBe('loaded 14 shapes');
  });
});

describe('a broken arc is refused, naming the place', () => {
  it('names an arc that is not a list, and says what it is', () => {
    const nullArc = smallTopology();
    nullArc.arcs[1] = null;
    expect(verdict(nullArc)).toBe('field arcs[1]: expected an arc (array), received null');
    const numberArc = smallTopology();
    numberArc.arcs[2] = 42;
    expect(verdict(numberArc)).toBe('field arcs[2]: expected an arc (array), received number');
    const objectArc = smallTopology();
    objectArc.arcs[1] = { x: 1 };
    expect(verdict(objectArc)).toBe('field arcs[1]: expected an arc (array), received object');
  });

  it('names an arc of a single position', () => {
    const file = smallTopology();
    file.arcs[2] = [[1000, 1000]];
    expect(verdict(file)).toBe('field arcs[2]: an arc needs at least two positions');
  });

  it('names a position that is not a pair: a lone number, null, or a list of one', () => {
    const lone = smallTopology();
    (lone.arcs[1] as unknown[])[1] = 7;
    expect(verdict(lone)).toBe('field arcs[1][1]: expected a position [x, y], received number');
    const nothing = smallTopology();
    (nothing.arcs[0] as unknown[])[0] = null;
    expect(verdict(nothing)).toBe('field arcs[0][0]: expected a position [x, y], received null');
    const single = smallTopology();
    (single.arcs[0] as unknown[])[1] = [5];
    expect(verdict(single)).toBe('field arcs[0][1]: expected a position [x, y], received array');
  });

  it('names a coordinate that is not a number, x, y or the third', () => {
    const y = smallTopology();
    ((y.arcs[1] as unknown[])[0] as unknown[])[1] = 'north';
    expect(verdict(y)).toBe('field arcs[1][0][1]: expected a finite number, received string');
    const third = smallTopology();
    (third.arcs[2] as unknown[])[1] = [-1000, -1000, 'high'];
    expect(verdict(third)).toBe('field arcs[2][1][2]: expected a finite number, received string');
    const nullX = smallTopology();
    ((nullX.arcs[0] as unknown[])[1] as unknown[])[0] = null;
    expect(verdict(nullX)).toBe('field arcs[0][1][0]: expected a finite number, received null');
  });

  it('names an x or y that is not finite (1e999 in the JSON)', async () => {
    const x = smallTopology();
    ((x.arcs[1] as unknown[])[1] as unknown[])[0] = 'OVERFLOW';
    expect(await loadFromText(JSON.stringify(x).replace('"OVERFLOW"', '1e999'))).toBe(
      `${FILE}: field arcs[1][1][0]: expected a finite number, received number`,
    );
    const y = smallTopology();
    ((y.arcs[0] as unknown[])[0] as unknown[])[1] = -Infinity;
    expect(verdict(y)).toBe('field arcs[0][0][1]: expected a finite number, received number');
  });

  it('reports it as one custom issue of the schema, at the arc', () => {
    const file = smallTopology();
    file.arcs[1] = null;
    const result = boundariesFileSchema.safeParse(file);
    expect(result.error?.issues.map(({ code, path, message }) => ({ code, path, message }))).toEqual([
      { code: 'custom', path: ['arcs', 1], message: 'expected an arc (array), received null' },
    ]);
  });
});

describe('a prefecture whose arcs do not fit the file is refused, naming the place', () => {
  const at = (i: number) => `field objects.prefectures.geometries[${i}].arcs`;

  it('names an index one past the last arc, and one past the last run backwards', () => {
    const past = smallTopology();
    geometry(past, 5).arcs = [[[0, 1, 3]]];
    expect(verdict(past)).toBe(`${at(5)}[0][0][2]: expected the index of one of the 3 arcs`);
    const backwards = smallTopology();
    geometry(backwards, 1).arcs = [[[~0, ~3, ~2]]];
    expect(verdict(backwards)).toBe(`${at(1)}[0][0][1]: expected the index of one of the 3 arcs`);
  });

  it('names an index that is a fraction or a string', () => {
    const fraction = smallTopology();
    geometry(fraction, 0).arcs = [[[0, 1.5, 2]]];
    expect(verdict(fraction)).toBe(`${at(0)}[0][0][1]: expected the index of one of the 3 arcs`);
    const text = smallTopology();
    geometry(text, 2).arcs = [[['0', 1, 2]]];
    expect(verdict(text)).toBe(`${at(2)}[0][0][0]: expected the index of one of the 3 arcs`);
  });

  it('checks every ring and every polygon, not only the first', () => {
    const ring = smallTopology();
    geometry(ring, 6).arcs = [
      [
        [0, 1, 2],
        [0, 9],
      ],
    ];
    expect(verdict(ring)).toBe(`${at(6)}[0][1][1]: expected the index of one of the 3 arcs`);
    const polygon = smallTopology();
    geometry(polygon, 7).arcs = [[[0, 1, 2]], [[2, 1, 0]], [[0, 1, 4]]];
    expect(verdict(polygon)).toBe(`${at(7)}[2][0][2]: expected the index of one of the 3 arcs`);
  });

  it('names a polygon or a ring that is not a list', () => {
    const ring = smallTopology();
    geometry(ring, 8).arcs = [[5]];
    expect(verdict(ring)).toBe(`${at(8)}[0][0]: expected an array, received number`);
    const polygon = smallTopology();
    geometry(polygon, 9).arcs = [[[0, 1, 2]], null];
    expect(verdict(polygon)).toBe(`${at(9)}[1]: expected an array, received null`);
  });

  it('reads a Polygon one level shallower than a MultiPolygon', () => {
    const polygon = smallTopology();
    geometry(polygon, 4).type = 'Polygon';
    geometry(polygon, 4).arcs = [[0, 3, 2]];
    expect(verdict(polygon)).toBe(`${at(4)}[0][1]: expected the index of one of the 3 arcs`);
    const flat = smallTopology();
    geometry(flat, 4).arcs = [[0, 1, 2]];
    expect(verdict(flat)).toBe(`${at(4)}[0][0]: expected an array, received number`);
  });

  it('with no arcs at all, says so first, and that index 0 names none of the 0 arcs', () => {
    const file = smallTopology();
    file.arcs = [];
    expect(verdict(file)).toBe('field arcs: Invalid input');
    const issues = boundariesFileSchema.safeParse(file).error?.issues ?? [];
    expect(issues.map(({ code, path, message }) => ({ code, path, message }))).toEqual([
      { code: 'too_small', path: ['arcs'], message: 'Invalid input' },
      {
        code: 'custom',
        path: ['objects', 'prefectures', 'geometries', 0, 'arcs', 0, 0, 0],
        message: 'expected the index of one of the 0 arcs',
      },
    ]);
  });
});
