import { describe, expect, it } from 'vitest';
import { indexById, type ListRow, type Lists, type ReportList } from '@/data/domain';
import { mentionsOf } from '@/features/profile/mentions';
import { cases, lists, province } from './fixtures';

const p1 = () => province[0]!;

function listOf(id: string, rows: ListRow[]): Lists {
  const list: ReportList = {
    id,
    source: '表9',
    titleZh: '项目名单',
    titleEn: 'Projects',
    columns: [
      { key: 'item', labelZh: '批次', labelEn: 'Batch' },
      { key: 'name', labelZh: '名称', labelEn: 'Name' },
      { key: 'school', labelZh: '学校', labelEn: 'School' },
    ],
    rows,
  };
  return { lists: [list], byId: indexById([list]) };
}

describe('the entries of a list, as the profile words them', () => {
  it('puts the group heading first, once, and leaves out a cell that only names the school (spaces aside)', () => {
    const rows: ListRow[] = [
      {
        seq: '3',
        group: '第一批',
        groupEn: 'First batch',
        cells: { item: '第一批', name: '项目甲', school: ' p1学院 ' },
        cellsEn: { item: 'Batch one', name: 'Project A', school: 'p1 College' },
        schoolIds: ['p1'],
      },
    ];
    expect(mentionsOf(p1(), listOf('projects', rows), undefined)).toEqual({
      status: [],
      lists: [
        {
          listId: 'projects',
          source: '表9',
          title: { zh: '项目名单', en: 'Projects' },
          entries: [{ key: 'projects-3-0', seq: '3', text: { zh: '第一批 · 项目甲', en: 'First batch · Project A' } }],
        },
      ],
      recognitions: [],
      cases: [],
    });
  });

  it('keeps a cell’s own text where the row has no English, and numbers a row without 序号 by its place', () => {
    const rows: ListRow[] = [
      { seq: null, cells: { item: 'A', name: 'B-2', school: '' }, schoolIds: ['p1'] },
      { seq: null, cells: { item: 'A', name: 'A' }, schoolIds: ['p1'] },
    ];
    const m = mentionsOf(p1(), listOf('projects', rows), []);
    expect(m.lists[0]?.entries).toEqual([
      { key: 'projects-0-0', seq: null, text: { zh: 'A · B-2', en: 'A · B-2' } },
      { key: 'projects-1-1', seq: null, text: { zh: 'A', en: 'A' } },
    ]);
  });
});

describe('the recognitions of a school', () => {
  it('takes the English title from the English cells, else the English column, else the Chinese', () => {
    const rows: ListRow[] = [
      {
        seq: null,
        cells: { recognitionZh: '甲荣誉', recognitionEn: 'Column honour', detail: '原文甲' },
        cellsEn: { recognitionZh: 'Translated honour', detail: 'Quote A' },
        schoolIds: ['p1'],
        source: '§5.1',
      },
      {
        seq: null,
        cells: { recognitionZh: '乙荣誉', recognitionEn: 'Honour B', detail: '原文乙' },
        cellsEn: { detail: 'Quote B' },
        schoolIds: ['p1'],
        source: '§5.2',
      },
      { seq: null, cells: { detail: 'Only a quote' }, schoolIds: ['p1'] },
    ];
    const m = mentionsOf(p1(), listOf('narrative-recognitions', rows), undefined);
    expect(m.status).toEqual([]);
    expect(m.lists).toEqual([]);
    expect(m.recognitions).toEqual([
      {
        key: '§5.1-0',
        source: '§5.1',
        title: { zh: '甲荣誉', en: 'Translated honour' },
        quote: { zh: '原文甲', en: 'Quote A' },
      },
      {
        key: '§5.2-1',
        source: '§5.2',
        title: { zh: '乙荣誉', en: 'Honour B' },
        quote: { zh: '原文乙', en: 'Quote B' },
      },
      { key: '表9-2', source: '表9', title: { zh: '', en: '' }, quote: { zh: 'Only a quote', en: 'Only a quote' } },
    ]);
  });
});

describe('the cases of a school', () => {
  it('gives each case its number, both titles and its section; none where cases.json failed', () => {
    expect(mentionsOf(p1(), lists, cases).cases).toEqual([
      {
        id: '案例03',
        number: 3,
        title: { zh: 'p1学院打造教师培养新模式', en: 'p1 College builds a new model of teacher development' },
        section: '§2.3.1',
      },
    ]);
    expect(mentionsOf(p1(), lists, undefined).cases).toEqual([]);
    expect(mentionsOf(province[7]!, undefined, undefined)).toEqual({
      status: [],
      lists: [],
      recognitions: [],
      cases: [],
    });
  });
});
