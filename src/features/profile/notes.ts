import type { DataNote, DataNotes } from '@/data/domain';
import type { ProfileMeasure } from './measures';
import type { Mentions } from './mentions';

/**
 * The data-note keys of one figure of one school: the school's own value of each metric it is made
 * of, and (for a metric as printed, not a ratio) the metric as a whole — a note on 表6's totals
 * bears on every school's row of it.
 */
export function figureNoteKeys(schoolId: string, measure: ProfileMeasure): string[] {
  const own = measure.parts.map((part) => `school-metric:${part}/${schoolId}`);
  return measure.percent ? own : [...own, `school-metric:${measure.id}`];
}

export const schoolNoteKeys = (schoolId: string) => [`school:${schoolId}`];
export const listNoteKeys = (listId: string) => [`list:${listId}`];
export const caseNoteKeys = (caseId: string) => [`case:${caseId}`];

/**
 * The notes that name any of the keys themselves, each once, in the order of data-notes.json. Not
 * DataNotes.byTouch: it files a note on one school's value under the whole metric too, which would
 * mark every school's row with a note about another school.
 */
export function notesFor(keys: readonly string[], notes: DataNotes | undefined): DataNote[] {
  if (!notes) return [];
  const wanted = new Set(keys);
  return notes.notes.filter((n) => n.touches.some((key) => wanted.has(key)));
}

/**
 * The notes a profile lists: those on the school itself, on its figures (its own values and the
 * metrics as a whole) and on the cases about it. A note on a list as a whole (another school's
 * name in 表12, the count of 表15) is marked beside that list, not listed as the school's.
 */
export function profileNoteKeys(schoolId: string, measures: readonly ProfileMeasure[], mentions: Mentions): string[] {
  return [
    ...schoolNoteKeys(schoolId),
    ...measures.flatMap((m) => figureNoteKeys(schoolId, m)),
    ...mentions.cases.flatMap((c) => caseNoteKeys(c.id)),
  ];
}
