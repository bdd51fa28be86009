import { describe, expect, it } from 'vitest';
import { allDatasets, boundariesDataset } from '@/data/datasets';
import { validate } from '@/data/load';
import type { ZodMiniType } from 'zod/mini';
import { readDataFile } from '../data-files';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** Every leaf of a file, but only the first element of each array (the others have its shape). */
function leaves(value: Json, path: Path = []): Path[] {
  if (Array.isArray(value)) return value.length > 0 ? leaves(value[0] as Json, [...path, 0]) : [];
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([key, v]) => leaves(v, [...path, key]));
  return [path];
}

/** A value of another kind than the leaf's: what a hand edit or a broken export would leave. */
function wrongFor(value: Json): Json {
  if (typeof value === 'string') return 12345;
  if (typeof value === 'number') return 'not a number';
  if (typeof value === 'boolean') return 'yes';
  return { unexpected: true };
}

function withLeaf(raw: Json, path: Path, value: Json): Json {
  const copy = structuredClone(raw);
  let node = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  node[path[path.length - 1] as string | number] = value;
  return copy;
}

/** The path as validate() reports it: schools[0].nameZh. */
const printed = (path: Path) =>
  path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))
    .join('')
    .replace(/^\./, '');

// The boundaries are checked by their own loop (src/data/boundaries.ts, tests/unit/data/boundaries.test.ts).
const checked: { file: string; schema: ZodMiniType }[] = allDatasets.filter((d) => d !== boundariesDataset);

describe('every field of every dataset is checked', () => {
  for (const dataset of checked)
    it(`${dataset.file}: a value of the wrong kind anywhere is refused, naming the field`, () => {
      const raw = readDataFile(dataset.file) as Json;
      expect(validate(dataset.schema, raw).ok).toBe(true);
      const paths = leaves(raw);
      expect(paths.length).toBeGreaterThan(0);
      const accepted: string[] = [];
      const misplaced: string[] = [];
      for (const path of paths) {
        const result = validate(dataset.schema, withLeaf(raw, path, wrongFor(leafAt(raw, path))));
        if (result.ok) accepted.push(printed(path));
        else if (result.problem.kind !== 'invalid' || result.problem.path !== printed(path))
          misplaced.push(
            `${printed(path)} reported as ${result.problem.kind === 'invalid' ? result.problem.path : result.problem.kind}`,
          );
      }
      expect(accepted).toEqual([]);
      expect(misplaced).toEqual([]);
    });
});

function leafAt(raw: Json, path: Path): Json {
  let node: Json = raw;
  for (const key of path) node = (node as Record<string | number, Json>)[key] as Json;
  return node;
}
