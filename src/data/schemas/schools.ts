import { z } from 'zod/mini';
import { OWNERSHIPS, SCHOOL_TYPE_IDS, TIERS } from '@/state/vocabulary';
import { englishWhereChinese, prefectureIdSchema, schoolIdSchema, sourceSchema, translationSchema } from './common';

export const schoolsFileSchema = z.object({
  source: sourceSchema,
  schools: z
    .array(
      z
        .object({
          id: schoolIdSchema,
          seq: z.int().check(z.positive()),
          nameZh: z.string().check(z.minLength(1)),
          nameEn: z.string().check(z.minLength(1)),
          shortEn: z.string().check(z.minLength(1)),
          otherNames: z.array(
            z
              .object({
                name: z.string().check(z.minLength(1)),
                nameEn: z.optional(z.string()),
                kind: z.enum(['former', 'variant']),
                source: sourceSchema,
              })
              .check(englishWhereChinese(['name', 'nameEn'])),
          ),
          levelAsPrinted: z.string().check(z.minLength(1)),
          levelAsPrintedEn: z.optional(z.string()),
          tier: z.enum(TIERS),
          ownership: z.enum(OWNERSHIPS),
          typeId: z.enum(SCHOOL_TYPE_IDS),
          typeZh: z.string().check(z.minLength(1)),
          typeEn: z.string().check(z.minLength(1)),
          locationAsPrinted: z.string().check(z.minLength(1)),
          locationAsPrintedEn: z.optional(z.string()),
          prefectureId: prefectureIdSchema,
          source: sourceSchema,
        })
        .check(
          englishWhereChinese(['levelAsPrinted', 'levelAsPrintedEn'], ['locationAsPrinted', 'locationAsPrintedEn']),
        ),
    )
    .check(z.minLength(1)),
  // Last, so that a broken file reports its real problem first.
  translation: translationSchema,
});
export type SchoolsFile = z.infer<typeof schoolsFileSchema>;
export type School = SchoolsFile['schools'][number];
