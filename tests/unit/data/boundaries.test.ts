import { describe, expect, it } from 'vitest';
import { DatasetError, loadDataset } from '@/data/load';
import { boundariesDataset } from '@/data/datasets';
import { fakeFetch, readDataFile } from '../data-files';

type Topo = {
  arcs: unknown[][];
  objects: { prefectures: { geometries: { arcs: unknown[] }[] } };
};
const FILE = 'gansu-prefectures.topo.json';
const good = () => readDataFile(FILE) as Topo;

/** Loads the boundaries with `file` served in their place; returns the DatasetError it fails with. */
async function problemWith(file: Topo) {
  const error = await loadDataset(boundariesDataset, fakeFetch({ [FILE]: JSON.stringify(file) })).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DatasetError);
  expect((error as DatasetError).file).toBe(FILE);
  return (error as DatasetError).problem;
}

describe('the boundaries file', () => {
  it('loads the 14 prefectures from the real file', async () => {
    const boundaries = await loadDataset(boundariesDataset, fakeFetch());
    expect(boundaries.shapes.map((s) => s.id)).toContain('jiuquan');
    expect(boundaries.shapes).toHaveLength(14);
  });

  it('names the point that is not a number, deep inside an arc', async () => {
    const file = good();
    (file.arcs[12]![3] as unknown[])[1] = 'north';
    expect(await problemWith(file)).toMatchObject({ kind: 'invalid', path: 'arcs[12][3][1]' });
  });

  it('names a position that is not a pair, and an arc with a single position', async () => {
    const file = good();
    file.arcs[5]![0] = 7;
    expect(await problemWith(file)).toMatchObject({ kind: 'invalid', path: 'arcs[5][0]' });
    const short = good();
    short.arcs[2] = [[1, 2]];
    expect(await problemWith(short)).toMatchObject({ kind: 'invalid', path: 'arcs[2]' });
  });

  it('names a prefecture that refers to an arc the file does not have', async () => {
    const file = good();
    const rings = file.objects.prefectures.geometries[4]!.arcs as unknown[][];
    // The first ring of a Polygon, or of the first polygon of a MultiPolygon.
    const ring = (Array.isArray(rings[0]![0]) ? rings[0]![0] : rings[0]) as number[];
    ring[0] = file.arcs.length + 3;
    const problem = await problemWith(file);
    expect(problem).toMatchObject({ kind: 'invalid' });
    expect(problem.kind === 'invalid' && problem.path).toMatch(/^objects\.prefectures\.geometries\[4\]\.arcs\[0\]/);
  });

  it('still checks the rest with the schema: a missing licence is named', async () => {
    const file = good() as Topo & { metadata: Record<string, unknown> };
    delete file.metadata.licence;
    expect(await problemWith(file)).toMatchObject({ kind: 'invalid', path: 'metadata.licence' });
  });
});
