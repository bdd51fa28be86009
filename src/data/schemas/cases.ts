import { z } from 'zod/mini';
import { englishWhereChinese, schoolIdSchema, translationSchema } from './common';

const text = z.string().check(z.minLength(1));

export const casesFileSchema = z.object({
  cases: z
    .array(
      z
        .object({
          id: z.string().check(z.regex(/^案例\d{2}$/, 'must be 案例01 … 案例22')),
          number: z.int().check(z.positive()),
          titleZh: text,
          titleIndexZh: z.optional(text),
          titleIndexEn: z.optional(text),
          titleEn: text,
          section: z.string().check(z.regex(/^§\d/)),
          schoolIds: z.array(schoolIdSchema),
          partnersZh: z.optional(z.array(text)),
          partnersEn: z.optional(z.array(text)),
          figures: z.array(
            z
              .object({
                labelZh: text,
                labelEn: text,
                value: z.number(),
                unit: text,
                unitEn: z.optional(text),
                note: z.optional(text),
                noteEn: z.optional(text),
              })
              .check(englishWhereChinese(['unit', 'unitEn'], ['note', 'noteEn'])),
          ),
          summaryZh: text,
          summaryEn: text,
        })
        .check(englishWhereChinese(['titleIndexZh', 'titleIndexEn'], ['partnersZh', 'partnersEn'])),
    )
    .check(z.length(22, 'the report has 22 cases')),
  // Last, so that a broken file reports its real problem first.
  translation: translationSchema,
});
export type ReportCase = z.infer<typeof casesFileSchema>['cases'][number];
