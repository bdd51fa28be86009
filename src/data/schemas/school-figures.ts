import { z } from 'zod/mini';
import { sourceSchema, translationSchema } from './common';

export const schoolFiguresFileSchema = z.object({
  metrics: z
    .array(
      z.object({
        id: z.string().check(z.minLength(1)),
        labelZh: z.string().check(z.minLength(1)),
        labelEn: z.string().check(z.minLength(1)),
        unit: z.string().check(z.minLength(1)),
        unitEn: z.string().check(z.minLength(1)),
        source: sourceSchema,
        // null: the report has no row for the school (not reported), which is not the same as 0.
        values: z.record(z.string(), z.nullable(z.number().check(z.nonnegative()))),
        statedTotal: z.optional(z.object({ value: z.number(), source: sourceSchema })),
      }),
    )
    .check(z.minLength(1)),
  // Last, so that a broken file reports its real problem first.
  translation: translationSchema,
});
export type SchoolMetric = z.infer<typeof schoolFiguresFileSchema>['metrics'][number];
