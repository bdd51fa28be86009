import { describe, expect, it } from 'vitest';
import { dataNote as note } from '../fixtures';
import { indexAppendix, indexNotes, type AppendixRow, type AppendixTable, type DataNote } from '@/data/domain';

/** byTouch as plain data: every key with the ids of the notes filed under it, in order. */
function filed(notes: DataNote[]): Record<string, string[]> {
  const { byTouch } = indexNotes(notes);
  return Object.fromEntries([...byTouch].map(([key, list]) => [key, list.map((n) => n.id)]));
}

function row(id: string, value: number | null): AppendixRow {
  return {
    id,
    seq: null,
    level: 0,
    labelZh: id,
    labelEn: id,
    starred: false,
    unit: '个',
    unitEn: 'items',
    value,
    valueText: value === null ? '-' : String(value),
  };
}

function table(id: string, rows: AppendixRow[]): AppendixTable {
  return { id, titleZh: `${id} 标题`, titleEn: `${id} title`, year: 2024, rows };
}

describe('indexNotes', () => {
  it('keeps the notes in file order', () => {
    const notes = [note('a', ['school:p1']), note('b', ['figure:students'])];
    expect(indexNotes(notes).notes).toBe(notes);
  });

  it('files a note under every key it touches', () => {
    expect(
      filed([note('a', ['school:p1', 'list:textbooks']), note('b', ['school:p1']), note('c', ['figure:students'])]),
    ).toEqual({
      'school:p1': ['a', 'b'],
      'list:textbooks': ['a'],
      'figure:students': ['c'],
    });
  });

  it('files a note on one school’s figure also under the figure without a school', () => {
    expect(filed([note('c2-students', ['school-metric:students/c2'])])).toEqual({
      'school-metric:students/c2': ['c2-students'],
      'school-metric:students': ['c2-students'],
    });
  });

  it('files a note under the figure once, however many of its schools or keys it touches', () => {
    expect(
      filed([
        note('total', ['school-metric:students']),
        note('two-schools', ['school-metric:students/p1', 'school-metric:students/p2', 'school-metric:students']),
        note('one-school', ['school-metric:admissions/p1', 'school-metric:admissions/p1']),
      ]),
    ).toEqual({
      'school-metric:students': ['total', 'two-schools'],
      'school-metric:students/p1': ['two-schools'],
      'school-metric:students/p2': ['two-schools'],
      'school-metric:admissions/p1': ['one-school'],
      'school-metric:admissions': ['one-school'],
    });
  });

  it('files only school-metric keys under a figure key', () => {
    expect(filed([note('a', ['appendix:附表4/vertical-research-funding', 'case:school-metric:x/y'])])).toEqual({
      'appendix:附表4/vertical-research-funding': ['a'],
      'case:school-metric:x/y': ['a'],
    });
  });

  it('has no keys without notes', () => {
    expect(filed([])).toEqual({});
  });
});

describe('indexAppendix', () => {
  it('finds tables by id and rows by table and row id', () => {
    const first = table('附表1', [row('students', 294013), row('teachers', null)]);
    const fourth = table('附表4', [row('vertical-research-funding', 1234.5)]);
    const appendix = indexAppendix([first, fourth]);
    expect(appendix.tables).toEqual([first, fourth]);
    expect(appendix.byId.get('附表4')).toBe(fourth);
    expect(appendix.row('附表1', 'teachers')).toBe(first.rows[1]);
    expect(appendix.row('附表4', 'vertical-research-funding')?.value).toBe(1234.5);
  });

  it('has no row for a row id the table does not have, nor in another table', () => {
    const appendix = indexAppendix([table('附表1', [row('students', 1)]), table('附表2', [row('majors', 2)])]);
    expect(appendix.row('附表1', 'majors')).toBeUndefined();
    expect(appendix.row('附表2', 'majors')?.value).toBe(2);
  });

  it('has no row for an unknown table', () => {
    const appendix = indexAppendix([table('附表1', [row('students', 1)])]);
    expect(appendix.row('附表9', 'students')).toBeUndefined();
    expect(appendix.byId.get('附表9')).toBeUndefined();
  });
});
