import type { DataNote, DataNotes } from '@/data/domain';
import type { Measure } from '@/data/derive/measures';

/**
 * The data-note keys of one figure across the compared schools: each school's own value of every
 * metric it is made of, and (for a metric as printed, not a ratio) the metric as a whole — a note
 * on 表6's totals bears on every standing and median of it.
 */
export function rowNoteKeys(measure: Measure, schoolIds: readonly string[]): string[] {
  const own = measure.parts.flatMap((part) => schoolIds.map((id) => `school-metric:${part}/${id}`));
  return measure.percent ? own : [...own, `school-metric:${measure.id}`];
}

/**
 * The notes that name any of the keys themselves, each once, in the order of data-notes.json. Not
 * DataNotes.byTouch: it files a note on one school's value under the whole metric too, which would
 * mark a compared school's figure with a note about another school.
 */
export function notesFor(keys: readonly string[], notes: DataNotes | undefined): DataNote[] {
  if (!notes) return [];
  const wanted = new Set(keys);
  return notes.notes.filter((n) => n.touches.some((key) => wanted.has(key)));
}
