import { describe, expect, it } from 'vitest';
import { indexById, type DataNote, type Lists, type SchoolFigures } from '@/data/domain';
import { profileExportModel } from '@/features/profile/export-model';
import { profileMeasures } from '@/features/profile/measures';
import { mentionsOf } from '@/features/profile/mentions';
import { notesFor, profileNoteKeys } from '@/features/profile/notes';
import { buildProfile } from '@/features/profile/profile';
import type { SheetFigure } from '@/lib/export/model';
import { cases, dataNotes, figures, lists, metrics, prefectureIndex, province } from './fixtures';

function modelOf(
  id: string,
  lang: 'zh' | 'en',
  opts: { figs?: SchoolFigures; lists?: Lists; notes?: DataNote[] } = {},
) {
  const measures = profileMeasures(opts.figs ?? figures);
  const profile = buildProfile(id, province, measures, prefectureIndex)!;
  const mentions = mentionsOf(profile.school, opts.lists ?? lists, cases);
  const notes = opts.notes ?? notesFor(profileNoteKeys(id, measures, mentions), dataNotes());
  return profileExportModel(profile, mentions, notes, lang);
}
const sheet = (id: string, lang: 'zh' | 'en', opts = {}) => modelOf(id, lang, opts).figure as SheetFigure;
const section = (s: SheetFigure, heading: string) => s.sections.find((x) => x.heading === heading)!.table;

describe('the figure columns, in both languages', () => {
  it('names every column, marks the numeric ones and counts the province in the share', () => {
    expect(section(sheet('p1', 'zh'), '各项指标').columns).toEqual([
      { key: 'measure', label: '指标' },
      { key: 'value', label: '本校', numeric: true },
      { key: 'province', label: '全省位次' },
      { key: 'peers', label: '同类位次' },
      { key: 'provinceMedian', label: '全省中位数', numeric: true },
      { key: 'peerMedian', label: '同类中位数', numeric: true },
      { key: 'share', label: '占全省（8 所合计）', numeric: true },
      { key: 'source', label: '来源' },
    ]);
    expect(modelOf('p1', 'en').table.columns).toEqual([
      { key: 'kind', label: 'Kind' },
      { key: 'measure', label: 'Figure' },
      { key: 'value', label: 'This school', numeric: true },
      { key: 'province', label: 'In the province' },
      { key: 'peers', label: 'Among peers' },
      { key: 'provinceMedian', label: 'Province median', numeric: true },
      { key: 'peerMedian', label: 'Peer median', numeric: true },
      { key: 'share', label: 'Share of the province (8 schools)', numeric: true },
      { key: 'source', label: 'Source' },
    ]);
  });

  it('gives every cell of a figure’s row, shown and raw', () => {
    expect(section(sheet('p1', 'en'), 'Every figure').rows[0]).toEqual({
      key: 'students',
      cells: {
        measure: { text: 'students (English)' },
        value: { text: '500 students', value: 500 },
        province: { text: '#1 of 8 in the province' },
        peers: { text: '#1 of 2 peers' },
        provinceMedian: { text: '100 students', value: 100 },
        peerMedian: { text: '400 students', value: 400 },
        share: { text: '38.5% of 1,300 students', value: 38.46 },
        source: { text: 'Table 2, p. 6' },
      },
    });
  });
});

describe('the cards of the fact sheet', () => {
  it('label the size in the reader’s language with standing and share', () => {
    expect(sheet('p1', 'en').cards).toEqual([
      {
        label: 'students (English)',
        value: '500 students',
        detail: '#1 of 8 in the province · 38.5% of 1,300 students',
      },
      {
        label: 'admissions (English)',
        value: '100 students',
        detail: '#1 of 7 in the province · 38.3% of 261 students',
      },
      {
        label: 'graduates (English)',
        value: '90 graduates',
        detail: '#1 of 8 in the province · 37.7% of 239 graduates',
      },
      { label: 'Cases naming the school', value: '1', detail: 'Case 3' },
    ]);
  });

  it('say only “not reported” where the school has no figure: no share, no dangling separator', () => {
    expect(sheet('c2', 'zh').cards[1]).toEqual({
      label: 'admissions（中文）',
      value: '未报告',
      detail: '未报告，不排名',
    });
  });

  it('leave out a size the data does not have', () => {
    const kept = metrics.filter((m) => m.id !== 'students' && m.id !== 'graduates');
    const figs: SchoolFigures = { metrics: kept, byId: indexById(kept) };
    expect(sheet('m1', 'zh', { figs }).cards).toEqual([
      { label: 'admissions（中文）', value: '5 人', detail: '全省第 7/7 · 1.9%（全省 261 人）' },
    ]);
  });
});

