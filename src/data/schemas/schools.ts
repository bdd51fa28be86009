import { z } from 'zod';
import { prefectureIdSchema, schoolIdSchema, sourceSchema } from './common';

export const schoolsFileSchema = z.object({
  source: sourceSchema,
  schools: z
    .array(
      z.object({
        id: schoolIdSchema,
        seq: z.number().int().positive(),
        nameZh: z.string().min(1),
        nameEn: z.string().min(1),
        shortEn: z.string().min(1),
        otherNames: z.array(z.object({ name: z.string().min(1), kind: z.enum(['former', 'variant']), source: sourceSchema })),
        levelAsPrinted: z.string().min(1),
        tier: z.enum(['undergraduate', 'junior-college']),
        ownership: z.enum(['public', 'private']),
        typeId: z.string().regex(/^[a-z-]+$/),
        typeZh: z.string().min(1),
        typeEn: z.string().min(1),
        locationAsPrinted: z.string().min(1),
        prefectureId: prefectureIdSchema,
        source: sourceSchema,
      }),
    )
    .min(1),
});
export type SchoolsFile = z.infer<typeof schoolsFileSchema>;
export type School = SchoolsFile['schools'][number];
