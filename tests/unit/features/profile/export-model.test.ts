import { describe, expect, it } from 'vitest';
import { profileExportModel } from '@/features/profile/export-model';
import { profileMeasures } from '@/features/profile/measures';
import { mentionsOf } from '@/features/profile/mentions';
import { notesFor, profileNoteKeys } from '@/features/profile/notes';
import { buildProfile } from '@/features/profile/profile';
import type { SheetFigure } from '@/lib/export/model';
import { cases, dataNotes, figures, lists, prefectureIndex, province } from './fixtures';

const measures = profileMeasures(figures);

function modelOf(id: string, lang: 'zh' | 'en') {
  const profile = buildProfile(id, province, measures, prefectureIndex)!;
  const mentions = mentionsOf(profile.school, lists, cases);
  const notes = notesFor(profileNoteKeys(id, measures, mentions), dataNotes());
  return profileExportModel(profile, mentions, notes, lang);
}
const sheet = (id: string, lang: 'zh' | 'en') => modelOf(id, lang).figure as SheetFigure;

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

describe('the fact sheet of a profile', () => {
  it('is titled with the school, says what it stands among, and cites its sources with pages', () => {
    const m = modelOf('p1', 'zh');
    expect(m.id).toBe('profile');
    expect(m.title).toBe('学校概况：p1学院');
    expect(m.subtitle).toContain('本科层次 · 公办 · 理工类 · 兰州市');
    expect(m.subtitle).toContain('全省 8 所学校');
    expect(m.source).toMatch(/^来源：《甘肃省高等职业教育质量年度报告（2023）》表1 · 第\d+页、表2 · 第\d+页/);
    // The data notes are a section of the sheet (see below), not lines under the source.
    expect(m.notes).toEqual([]);
    expect(m.file).toEqual({ topic: '学校概况', scope: 'p1学院' });
  });

  it('has cards for the school’s size with standing and share, and one for its cases', () => {
    const cards = sheet('p1', 'zh').cards;
    expect(cards.map((c) => c.value)).toEqual(['500 人', '100 人', '90 人', '1']);
    expect(cards[0]?.detail).toBe('全省第 1/8 · 38.5%（全省 1,300 人）');
    expect(cards[3]).toMatchObject({ label: '点名本校的案例', detail: '案例03' });
    expect(sheet('m1', 'zh').cards).toHaveLength(3);
  });

  it('lays out who it is, every figure, its lists and recognitions, and its cases', () => {
    const s = sheet('p1', 'zh');
    expect(s.sections.map((x) => x.heading)).toEqual([
      '各项指标',
      '基本信息',
      '名单、认定与荣誉',
      '典型案例',
      '数据说明',
    ]);
    const identity = s.sections[1]!.table.rows.map((r) => [r.key, r.cells.value?.text]);
    expect(identity).toContainEqual([
      'other-names',
      expect.stringMatching(/^p1职业技术学院（曾用名，表12 · 第\d+页）$/),
    ]);
    expect(identity).toContainEqual(['status', '高水平专业群建设单位']);
    expect(s.sections[0]!.table.rows).toHaveLength(measures.length);
    expect(s.sections[2]!.table.rows.map((r) => r.cells.entry?.text)).toEqual(['全国文明校园', '校园文化品牌']);
    expect(s.sections[4]!.table.rows.map((r) => r.cells.title?.text)).toEqual([
      'p1-students：正文与表不一致',
      'tie4-totals：正文与表不一致',
      'p1-name：正文与表不一致',
      'case-03：正文与表不一致',
    ]);
    // A school with no list entry or case has no such section.
    expect(sheet('m1', 'zh').sections.map((x) => x.heading)).toEqual(['各项指标', '基本信息', '数据说明']);
  });

  it('says where §1.1 names the school not, and where it has no peer', () => {
    const identity = Object.fromEntries(
      sheet('m1', 'zh').sections[1]!.table.rows.map((r) => [r.key, r.cells.value?.text]),
    );
    expect(identity.status).toMatch(/^§1.1 未点名本校/);
    expect(identity.peers).toMatch(/只有本校/);
  });

  it('exports every item in one table, numbers raw and not-reported cells empty', () => {
    const table = modelOf('c5', 'zh').table;
    expect(table.columns[0]?.key).toBe('kind');
    const students = table.rows.find((r) => r.key === 'figure-students')!;
    expect(students.cells.value).toEqual({ text: '30 人', value: 30 });
    expect(students.cells.share?.value).toBe(2.31);
    expect(students.cells.provinceMedian?.value).toBe(100);
    const majors = table.rows.find((r) => r.key === 'figure-majors')!;
    expect(majors.cells.value).toEqual({ text: '未报告', value: null });
    expect(majors.cells.share?.value).toBeNull();
    const p1 = modelOf('p1', 'zh').table.rows.map((r) => r.key);
    expect(p1).toContain('mention-civilised-campuses-1-0');
    expect(p1).toContain('case-3');
    expect(p1).toContain('note-p1-students');
  });

  it('is all English in English: no Chinese character anywhere in the model', () => {
    const m = modelOf('p1', 'en');
    expect(m.title).toBe('School profile: p1 College');
    expect(m.file).toEqual({ topic: 'school profile', scope: 'p1' });
    expect(sheet('p1', 'en').cards[3]?.detail).toBe('Case 3');
    const strings = JSON.stringify(m);
    expect(strings.match(new RegExp(CJK.source, 'g'))).toBeNull();
  });
});
