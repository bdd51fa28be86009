import type { DataNote } from '@/data/domain';
import { NOTE_KINDS, type NoteKind } from '@/data/schemas/data-notes';

export { NOTE_KINDS, type NoteKind };

/** What the panel shows: every note, or the notes of one kind. */
export type KindFilter = NoteKind | 'all';

export function countByKind(notes: readonly DataNote[]): Record<NoteKind, number> {
  const counts: Record<NoteKind, number> = { contradiction: 0, definitions: 0, question: 0 };
  for (const note of notes) counts[note.kind] += 1;
  return counts;
}

/**
 * The notes the filter lets through, in the data's order. The note the address points at
 * (#data-note-<id>, followed from a ※ mark) is always shown, so a mark never leads nowhere.
 */
export function visibleNotes(notes: readonly DataNote[], filter: KindFilter, targetId: string | null): DataNote[] {
  return notes.filter((n) => filter === 'all' || n.kind === filter || n.id === targetId);
}
