import { z } from 'zod/mini';
import { PREFECTURE_IDS } from '@/state/vocabulary';

/** Where a figure comes from in the report: a table (表2, 附表4), a section (§1.2.3) or a case (案例09). */
export const sourceSchema = z
  .string()
  .check(z.regex(/^(附?表\s?\d+|§\d|案例\d|图\d)/, 'must name a report table, section or case'));

export const schoolIdSchema = z.string().check(z.regex(/^[a-z][a-z-]*$/, 'must be a kebab-case id'));
/** The 14 prefecture-level divisions: the same list the URL accepts. */
export const prefectureIdSchema = z.enum(PREFECTURE_IDS);

/**
 * Chinese characters (CJK unified ideographs) or full-width punctuation (1、2、4): a string with
 * any needs English where a view shows it.
 */
export const CJK = /[\u3400-\u9fff\u3000-\u303f\uff01-\uff5e]/;

/**
 * Every dataset states, once for the file, whose English it carries. The report is printed in
 * Chinese only, so every *En field (and cellsEn, partnersEn …) is the dashboard's own translation,
 * never the report's words: `"translation": { "en": "dashboard" }`. Views may say so, and keep the
 * Chinese original one hover away.
 */
export const translationSchema = z.object({ en: z.literal('dashboard') });

/**
 * Where a record's Chinese field has Chinese characters in it, the English field must be there too:
 * pairs of [Chinese field, English field]; an array needs an English entry for each Chinese one. The English fields are
 * typed optional, so that hand-written test fixtures need not carry them; this check requires them
 * in the data.
 */
export function englishWhereChinese<T extends object>(...pairs: [string, string][]) {
  return z.superRefine<T>((record, ctx) => {
    const fields = record as Record<string, unknown>;
    for (const [zh, en] of pairs) {
      const chinese = fields[zh];
      const english = fields[en];
      // A value without Chinese characters ("%", "5 / 5") reads the same in English.
      const needs = Array.isArray(chinese)
        ? chinese.some((c) => typeof c === 'string' && CJK.test(c))
        : typeof chinese === 'string' && CJK.test(chinese);
      if (!needs) continue;
      const ok = Array.isArray(chinese)
        ? Array.isArray(english) && english.length === chinese.length && english.every((e) => e !== '')
        : typeof english === 'string' && english !== '';
      if (!ok)
        ctx.addIssue({ code: 'custom', message: `${en} is required where ${zh} is given`, path: [en], input: record });
    }
  });
}
