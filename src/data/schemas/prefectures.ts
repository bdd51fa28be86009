import { z } from 'zod';
import { prefectureIdSchema, sourceSchema } from './common';

export const prefecturesFileSchema = z.object({
  source: sourceSchema,
  prefectures: z
    .array(
      z.object({
        id: prefectureIdSchema,
        nameZh: z.string().min(1),
        shortZh: z.string().min(1),
        nameEn: z.string().min(1),
        shortEn: z.string().min(1),
      }),
    )
    .length(14, 'Gansu has 14 prefecture-level divisions'),
});
export type Prefecture = z.infer<typeof prefecturesFileSchema>['prefectures'][number];
