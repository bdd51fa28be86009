import { z } from 'zod';
import { sourceSchema } from './common';

export const schoolFiguresFileSchema = z.object({
  metrics: z
    .array(
      z.object({
        id: z.string().min(1),
        labelZh: z.string().min(1),
        labelEn: z.string().min(1),
        unit: z.string().min(1),
        unitEn: z.string().min(1),
        source: sourceSchema,
        // null: the report has no row for the school (not reported), which is not the same as 0.
        values: z.record(z.string(), z.number().nonnegative().nullable()),
        statedTotal: z.object({ value: z.number(), source: sourceSchema }).optional(),
      }),
    )
    .min(1),
});
export type SchoolMetric = z.infer<typeof schoolFiguresFileSchema>['metrics'][number];
