import { z } from 'zod/mini';
import { prefectureIdSchema, schoolIdSchema, sourceSchema } from './common';

const text = z.string().check(z.minLength(1));

export const listRowSchema = z.object({
  seq: z.nullable(z.string()),
  // Cell text exactly as printed; rendered as text, never as markup.
  cells: z.record(z.string(), z.string()),
  schoolIds: z.array(schoolIdSchema),
  prefectureId: z.optional(prefectureIdSchema),
  nameAsPrinted: z.optional(z.record(z.string(), text)),
  source: z.optional(sourceSchema),
  group: z.optional(text),
  // How many entries the printed row holds where it is more than one (表5 row 25 prints two titles).
  entryCount: z.optional(z.int().check(z.gte(2))),
});

export const listsFileSchema = z.object({
  lists: z
    .array(
      z.object({
        id: text,
        source: sourceSchema,
        titleZh: text,
        titleEn: text,
        columns: z.array(z.object({ key: text, labelZh: text, labelEn: text })).check(z.minLength(1)),
        rows: z.array(listRowSchema).check(z.minLength(1)),
      }),
    )
    .check(z.minLength(1)),
});
export type ReportList = z.infer<typeof listsFileSchema>['lists'][number];
export type ListRow = z.infer<typeof listRowSchema>;
