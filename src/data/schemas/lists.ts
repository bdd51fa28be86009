import { z } from 'zod/mini';
import { CJK, prefectureIdSchema, schoolIdSchema, sourceSchema, translationSchema } from './common';

const text = z.string().check(z.minLength(1));

export const listRowSchema = z
  .object({
    seq: z.nullable(z.string()),
    // Cell text exactly as printed; rendered as text, never as markup.
    cells: z.record(z.string(), z.string()),
    // The dashboard's English for every cell with Chinese in it, under the same key.
    cellsEn: z.optional(z.record(z.string(), z.string().check(z.minLength(1)))),
    schoolIds: z.array(schoolIdSchema),
    prefectureId: z.optional(prefectureIdSchema),
    nameAsPrinted: z.optional(z.record(z.string(), text)),
    source: z.optional(sourceSchema),
    group: z.optional(text),
    groupEn: z.optional(text),
    // How many entries the printed row holds where it is more than one (表5 row 25 prints two titles).
    entryCount: z.optional(z.int().check(z.gte(2))),
  })
  .check(
    z.superRefine((row, ctx) => {
      for (const [key, text] of Object.entries(row.cells)) {
        if (CJK.test(text) && !row.cellsEn?.[key])
          ctx.addIssue({
            code: 'custom',
            message: `English is required for the Chinese cell ${key}`,
            path: ['cellsEn', key],
            input: row,
          });
      }
      if (row.group !== undefined && !row.groupEn)
        ctx.addIssue({
          code: 'custom',
          message: 'groupEn is required where group is given',
          path: ['groupEn'],
          input: row,
        });
    }),
  );

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
  // Last, so that a broken file reports its real problem first.
  translation: translationSchema,
});
export type ReportList = z.infer<typeof listsFileSchema>['lists'][number];
export type ListRow = z.infer<typeof listRowSchema>;
