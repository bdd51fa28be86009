import { z } from 'zod';
import { schoolIdSchema } from './common';

const text = z.string().min(1);

export const casesFileSchema = z.object({
  cases: z
    .array(
      z.object({
        id: z.string().regex(/^案例\d{2}$/, 'must be 案例01 … 案例22'),
        number: z.number().int().positive(),
        titleZh: text,
        titleIndexZh: text.optional(),
        titleEn: text,
        section: z.string().regex(/^§\d/),
        schoolIds: z.array(schoolIdSchema),
        partnersZh: z.array(text).optional(),
        figures: z.array(z.object({ labelZh: text, labelEn: text, value: z.number(), unit: text, note: text.optional() })),
        summaryZh: text,
        summaryEn: text,
      }),
    )
    .length(22, 'the report has 22 cases'),
});
export type ReportCase = z.infer<typeof casesFileSchema>['cases'][number];
