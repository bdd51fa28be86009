import { z } from 'zod/mini';
import { prefectureIdSchema } from './common';

const position = z.tuple([z.number(), z.number()]);

type Path = (string | number)[];
type Problem = { path: Path; message: string } | null;

const received = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

/**
 * The arcs, checked by one plain loop: a schema walking every point (some 9,000 of them, three
 * schema nodes each) cost tens of milliseconds on the first load. Each arc is a list of two or
 * more positions, each position numbers (the first two finite). Reports the first bad place.
 */
export function arcsProblem(arcs: readonly unknown[]): Problem {
  for (let i = 0; i < arcs.length; i++) {
    const arc = arcs[i];
    if (!Array.isArray(arc)) return { path: [i], message: `expected an arc (array), received ${received(arc)}` };
    if (arc.length < 2) return { path: [i], message: 'an arc needs at least two positions' };
    for (let j = 0; j < arc.length; j++) {
      const p: unknown = arc[j];
      if (!Array.isArray(p) || p.length < 2)
        return { path: [i, j], message: `expected a position [x, y], received ${received(p)}` };
      for (let k = 0; k < p.length; k++) {
        const v: unknown = p[k];
        if (typeof v !== 'number' || (k < 2 && !Number.isFinite(v)))
          return { path: [i, j, k], message: `expected a finite number, received ${received(v)}` };
      }
    }
  }
  return null;
}

/** Every arc index a geometry uses (~i for an arc run backwards) names an arc the file has. */
export function arcReferenceProblem(arcs: unknown, arcCount: number, depth: number, path: Path): Problem {
  if (!Array.isArray(arcs)) return { path, message: `expected an array, received ${received(arcs)}` };
  for (let i = 0; i < arcs.length; i++) {
    const item: unknown = arcs[i];
    if (depth > 0) {
      const inner = arcReferenceProblem(item, arcCount, depth - 1, [...path, i]);
      if (inner) return inner;
    } else if (typeof item !== 'number' || !Number.isInteger(item) || (item < 0 ? ~item : item) >= arcCount) {
      return { path: [...path, i], message: `expected the index of one of the ${arcCount} arcs` };
    }
  }
  return null;
}

const geometry = z.object({
  type: z.enum(['Polygon', 'MultiPolygon']),
  id: z.optional(prefectureIdSchema),
  // Checked against the arcs by the file-level check below.
  arcs: z.array(z.unknown()),
  properties: z.looseObject({
    id: prefectureIdSchema,
    nameZh: z.string().check(z.minLength(1)),
    labelPoint: position,
  }),
});

/** The TopoJSON file written by scripts/build-boundaries.mjs; validated, then decoded. */
export const boundariesFileSchema = z
  .object({
    type: z.literal('Topology'),
    metadata: z.object({
      source: z.string().check(z.minLength(1)),
      licence: z.string().check(z.minLength(1)),
      schematic: z.literal(true),
      noteZh: z.string(),
      noteEn: z.string(),
    }),
    // Each arc is typed here and checked by arcsProblem (below), not walked point by point.
    arcs: z.array(z.custom<number[][]>()).check(z.minLength(1)),
    transform: z.optional(z.object({ scale: position, translate: position })),
    objects: z.object({
      prefectures: z.object({
        type: z.literal('GeometryCollection'),
        geometries: z.array(geometry).check(z.length(14, 'Gansu has 14 prefecture-level divisions')),
      }),
    }),
  })
  .check(
    z.superRefine((file, ctx) => {
      const inArcs = arcsProblem(file.arcs);
      const problem: Problem = inArcs
        ? { ...inArcs, path: ['arcs', ...inArcs.path] }
        : file.objects.prefectures.geometries.reduce<Problem>(
            (found, g, i) =>
              found ??
              arcReferenceProblem(g.arcs, file.arcs.length, g.type === 'Polygon' ? 1 : 2, [
                'objects',
                'prefectures',
                'geometries',
                i,
                'arcs',
              ]),
            null,
          );
      if (problem) ctx.issues.push({ code: 'custom', input: file, path: problem.path, message: problem.message });
    }),
  );
export type BoundariesFile = z.infer<typeof boundariesFileSchema>;
