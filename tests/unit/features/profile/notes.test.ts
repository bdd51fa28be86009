import { describe, expect, it } from 'vitest';
import type { DataNote, DataNotes } from '@/data/domain';
import type { ProfileMeasure } from '@/features/profile/measures';
import type { CaseMention, Mentions } from '@/features/profile/mentions';
import {
  caseNoteKeys,
  figureNoteKeys,
  listNoteKeys,
  notesFor,
  profileNoteKeys,
  schoolNoteKeys,
} from '@/features/profile/notes';
import { dataNotes, notesList } from './fixtures';

function measure(id: string, parts: string[], percent: boolean): ProfileMeasure {
  return {
    id,
    labelZh: id,
    labelEn: id,
    unit: percent ? '%' : '人',
    unitEn: percent ? '%' : 'students',
    source: '表2',
    percent,
    parts,
    values: {},
  };
}

const students = () => measure('students', ['students'], false);
const admissionRatio = () => measure('admission-ratio', ['admissions', 'students'], true);

/** A note touching these keys, the rest as the fixtures' notes are. */
const note = (id: string, touches: string[]): DataNote => ({ ...notesList[0]!, id, touches });

/** Notes with an empty byTouch: notesFor must read the notes' own keys. */
const notesOf = (list: DataNote[]): DataNotes => ({ notes: list, byTouch: new Map() });

const caseMention = (id: string, number: number): CaseMention => ({
  id,
  number,
  title: { zh: id, en: `Case ${number}` },
  section: '§2.3',
});

function mentions(cases: CaseMention[]): Mentions {
  return { status: [], lists: [], recognitions: [], cases };
}

describe('the keys of notes', () => {
  it('keys a figure as printed by the school’s own value and by the metric as a whole', () => {
    expect(figureNoteKeys('c2', students())).toEqual(['school-metric:students/c2', 'school-metric:students']);
  });

  it('keys a ratio by the school’s own value of each part, not by any metric as a whole', () => {
    expect(figureNoteKeys('c2', admissionRatio())).toEqual([
      'school-metric:admissions/c2',
      'school-metric:students/c2',
    ]);
  });

  it('keys a school, a list and a case', () => {
    expect(schoolNoteKeys('p1')).toEqual(['school:p1']);
    expect(listNoteKeys('civilised-campuses')).toEqual(['list:civilised-campuses']);
    expect(caseNoteKeys('案例03')).toEqual(['case:案例03']);
  });

  it('gathers the keys of the school, then of each figure, then of each case, in order', () => {
    const keys = profileNoteKeys(
      'p1',
      [students(), admissionRatio()],
      mentions([caseMention('案例03', 3), caseMention('案例09', 9)]),
    );
    expect(keys).toEqual([
      'school:p1',
      'school-metric:students/p1',
      'school-metric:students',
      'school-metric:admissions/p1',
      'school-metric:students/p1',
      'case:案例03',
      'case:案例09',
    ]);
  });

  it('has only the school’s own key where there are no figures and no cases', () => {
    expect(profileNoteKeys('m1', [], mentions([]))).toEqual(['school:m1']);
  });
});

describe('notesFor', () => {
  it('has no notes where data-notes.json has not loaded', () => {
    expect(notesFor(['school:p1'], undefined)).toEqual([]);
  });

  it('has no notes for no keys', () => {
    expect(notesFor([], notesOf([note('a', ['school:p1'])]))).toEqual([]);
  });

  it('finds the notes touching any of the keys, each once, in the order of the notes', () => {
    const list = [
      note('first', ['case:案例03']),
      note('other', ['school:c1']),
      note('both', ['school:p1', 'case:案例03']),
      note('last', ['list:civilised-campuses', 'school:p1']),
    ];
    const found = notesFor(['school:p1', 'case:案例03'], notesOf(list));
    expect(found.map((n) => n.id)).toEqual(['first', 'both', 'last']);
    expect(found[0]).toBe(list[0]);
  });

  it('finds nothing where no note touches a key', () => {
    expect(notesFor(['school:m1'], notesOf([note('a', ['school:p1']), note('b', ['school:c1'])]))).toEqual([]);
  });

  it('does not take one school’s note on a figure for the metric as a whole', () => {
    const keys = figureNoteKeys('c2', students());
    expect(notesFor(keys, dataNotes()).map((n) => n.id)).toEqual([]);
    expect(notesFor(figureNoteKeys('c1', students()), dataNotes()).map((n) => n.id)).toEqual(['c1-students']);
  });
});
