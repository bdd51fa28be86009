import { z } from 'zod';
import { prefectureIdSchema } from './common';

const position = z.tuple([z.number(), z.number()]);

/** The TopoJSON file written by scripts/build-boundaries.mjs; validated loosely, then decoded. */
export const boundariesFileSchema = z.object({
  type: z.literal('Topology'),
  metadata: z.object({ source: z.string().min(1), licence: z.string().min(1), schematic: z.literal(true), noteZh: z.string(), noteEn: z.string() }),
  arcs: z.array(z.array(z.array(z.number()))).min(1),
  transform: z.object({ scale: position, translate: position }).optional(),
  objects: z.object({
    prefectures: z.object({
      type: z.literal('GeometryCollection'),
      geometries: z
        .array(
          z.object({
            type: z.enum(['Polygon', 'MultiPolygon']),
            id: prefectureIdSchema.optional(),
            arcs: z.array(z.unknown()),
            properties: z.object({ id: prefectureIdSchema, nameZh: z.string().min(1), labelPoint: position }).passthrough(),
          }),
        )
        .length(14, 'Gansu has 14 prefecture-level divisions'),
    }),
  }),
});
export type BoundariesFile = z.infer<typeof boundariesFileSchema>;
