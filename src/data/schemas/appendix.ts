import { z } from 'zod/mini';

const text = z.string().check(z.minLength(1));

export const appendixRowSchema = z.object({
  id: text,
  seq: z.nullable(z.string()),
  level: z.union([z.literal(0), z.literal(1), z.literal(2)]),
  parentId: z.optional(text),
  labelZh: text,
  labelEn: text,
  starred: z.boolean(),
  unit: text,
  // null where the report prints "-".
  value: z.nullable(z.number()),
  valueText: text,
  surveyCount: z.optional(z.int().check(z.positive())),
  surveyMethod: z.optional(text),
});

export const appendixFileSchema = z.object({
  tables: z
    .array(
      z.object({
        id: z.string().check(z.regex(/^附表[1-6]$/, 'must be 附表1 … 附表6')),
        titleZh: text,
        titleEn: text,
        year: z.int(),
        rows: z.array(appendixRowSchema).check(z.minLength(1)),
      }),
    )
    .check(z.length(6, 'the report has six appendix tables')),
});
export type AppendixFile = z.infer<typeof appendixFileSchema>;
export type AppendixTable = AppendixFile['tables'][number];
export type AppendixRow = z.infer<typeof appendixRowSchema>;
