import { z } from 'zod/mini';
import { prefectureIdSchema } from './common';

const position = z.tuple([z.number(), z.number()]);

/** The TopoJSON file written by scripts/build-boundaries.mjs; validated loosely, then decoded. */
export const boundariesFileSchema = z.object({
  type: z.literal('Topology'),
  metadata: z.object({
    source: z.string().check(z.minLength(1)),
    licence: z.string().check(z.minLength(1)),
    schematic: z.literal(true),
    noteZh: z.string(),
    noteEn: z.string(),
  }),
  arcs: z.array(z.array(z.array(z.number()))).check(z.minLength(1)),
  transform: z.optional(z.object({ scale: position, translate: position })),
  objects: z.object({
    prefectures: z.object({
      type: z.literal('GeometryCollection'),
      geometries: z
        .array(
          z.object({
            type: z.enum(['Polygon', 'MultiPolygon']),
            id: z.optional(prefectureIdSchema),
            arcs: z.array(z.unknown()),
            properties: z.looseObject({
              id: prefectureIdSchema,
              nameZh: z.string().check(z.minLength(1)),
              labelPoint: position,
            }),
          }),
        )
        .check(z.length(14, 'Gansu has 14 prefecture-level divisions')),
    }),
  }),
});
export type BoundariesFile = z.infer<typeof boundariesFileSchema>;
