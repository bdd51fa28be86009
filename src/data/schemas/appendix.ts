import { z } from 'zod';

const text = z.string().min(1);

export const appendixRowSchema = z.object({
  id: text,
  seq: z.string().nullable(),
  level: z.union([z.literal(0), z.literal(1), z.literal(2)]),
  parentId: text.optional(),
  labelZh: text,
  labelEn: text,
  starred: z.boolean(),
  unit: text,
  // null where the report prints "-".
  value: z.number().nullable(),
  valueText: text,
  surveyCount: z.number().int().positive().optional(),
  surveyMethod: text.optional(),
});

export const appendixFileSchema = z.object({
  tables: z
    .array(
      z.object({
        id: z.string().regex(/^附表[1-6]$/, 'must be 附表1 … 附表6'),
        titleZh: text,
        titleEn: text,
        year: z.number().int(),
        rows: z.array(appendixRowSchema).min(1),
      }),
    )
    .length(6, 'the report has six appendix tables'),
});
export type AppendixFile = z.infer<typeof appendixFileSchema>;
export type AppendixTable = AppendixFile['tables'][number];
export type AppendixRow = z.infer<typeof appendixRowSchema>;
