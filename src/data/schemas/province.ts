import { z } from 'zod/mini';
import { englishWhereChinese, schoolIdSchema, sourceSchema, translationSchema } from './common';

const text = z.string().check(z.minLength(1));

export const figureSchema = z
  .object({
    id: text,
    group: text,
    labelZh: text,
    labelEn: text,
    value: z.number(),
    unit: text,
    unitEn: text,
    source: sourceSchema,
    base: z.optional(text),
    baseEn: z.optional(text),
    schoolIds: z.optional(z.array(schoolIdSchema)),
    note: z.optional(text),
    noteEn: z.optional(text),
  })
  .check(englishWhereChinese(['base', 'baseEn'], ['note', 'noteEn']));

export const provinceFileSchema = z.object({
  figures: z.array(figureSchema).check(z.minLength(1)),
  basicConditions: z.object({
    source: sourceSchema,
    titleZh: text,
    titleEn: text,
    rows: z
      .array(
        z.object({
          id: text,
          labelZh: text,
          labelEn: text,
          unit: text,
          unitEn: text,
          median2021: z.number(),
          median2022: z.number(),
          median2023: z.number(),
          threshold: z.number(),
        }),
      )
      .check(z.minLength(1)),
  }),
  doubleQualifiedTeachers: z.object({
    source: sourceSchema,
    titleZh: text,
    titleEn: text,
    rows: z
      .array(
        z.object({
          levelZh: text,
          levelEn: text,
          junior: z.number(),
          intermediate: z.number(),
          senior: z.number(),
          total: z.number(),
        }),
      )
      .check(z.minLength(1)),
    total: z.object({ junior: z.number(), intermediate: z.number(), senior: z.number(), total: z.number() }),
  }),
  training: z.object({
    source: sourceSchema,
    titleZh: text,
    titleEn: text,
    projects: z.number(),
    incomeWanYuan: z.number(),
    hours: z.number(),
    groups: z.array(z.object({ id: text, labelZh: text, labelEn: text, persons: z.number() })).check(z.minLength(1)),
    totalPersons: z.number(),
  }),
  // Last, so that a broken file reports its real problem first.
  translation: translationSchema,
});
export type ProvinceFile = z.infer<typeof provinceFileSchema>;
export type Figure = z.infer<typeof figureSchema>;
