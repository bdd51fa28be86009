import { z } from 'zod/mini';
import { prefectureIdSchema, schoolIdSchema, sourceSchema } from './common';

export const schoolsFileSchema = z.object({
  source: sourceSchema,
  schools: z
    .array(
      z.object({
        id: schoolIdSchema,
        seq: z.int().check(z.positive()),
        nameZh: z.string().check(z.minLength(1)),
        nameEn: z.string().check(z.minLength(1)),
        shortEn: z.string().check(z.minLength(1)),
        otherNames: z.array(
          z.object({
            name: z.string().check(z.minLength(1)),
            kind: z.enum(['former', 'variant']),
            source: sourceSchema,
          }),
        ),
        levelAsPrinted: z.string().check(z.minLength(1)),
        tier: z.enum(['undergraduate', 'junior-college']),
        ownership: z.enum(['public', 'private']),
        typeId: z.string().check(z.regex(/^[a-z-]+$/)),
        typeZh: z.string().check(z.minLength(1)),
        typeEn: z.string().check(z.minLength(1)),
        locationAsPrinted: z.string().check(z.minLength(1)),
        prefectureId: prefectureIdSchema,
        source: sourceSchema,
      }),
    )
    .check(z.minLength(1)),
});
export type SchoolsFile = z.infer<typeof schoolsFileSchema>;
export type School = SchoolsFile['schools'][number];
