import { z } from 'zod/mini';
import { englishWhereChinese, translationSchema } from './common';

const text = z.string().check(z.minLength(1));

/**
 * One printed row of 附表1–附表6. How rows nest, as the report prints them:
 * - `seq` is the printed 序号; rows printed without one have null.
 * - `level` 0 is an indicator of its own (numbered, or printed under a number without 其中);
 *   1 and 2 are 其中 parts of `parentId` (a row one level up).
 * - `secondUnitOf`: the report prints this row with a blank label, as the indicator of that row
 *   counted in a second unit (门 and 学时); it shares that row's level and parent, and its star.
 * - `starred`: the report prints a * after the label (a core indicator).
 * tests/unit/data/appendix-structure.test.ts pins every row against the report text.
 */
export const appendixRowSchema = z
  .object({
    id: text,
    seq: z.nullable(z.string()),
    level: z.union([z.literal(0), z.literal(1), z.literal(2)]),
    parentId: z.optional(text),
    secondUnitOf: z.optional(text),
    labelZh: text,
    labelEn: text,
    starred: z.boolean(),
    unit: text,
    unitEn: z.optional(text),
    // null where the report prints "-".
    value: z.nullable(z.number()),
    valueText: text,
    surveyCount: z.optional(z.int().check(z.positive())),
    surveyMethod: z.optional(text),
    surveyMethodEn: z.optional(text),
  })
  .check(englishWhereChinese(['unit', 'unitEn'], ['surveyMethod', 'surveyMethodEn']))
  .check(
    z.refine((row) => (row.level === 0) === (row.parentId === undefined), {
      message: 'a level-0 row has no parentId, a sub-item (level 1 or 2) has one',
    }),
  );

const rowsSchema = z
  .array(appendixRowSchema)
  .check(z.minLength(1))
  .check(
    z.refine(
      (rows) => {
        const byId = new Map(rows.map((r) => [r.id, r]));
        return rows.every((r) => {
          const parent = r.parentId === undefined ? undefined : byId.get(r.parentId);
          const parentOk = r.parentId === undefined || parent?.level === r.level - 1;
          const first = r.secondUnitOf === undefined ? undefined : byId.get(r.secondUnitOf);
          const unitOk = r.secondUnitOf === undefined || (first?.level === r.level && first.parentId === r.parentId);
          return parentOk && unitOk;
        });
      },
      { message: 'parentId must name a row one level up; secondUnitOf a row at the same place' },
    ),
  );

export const appendixFileSchema = z.object({
  tables: z
    .array(
      z.object({
        id: z.string().check(z.regex(/^附表[1-6]$/, 'must be 附表1 … 附表6')),
        titleZh: text,
        titleEn: text,
        year: z.int(),
        rows: rowsSchema,
      }),
    )
    .check(z.length(6, 'the report has six appendix tables')),
  // Last, so that a broken file reports its real problem first.
  translation: translationSchema,
});
export type AppendixFile = z.infer<typeof appendixFileSchema>;
export type AppendixTable = AppendixFile['tables'][number];
export type AppendixRow = z.infer<typeof appendixRowSchema>;
