import { describe, expect, it } from 'vitest';
import type { DataNote } from '@/data/domain';
import { countByKind, visibleNotes } from '@/features/notes/kinds';

const note = (id: string, kind: DataNote['kind']): DataNote => ({
  id,
  kind,
  comparison: 'text-vs-table',
  foundBy: 'reading',
  titleZh: id,
  titleEn: id,
  values: [
    { labelZh: 'a', labelEn: 'a', valueText: '1', source: '表1' },
    { labelZh: 'b', labelEn: 'b', valueText: '2', source: '表2' },
  ],
  explanationZh: '-',
  explanationEn: '-',
  touches: ['figure:x'],
});
const notes = [note('a', 'contradiction'), note('b', 'definitions'), note('c', 'contradiction'), note('d', 'question')];

describe('note kinds', () => {
  it('counts the notes of each kind, zero where there are none', () => {
    expect(countByKind(notes)).toEqual({ contradiction: 2, definitions: 1, question: 1 });
    expect(countByKind([])).toEqual({ contradiction: 0, definitions: 0, question: 0 });
  });
  it('lets through every note or one kind, in order', () => {
    expect(visibleNotes(notes, 'all', null).map((n) => n.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(visibleNotes(notes, 'contradiction', null).map((n) => n.id)).toEqual(['a', 'c']);
  });
  it('keeps the note a mark points at, whatever its kind', () => {
    expect(visibleNotes(notes, 'definitions', 'd').map((n) => n.id)).toEqual(['b', 'd']);
  });
});
