import { z } from 'zod';
import { prefectureIdSchema, schoolIdSchema, sourceSchema } from './common';

const text = z.string().min(1);

export const listRowSchema = z.object({
  seq: z.string().nullable(),
  // Cell text exactly as printed; rendered as text, never as markup.
  cells: z.record(z.string(), z.string()),
  schoolIds: z.array(schoolIdSchema),
  prefectureId: prefectureIdSchema.optional(),
  nameAsPrinted: z.record(z.string(), text).optional(),
  source: sourceSchema.optional(),
  group: text.optional(),
});

export const listsFileSchema = z.object({
  lists: z
    .array(
      z.object({
        id: text,
        source: sourceSchema,
        titleZh: text,
        titleEn: text,
        columns: z.array(z.object({ key: text, labelZh: text, labelEn: text })).min(1),
        rows: z.array(listRowSchema).min(1),
      }),
    )
    .min(1),
});
export type ReportList = z.infer<typeof listsFileSchema>['lists'][number];
export type ListRow = z.infer<typeof listRowSchema>;
