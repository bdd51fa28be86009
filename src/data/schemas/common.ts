import { z } from 'zod/mini';

/** Where a figure comes from in the report: a table (表2, 附表4), a section (§1.2.3) or a case (案例09). */
export const sourceSchema = z
  .string()
  .check(z.regex(/^(附?表\s?\d+|§\d|案例\d|图\d)/, 'must name a report table, section or case'));

export const schoolIdSchema = z.string().check(z.regex(/^[a-z][a-z-]*$/, 'must be a kebab-case id'));
export const prefectureIdSchema = z.string().check(z.regex(/^[a-z]+$/, 'must be a lower-case id'));