describe('the sections of the fact sheet', () => {
  it('lays out who the school is as item and entry', () => {
    const t = section(sheet('p1', 'en'), 'About the school');
    expect(t.columns).toEqual([
      { key: 'item', label: 'Item' },
      { key: 'value', label: 'Entry' },
    ]);
    expect(t.rows[0]).toEqual({
      key: 'other-names',
      cells: {
        item: { text: 'Other names in the report' },
        value: { text: 'p1 Polytechnic (former name, Table 12, p. 40)' },
      },
    });
  });

  it('lists entries with their 序号 and recognitions by title, each with its source', () => {
    const zh = section(sheet('p1', 'zh'), '名单、认定与荣誉');
    expect(zh).toEqual({
      columns: [
        { key: 'item', label: '名单或认定' },
        { key: 'entry', label: '条目' },
        { key: 'source', label: '来源' },
      ],
      rows: [
        {
          key: 'civilised-campuses-1-0',
          cells: {
            item: { text: '文明校园名单' },
            entry: { text: '全国文明校园' },
            source: { text: '表12 · 第40页 序号 1' },
          },
        },
        {
          key: '§4.1-1',
          cells: { item: { text: '认定与荣誉' }, entry: { text: '校园文化品牌' }, source: { text: '§4.1 · 第40页' } },
        },
      ],
    });
    expect(section(sheet('p1', 'en'), 'Lists and recognitions').rows.map((r) => r.cells)).toEqual([
      {
        item: { text: 'Civilised campuses' },
        entry: { text: 'National civilised campus' },
        source: { text: 'Table 12, p. 40 no. 1' },
      },
      { item: { text: 'Recognition' }, entry: { text: 'Campus culture brand' }, source: { text: '§4.1, p. 40' } },
    ]);
  });

  it('cites a list entry without 序号 by its table alone', () => {
    const list = { ...lists.lists[0]!, rows: [{ ...lists.lists[0]!.rows[0]!, seq: null }] };
    const noSeq: Lists = { lists: [list], byId: indexById([list]) };
    expect(section(sheet('p1', 'zh', { lists: noSeq }), '名单、认定与荣誉').rows).toEqual([
      {
        key: 'civilised-campuses-0-0',
        cells: { item: { text: '文明校园名单' }, entry: { text: '全国文明校园' }, source: { text: '表12 · 第40页' } },
      },
    ]);
  });

  it('lists the cases with their label, title and where they sit', () => {
    expect(section(sheet('p1', 'zh'), '典型案例')).toEqual({
      columns: [
        { key: 'case', label: '案例' },
        { key: 'title', label: '标题' },
        { key: 'source', label: '来源' },
      ],
      rows: [
        {
          key: 'case-3',
          cells: {
            case: { text: '案例03' },
            title: { text: 'p1学院打造教师培养新模式' },
            source: { text: '案例03 · 第16页、§2.3.1 · 第15页' },
          },
        },
      ],
    });
    expect(section(sheet('p1', 'en'), 'Cases').rows[0]?.cells).toEqual({
      case: { text: 'Case 3' },
      title: { text: 'p1 College builds a new model of teacher development' },
      source: { text: 'Case 3, p. 16; §2.3.1, p. 15' },
    });
  });

  it('marks each data note, and has no notes section where there is none', () => {
    const notes = section(sheet('p1', 'en'), 'Data notes');
    expect(notes.columns).toEqual([
      { key: 'mark', label: '※' },
      { key: 'title', label: 'Data note (see the dashboard’s data notes)' },
    ]);
    expect(notes.rows[0]).toEqual({
      key: 'p1-students',
      cells: { mark: { text: '※' }, title: { text: 'p1-students: the text and the table disagree' } },
    });
    const s = sheet('m1', 'en', { notes: [] });
    expect(s.kind).toBe('sheet');
    expect(s.sections.map((x) => x.heading)).toEqual(['Every figure', 'About the school']);
  });
});

