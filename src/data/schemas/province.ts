import { z } from 'zod';
import { schoolIdSchema, sourceSchema } from './common';

const text = z.string().min(1);

export const figureSchema = z.object({
  id: text,
  group: text,
  labelZh: text,
  labelEn: text,
  value: z.number(),
  unit: text,
  unitEn: text,
  source: sourceSchema,
  base: text.optional(),
  baseEn: text.optional(),
  schoolIds: z.array(schoolIdSchema).optional(),
  note: text.optional(),
});

export const provinceFileSchema = z.object({
  figures: z.array(figureSchema).min(1),
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
      .min(1),
  }),
  doubleQualifiedTeachers: z.object({
    source: sourceSchema,
    titleZh: text,
    titleEn: text,
    rows: z.array(z.object({ levelZh: text, levelEn: text, junior: z.number(), intermediate: z.number(), senior: z.number(), total: z.number() })).min(1),
    total: z.object({ junior: z.number(), intermediate: z.number(), senior: z.number(), total: z.number() }),
  }),
  training: z.object({
    source: sourceSchema,
    titleZh: text,
    titleEn: text,
    projects: z.number(),
    incomeWanYuan: z.number(),
    hours: z.number(),
    groups: z.array(z.object({ id: text, labelZh: text, labelEn: text, persons: z.number() })).min(1),
    totalPersons: z.number(),
  }),
});
export type ProvinceFile = z.infer<typeof provinceFileSchema>;
export type Figure = z.infer<typeof figureSchema>;
