import { z } from 'zod/mini';
import { sourceSchema, translationSchema } from './common';

const text = z.string().check(z.minLength(1));

/**
 * The report's terms a reader must know. The definitions, in both languages, are the dashboard's
 * own words (`definitions: "dashboard"`), not quotations; `sections` are the places of the report
 * that use the term, cited like every source; `wordings` are the forms the report prints where they
 * differ from `termZh` (双师素质 for 双师型教师). tests/unit/data/glossary.test.ts checks every
 * section against the report text.
 */
export const glossaryTermSchema = z.object({
  id: z.string().check(z.regex(/^[a-z][a-z0-9-]*$/, 'must be a kebab-case id')),
  termZh: text,
  termEn: text,
  definitionZh: text,
  definitionEn: text,
  sections: z.array(sourceSchema).check(z.minLength(1, 'a term names at least one section that uses it')),
  wordings: z.optional(z.array(text)),
});

export const glossaryFileSchema = z.object({
  terms: z
    .array(glossaryTermSchema)
    .check(z.minLength(1))
    .check(z.refine((terms) => new Set(terms.map((t) => t.id)).size === terms.length, 'term ids must be unique')),
  definitions: z.literal('dashboard'),
  // Last, so that a broken file reports its real problem first.
  translation: translationSchema,
});
export type GlossaryFile = z.infer<typeof glossaryFileSchema>;
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
