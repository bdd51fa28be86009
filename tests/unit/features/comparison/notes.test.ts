import { describe, expect, it } from 'vitest';
import { dataNote as note } from '../../fixtures';
import { indexNotes, type DataNote } from '@/data/domain';
import type { Measure } from '@/data/derive/measures';
import { notesFor, rowNoteKeys } from '@/features/comparison/notes';

function measure(overrides: Partial<Measure> = {}): Measure {
  return {
    id: 'students',
    labelZh: '在校生人数',
    labelEn: 'Enrolled students',
    unit: '人',
    unitEn: 'students',
    source: '表2',
    percent: false,
    parts: ['students'],
    values: {},
    ...overrides,
  };
}

function ratio(): Measure {
  return measure({
    id: 'admission-ratio',
    unit: '%',
    unitEn: '%',
    percent: true,
    parts: ['admissions', 'students'],
  });
}

/** In the order of data-notes.json. */
function notesList(): DataNote[] {
  return [
    note('c2-students', ['school-metric:students/c2']),
    note('students-total', ['school-metric:students']),
    note('p1-students-and-name', ['school:p1', 'school-metric:students/p1']),
    note('p1-admissions', ['school-metric:admissions/p1']),
    note('p1-both', ['school-metric:students/p1', 'school-metric:admissions/p1']),
    note('p1-name', ['school:p1']),
  ];
}

const ids = (notes: DataNote[]) => notes.map((n) => n.id);

describe('rowNoteKeys', () => {
  it('gives each school’s value of a printed metric, then the metric as a whole', () => {
    expect(rowNoteKeys(measure(), ['p1', 'c1'])).toEqual([
      'school-metric:students/p1',
      'school-metric:students/c1',
      'school-metric:students',
    ]);
  });

  it('gives each school’s value of every part of a ratio, and no whole: a ratio has no total', () => {
    expect(rowNoteKeys(ratio(), ['p1', 'c1'])).toEqual([
      'school-metric:admissions/p1',
      'school-metric:admissions/c1',
      'school-metric:students/p1',
      'school-metric:students/c1',
    ]);
  });

  it('gives only the whole metric where no school is compared', () => {
    expect(rowNoteKeys(measure(), [])).toEqual(['school-metric:students']);
    expect(rowNoteKeys(ratio(), [])).toEqual([]);
  });
});

describe('notesFor', () => {
  it('finds nothing without notes', () => {
    expect(notesFor(['school-metric:students/p1'], undefined)).toEqual([]);
  });

  it('finds the notes that name a key, each once, in the file’s order', () => {
    const found = notesFor(['school-metric:students/p1', 'school-metric:admissions/p1'], indexNotes(notesList()));
    expect(ids(found)).toEqual(['p1-students-and-name', 'p1-admissions', 'p1-both']);
  });

  it('keeps a note on the whole metric for a printed metric’s row', () => {
    const keys = rowNoteKeys(measure(), ['p1']);
    expect(ids(notesFor(keys, indexNotes(notesList())))).toEqual(['students-total', 'p1-students-and-name', 'p1-both']);
  });

  it('does not mark a school’s figure with a note about another school of the same metric', () => {
    const found = notesFor(['school-metric:students'], indexNotes(notesList()));
    expect(ids(found)).toEqual(['students-total']);
    expect(ids(notesFor(['school-metric:students/c1'], indexNotes(notesList())))).toEqual([]);
  });

  it('finds nothing for no keys', () => {
    expect(notesFor([], indexNotes(notesList()))).toEqual([]);
  });

  it('gives the notes themselves', () => {
    const list = notesList();
    const found = notesFor(['school-metric:students/c2'], indexNotes(list));
    expect(found).toEqual([list[0]]);
    expect(found[0]?.titleZh).toBe('c2-students：正文与表不一致');
  });
});
