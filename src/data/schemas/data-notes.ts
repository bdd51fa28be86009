import { z } from 'zod/mini';
import { englishWhereChinese, sourceSchema, translationSchema } from './common';

const text = z.string().check(z.minLength(1));

/**
 * What a note says about the report:
 * - `contradiction`: two statements of the same thing that cannot both hold;
 * - `definitions` (口径不同): the values differ because they count different things, and the
 *   report's own wording shows it (a median against a mean, a year against a running total, a
 *   wider population);
 * - `question`: something that does not add up but may have an explanation the report does not give.
 */
export const NOTE_KINDS = ['contradiction', 'definitions', 'question'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

/** What the note sets against what: the shape of the comparison, for readers and for the checks. */
export const NOTE_COMPARISONS = [
  'text-vs-table',
  'text-vs-appendix',
  'table-vs-appendix',
  'table-vs-table',
  'text-vs-text',
  'parts-vs-total',
  'arithmetic',
  'count',
  'name',
  'table',
  'figure-reference',
] as const;

/**
 * A place where the report contradicts itself, counts two things under one name, or leaves a
 * question. `touches` names what a view marks: "figure:<province figure id>",
 * "appendix:<附表N>/<row id>", "school-metric:<metric>[/<school id>]", "school:<school id>",
 * "list:<list id>", "table:<表N>/<field>", "basic:<表3 row id>", "report-figure:<图N>",
 * "case:<案例NN>".
 */
export const dataNotesFileSchema = z.object({
  notes: z
    .array(
      z.object({
        id: text,
        check: z.optional(text),
        kind: z.enum(NOTE_KINDS),
        comparison: z.enum(NOTE_COMPARISONS),
        foundBy: z.enum(['cross-check', 'reading']),
        titleZh: text,
        titleEn: text,
        values: z
          .array(
            z
              .object({
                labelZh: text,
                labelEn: text,
                valueText: text,
                valueTextEn: z.optional(text),
                source: sourceSchema,
              })
              .check(englishWhereChinese(['valueText', 'valueTextEn'])),
          )
          .check(z.minLength(2, 'a note sets at least two statements side by side')),
        explanationZh: text,
        explanationEn: text,
        touches: z
          .array(
            z
              .string()
              .check(z.regex(/^(figure|appendix|school-metric|school|list|table|basic|report-figure|case):\S+$/)),
          )
          .check(z.minLength(1)),
      }),
    )
    .check(z.minLength(1)),
  // Last, so that a broken file reports its real problem first.
  translation: translationSchema,
});
export type DataNote = z.infer<typeof dataNotesFileSchema>['notes'][number];
