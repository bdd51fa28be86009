import { z } from 'zod/mini';
import { prefectureIdSchema, sourceSchema, translationSchema } from './common';

export const prefecturesFileSchema = z.object({
  source: sourceSchema,
  prefectures: z
    .array(
      z.object({
        id: prefectureIdSchema,
        nameZh: z.string().check(z.minLength(1)),
        shortZh: z.string().check(z.minLength(1)),
        nameEn: z.string().check(z.minLength(1)),
        shortEn: z.string().check(z.minLength(1)),
      }),
    )
    .check(z.length(14, 'Gansu has 14 prefecture-level divisions')),
  // Last, so that a broken file reports its real problem first.
  translation: translationSchema,
});
export type Prefecture = z.infer<typeof prefecturesFileSchema>['prefectures'][number];