describe('the data table and the source line', () => {
  it('has one row per item, each with its kind', () => {
    const rows = modelOf('p1', 'en').table.rows;
    expect(rows.find((r) => r.key === 'identity-type')).toEqual({
      key: 'identity-type',
      cells: { kind: { text: 'About' }, measure: { text: 'School type' }, value: { text: 'Science and engineering' } },
    });
    expect(rows.find((r) => r.key === 'figure-majors')).toEqual({
      key: 'figure-majors',
      cells: {
        kind: { text: 'Figure' },
        measure: { text: 'majors (English)' },
        value: { text: '3 majors', value: 3 },
        province: { text: '#1 of 6 in the province' },
        peers: { text: '#1 of 2 peers' },
        provinceMedian: { text: '1.5 majors', value: 1.5 },
        peerMedian: { text: '1.5 majors', value: 1.5 },
        share: { text: '37.5% of 8 majors', value: 37.5 },
        source: { text: 'Table 16, p. 55' },
      },
    });
    expect(rows.filter((r) => /^(mention|case|note)-/.test(r.key))).toEqual([
      {
        key: 'mention-civilised-campuses-1-0',
        cells: {
          kind: { text: 'List' },
          measure: { text: 'Civilised campuses' },
          value: { text: 'National civilised campus' },
          source: { text: 'Table 12, p. 40 no. 1' },
        },
      },
      {
        key: 'mention-§4.1-1',
        cells: {
          kind: { text: 'Recognition' },
          measure: { text: 'Campus culture brand' },
          value: { text: 'p1 College’s “Desert Poplar Culture”' },
          source: { text: '§4.1, p. 40' },
        },
      },
      {
        key: 'case-3',
        cells: {
          kind: { text: 'Case' },
          measure: { text: 'Case 3' },
          value: { text: 'p1 College builds a new model of teacher development' },
          source: { text: 'Case 3, p. 16; §2.3.1, p. 15' },
        },
      },
      ...['p1-students', 'tie4-totals', 'p1-name', 'case-03'].map((id) => ({
        key: `note-${id}`,
        cells: {
          kind: { text: 'Data notes' },
          measure: { text: '※' },
          value: { text: `${id}: the text and the table disagree` },
        },
      })),
    ]);
  });

  it('has the same kinds in Chinese', () => {
    const kinds = Object.fromEntries(modelOf('p1', 'zh').table.rows.map((r) => [r.key, r.cells.kind?.text]));
    expect(kinds['identity-name-en']).toBe('基本信息');
    expect(kinds['figure-students']).toBe('指标');
    expect(kinds['mention-civilised-campuses-1-0']).toBe('名单');
    expect(kinds['mention-§4.1-1']).toBe('认定与荣誉');
    expect(kinds['case-3']).toBe('案例');
    expect(kinds['note-p1-students']).toBe('数据说明');
  });

  it('cites table 1 and every figure’s table once, then points to the per-row sources', () => {
    expect(modelOf('p1', 'zh').source).toBe(
      '来源：《甘肃省高等职业教育质量年度报告（2023）》表1 · 第3页、表2 · 第6页、表6 · 第26页、表16 · 第55页；名单、认定与案例的出处见各行',
    );
    expect(modelOf('p1', 'en').source).toBe(
      'Source: Gansu Higher Vocational Education Quality Report (2023), Table 1, p. 3; Table 2, p. 6; Table 6, p. 26; Table 16, p. 55; lists, recognitions and cases cite their sources per row',
    );
  });
});
