import { z } from 'zod/mini';
import { sourceSchema } from './common';

const text = z.string().check(z.minLength(1));

/**
 * A place where the report contradicts itself. `touches` names what a view marks:
 * "figure:<province figure id>", "appendix:<附表N>/<row id>", "school-metric:<metric>[/<school id>]",
 * "school:<school id>", "list:<list id>", "table:<表N>/<field>", "basic:<表3 row id>".
 */
export const dataNotesFileSchema = z.object({
  notes: z
    .array(
      z.object({
        id: text,
        check: z.optional(text),
        kind: text,
        foundBy: z.enum(['cross-check', 'reading']),
        titleZh: text,
        titleEn: text,
        values: z
          .array(z.object({ labelZh: text, labelEn: text, valueText: text, source: sourceSchema }))
          .check(z.minLength(2, 'a contradiction has at least two sides')),
        explanationZh: text,
        explanationEn: text,
        touches: z
          .array(z.string().check(z.regex(/^(figure|appendix|school-metric|school|list|table|basic):\S+$/)))
          .check(z.minLength(1)),
      }),
    )
    .check(z.minLength(1)),
});
export type DataNote = z.infer<typeof dataNotesFileSchema>['notes'][number];
