import { describe, expect, it } from 'vitest';
import { mentionsOf } from '@/features/profile/mentions';
import { profileMeasures } from '@/features/profile/measures';
import { figureNoteKeys, listNoteKeys, notesFor, profileNoteKeys } from '@/features/profile/notes';
import { cases, dataNotes, figures, lists, province } from './fixtures';

const p1 = province[0]!;
const c1 = province[2]!;

describe('what the report says of a school', () => {
  it('puts what §1.1 names it apart from the other recognitions, quoting the report', () => {
    const m = mentionsOf(p1, lists, cases);
    expect(m.status.map((s) => s.title.zh)).toEqual(['高水平专业群建设单位']);
    expect(m.recognitions).toEqual([
      {
        key: '§4.1-1',
        source: '§4.1',
        title: { zh: '校园文化品牌', en: 'Campus culture brand' },
        quote: { zh: 'p1学院的“胡杨文化”', en: 'p1 College’s “Desert Poplar Culture”' },
      },
    ]);
  });

  it('lists its entries without the cell that only repeats its own name, former names included', () => {
    const m = mentionsOf(p1, lists, cases);
    expect(m.lists).toHaveLength(1);
    expect(m.lists[0]).toMatchObject({ listId: 'civilised-campuses', source: '表12' });
    expect(m.lists[0]?.entries).toEqual([
      { key: 'civilised-campuses-1-0', seq: '1', text: { zh: '全国文明校园', en: 'National civilised campus' } },
    ]);
  });

  it('finds the cases that name it, and nothing of another school', () => {
    expect(mentionsOf(p1, lists, cases).cases.map((c) => c.id)).toEqual(['案例03']);
    expect(mentionsOf(c1, lists, cases).cases.map((c) => c.id)).toEqual(['案例09']);
    expect(mentionsOf(province[7]!, lists, cases)).toEqual({ status: [], lists: [], recognitions: [], cases: [] });
  });

  it('has nothing from a dataset that failed to load, and still the rest', () => {
    const m = mentionsOf(p1, undefined, cases);
    expect(m.lists).toEqual([]);
    expect(m.status).toEqual([]);
    expect(m.cases).toHaveLength(1);
  });
});

describe('the data notes of a profile', () => {
  const measures = profileMeasures(figures);
  const students = measures.find((m) => m.id === 'students')!;
  const tie4 = measures.find((m) => m.id === 'tie4')!;
  const ratio = measures.find((m) => m.id === 'admission-ratio')!;

  it('marks a figure with the notes on its own value and on the metric as a whole, never another school’s', () => {
    expect(notesFor(figureNoteKeys('p1', students), dataNotes()).map((n) => n.id)).toEqual(['p1-students']);
    expect(notesFor(figureNoteKeys('c2', students), dataNotes())).toEqual([]);
    expect(notesFor(figureNoteKeys('c2', tie4), dataNotes()).map((n) => n.id)).toEqual(['tie4-totals']);
  });

  it('marks a ratio with the notes on either of its parts', () => {
    expect(figureNoteKeys('p1', ratio)).toEqual(['school-metric:admissions/p1', 'school-metric:students/p1']);
    expect(notesFor(figureNoteKeys('p1', ratio), dataNotes()).map((n) => n.id)).toEqual(['p1-students']);
  });

  it('gathers every note on the school, its figures and its cases, each once; a list’s notes stay by the list', () => {
    const keys = profileNoteKeys('p1', measures, mentionsOf(p1, lists, cases));
    expect(notesFor(keys, dataNotes()).map((n) => n.id)).toEqual(['p1-students', 'tie4-totals', 'p1-name', 'case-03']);
    expect(notesFor(listNoteKeys('civilised-campuses'), dataNotes()).map((n) => n.id)).toEqual([
      'p1-name',
      'campus-count',
    ]);
    expect(notesFor(keys, undefined)).toEqual([]);
  });
});
