import { describe, expect, it } from 'vitest';
import type { DataNote } from '@/data/domain';
import { schoolMeasures } from '@/data/derive/measures';
import { compareSchools } from '@/features/comparison/compare';
import { memberships } from '@/features/comparison/memberships';
import { membershipsModel, showMemberships } from '@/features/comparison/memberships-model';
import { showComparison } from '@/features/comparison/shown';
import { comparisonTableModel } from '@/features/comparison/table-model';
import type { Benchmark } from '@/state/vocabulary';
import { cases, figures, lists, province } from './fixtures';

const KEPT = ['students', 'majors', 'admission-ratio'];

function notes(): DataNote[] {
  return [
    { id: 'n1', titleZh: '甲', titleEn: 'A', touches: [] },
    { id: 'n2', titleZh: '乙', titleEn: 'B', touches: [] },
  ] as unknown as DataNote[];
}

function model(ids: string[], benchmarks: Benchmark[], lang: 'zh' | 'en', withNotes: boolean) {
  const measures = schoolMeasures(figures).filter((m) => KEPT.includes(m.id));
  const comparison = compareSchools(ids, province, measures, benchmarks);
  return comparisonTableModel(comparison, showComparison(comparison, lang), withNotes ? notes() : [], lang);
}

function membershipModel(lang: 'zh' | 'en') {
  const schools = province.filter((s) => s.id === 'p1' || s.id === 'c1');
  const comparison = compareSchools(['p1', 'c1'], province, [], ['province']);
  return membershipsModel(comparison, showMemberships(memberships(schools, lists, cases), lang), lang);
}

describe('the comparison table model, row by row', () => {
  it('has, in Chinese, every statement of three schools against both medians', () => {
    const m = model(['p1', 'c1', 'm1'], ['province', 'peers'], 'zh', true);
    const { table, ...rest } = m;
    expect(rest).toEqual({
      id: 'comparison-table',
      lang: 'zh',
      title: '学校对比：p1学院、c1学院、m1学院、全省中位数和同类中位数',
      subtitle: '排名与占比以全省 8 所学校为基数，并列的名次相同；未报告的不排名、不计入中位数',
      source: '来源：《甘肃省高等职业教育质量年度报告（2023）》表1 · 第3页、表2 · 第6页、表6 · 第26页、表16 · 第55页',
      notes: [
        '全省中位数：全省 8 所学校中报告该项者的中位数。',
        '同类中位数：p1学院的同类（本科层次·理工类，2 所，含本校）中报告该项者的中位数。',
        '占全省：该校数值占全省 8 所学校合计的比例（比率类指标没有占比）。',
        '※ 数据说明：甲；乙',
      ],
      file: {
        topic: '学校对比',
        scope: 'p1学院、c1学院、m1学院、全省中位数、同类中位数',
      },
      figure: {
        kind: 'table',
      },
    });
    expect(table.columns).toEqual([
      {
        key: 'measure',
        label: '指标',
      },
      {
        key: 'school:p1',
        label: 'p1学院',
      },
      {
        key: 'school:c1',
        label: 'c1学院',
      },
      {
        key: 'school:m1',
        label: 'm1学院',
      },
      {
        key: 'benchmark:province',
        label: '全省中位数',
        numeric: true,
      },
      {
        key: 'benchmark:peers',
        label: '同类中位数',
        numeric: true,
      },
      {
        key: 'verdict',
        label: '比较',
      },
    ]);
    expect(table.rows).toEqual([
      {
        key: 'students',
        cells: {
          measure: {
            text: 'students指标（人）',
          },
          'school:p1': {
            text: '500',
            value: 500,
          },
          'school:c1': {
            text: '100',
            value: 100,
          },
          'school:m1': {
            text: '400',
            value: 400,
          },
          'benchmark:province': {
            text: '225',
            value: 225,
          },
          'benchmark:peers': {
            text: '400',
            value: 400,
          },
          verdict: {
            text: '较高：p1学院',
          },
        },
      },
      {
        key: 'students:province',
        cells: {
          measure: {
            text: '· 全省排名',
          },
          'school:p1': {
            text: '全省第 1/8',
          },
          'school:c1': {
            text: '全省第 7/8',
          },
          'school:m1': {
            text: '全省第 2/8',
          },
          'benchmark:province': {
            text: '8/8 所报告',
          },
        },
      },
      {
        key: 'students:peers',
        cells: {
          measure: {
            text: '· 同类排名',
          },
          'school:p1': {
            text: '同类第 1/2',
          },
          'school:c1': {
            text: '同类第 4/5',
          },
          'school:m1': {
            text: '无同类学校',
          },
          'benchmark:peers': {
            text: '2/2 所报告',
          },
        },
      },
      {
        key: 'students:share',
        cells: {
          measure: {
            text: '· 占全省（全省合计 1,950）',
          },
          'school:p1': {
            text: '25.6%',
            value: 25.64,
          },
          'school:c1': {
            text: '5.1%',
            value: 5.13,
          },
          'school:m1': {
            text: '20.5%',
            value: 20.51,
          },
        },
      },
      {
        key: 'students:difference',
        cells: {
          measure: {
            text: '· 与p1学院之差',
          },
          'school:p1': {
            text: '—',
          },
          'school:c1': {
            text: '-400 · -80%',
            value: -400,
          },
          'school:m1': {
            text: '-100 · -20%',
            value: -100,
          },
        },
      },
      {
        key: 'majors',
        cells: {
          measure: {
            text: 'majors指标（个）',
          },
          'school:p1': {
            text: '3',
            value: 3,
          },
          'school:c1': {
            text: '未报告',
            value: null,
          },
          'school:m1': {
            text: '未报告',
            value: null,
          },
          'benchmark:province': {
            text: '2',
            value: 2,
          },
          'benchmark:peers': {
            text: '3',
            value: 3,
          },
          verdict: {
            text: '有未报告值，不比较',
          },
        },
      },
      {
        key: 'majors:province',
        cells: {
          measure: {
            text: '· 全省排名',
          },
          'school:p1': {
            text: '全省第 1/2',
          },
          'school:c1': {
            text: '未报告，不排名',
          },
          'school:m1': {
            text: '未报告，不排名',
          },
          'benchmark:province': {
            text: '2/8 所报告',
          },
        },
      },
      {
        key: 'majors:peers',
        cells: {
          measure: {
            text: '· 同类排名',
          },
          'school:p1': {
            text: '同类中仅本校有数据，不排名',
          },
          'school:c1': {
            text: '未报告，不排名',
          },
          'school:m1': {
            text: '未报告，不排名',
          },
          'benchmark:peers': {
            text: '1/2 所报告',
          },
        },
      },
      {
        key: 'majors:share',
        cells: {
          measure: {
            text: '· 占全省（全省合计 4）',
          },
          'school:p1': {
            text: '75%',
            value: 75,
          },
          'school:c1': {
            text: '—',
            value: null,
          },
          'school:m1': {
            text: '—',
            value: null,
          },
        },
      },
      {
        key: 'majors:difference',
        cells: {
          measure: {
            text: '· 与p1学院之差',
          },
          'school:p1': {
            text: '—',
          },
          'school:c1': {
            text: '无法比较（有未报告值）',
            value: null,
          },
          'school:m1': {
            text: '无法比较（有未报告值）',
            value: null,
          },
        },
      },
      {
        key: 'admission-ratio',
        cells: {
          measure: {
            text: '招生数与在校生之比（%）',
          },
          'school:p1': {
            text: '40%',
            value: 40,
          },
          'school:c1': {
            text: '50%',
            value: 50,
          },
          'school:m1': {
            text: '25%',
            value: 25,
          },
          'benchmark:province': {
            text: '36.7%',
            value: 36.65,
          },
          'benchmark:peers': {
            text: '36.7%',
            value: 36.65,
          },
          verdict: {
            text: '较高：c1学院',
          },
        },
      },
      {
        key: 'admission-ratio:province',
        cells: {
          measure: {
            text: '· 全省排名',
          },
          'school:p1': {
            text: '全省并列第 2/8（3 所）',
          },
          'school:c1': {
            text: '全省第 1/8',
          },
          'school:m1': {
            text: '全省第 6/8',
          },
          'benchmark:province': {
            text: '8/8 所报告',
          },
        },
      },
      {
        key: 'admission-ratio:peers',
        cells: {
          measure: {
            text: '· 同类排名',
          },
          'school:p1': {
            text: '同类第 1/2',
          },
          'school:c1': {
            text: '同类第 1/5',
          },
          'school:m1': {
            text: '无同类学校',
          },
          'benchmark:peers': {
            text: '2/2 所报告',
          },
        },
      },
      {
        key: 'admission-ratio:difference',
        cells: {
          measure: {
            text: '· 与p1学院之差',
          },
          'school:p1': {
            text: '—',
          },
          'school:c1': {
            text: '+10% · +25%',
            value: 10,
          },
          'school:m1': {
            text: '-15% · -37.5%',
            value: -15,
          },
        },
      },
    ]);
  });

  it('says the same in English, notes joined with a semicolon', () => {
    const m = model(['p1', 'c1', 'm1'], ['province', 'peers'], 'en', true);
    const { table, ...rest } = m;
    expect(rest).toEqual({
      id: 'comparison-table',
      lang: 'en',
      title: 'School comparison: P1, C1, M1, the province median, and the peer median',
      subtitle:
        'Ranks and shares among all 8 schools of the province, ties sharing a place; not reported: not ranked, left out of medians',
      source:
        'Source: Gansu Higher Vocational Education Quality Report (2023), Table 1, p. 3; Table 2, p. 6; Table 6, p. 26; Table 16, p. 55',
      notes: [
        'Province median: the median of the schools, of all 8, that report the figure.',
        'Peer median: the median of those peers of P1 (Undergraduate level, Science and engineering, 2 schools, itself included) that report the figure.',
        'Share of the province: the school’s value as a share of the total of all 8 schools (ratios have none).',
        '※ Data notes: A; B',
      ],
      file: {
        topic: 'school comparison',
        scope: 'P1 C1 M1 province median peer median',
      },
      figure: {
        kind: 'table',
      },
    });
    expect(table.columns).toEqual([
      {
        key: 'measure',
        label: 'Measure',
      },
      {
        key: 'school:p1',
        label: 'P1',
      },
      {
        key: 'school:c1',
        label: 'C1',
      },
      {
        key: 'school:m1',
        label: 'M1',
      },
      {
        key: 'benchmark:province',
        label: 'Province median',
        numeric: true,
      },
      {
        key: 'benchmark:peers',
        label: 'Peer median',
        numeric: true,
      },
      {
        key: 'verdict',
        label: 'Which is higher',
      },
    ]);
    expect(table.rows).toEqual([
      {
        key: 'students',
        cells: {
          measure: {
            text: 'students figure',
          },
          'school:p1': {
            text: '500',
            value: 500,
          },
          'school:c1': {
            text: '100',
            value: 100,
          },
          'school:m1': {
            text: '400',
            value: 400,
          },
          'benchmark:province': {
            text: '225',
            value: 225,
          },
          'benchmark:peers': {
            text: '400',
            value: 400,
          },
          verdict: {
            text: 'Higher: P1',
          },
        },
      },
      {
        key: 'students:province',
        cells: {
          measure: {
            text: '· Rank in the province',
          },
          'school:p1': {
            text: '#1 of 8 in the province',
          },
          'school:c1': {
            text: '#7 of 8 in the province',
          },
          'school:m1': {
            text: '#2 of 8 in the province',
          },
          'benchmark:province': {
            text: '8 of 8 reporting',
          },
        },
      },
      {
        key: 'students:peers',
        cells: {
          measure: {
            text: '· Rank among peers',
          },
          'school:p1': {
            text: '#1 of 2 peers',
          },
          'school:c1': {
            text: '#4 of 5 peers',
          },
          'school:m1': {
            text: 'no peers',
          },
          'benchmark:peers': {
            text: '2 of 2 reporting',
          },
        },
      },
      {
        key: 'students:share',
        cells: {
          measure: {
            text: '· Share of the province (total 1,950)',
          },
          'school:p1': {
            text: '25.6%',
            value: 25.64,
          },
          'school:c1': {
            text: '5.1%',
            value: 5.13,
          },
          'school:m1': {
            text: '20.5%',
            value: 20.51,
          },
        },
      },
      {
        key: 'students:difference',
        cells: {
          measure: {
            text: '· Difference from P1',
          },
          'school:p1': {
            text: '—',
          },
          'school:c1': {
            text: '-400 · -80%',
            value: -400,
          },
          'school:m1': {
            text: '-100 · -20%',
            value: -100,
          },
        },
      },
      {
        key: 'majors',
        cells: {
          measure: {
            text: 'majors figure',
          },
          'school:p1': {
            text: '3',
            value: 3,
          },
          'school:c1': {
            text: 'not reported',
            value: null,
          },
          'school:m1': {
            text: 'not reported',
            value: null,
          },
          'benchmark:province': {
            text: '2',
            value: 2,
          },
          'benchmark:peers': {
            text: '3',
            value: 3,
          },
          verdict: {
            text: 'Not compared: a value is not reported',
          },
        },
      },
      {
        key: 'majors:province',
        cells: {
          measure: {
            text: '· Rank in the province',
          },
          'school:p1': {
            text: '#1 of 2 in the province',
          },
          'school:c1': {
            text: 'not reported, not ranked',
          },
          'school:m1': {
            text: 'not reported, not ranked',
          },
          'benchmark:province': {
            text: '2 of 8 reporting',
          },
        },
      },
      {
        key: 'majors:peers',
        cells: {
          measure: {
            text: '· Rank among peers',
          },
          'school:p1': {
            text: 'the only one of its peers reporting, not ranked',
          },
          'school:c1': {
            text: 'not reported, not ranked',
          },
          'school:m1': {
            text: 'not reported, not ranked',
          },
          'benchmark:peers': {
            text: '1 of 2 reporting',
          },
        },
      },
      {
        key: 'majors:share',
        cells: {
          measure: {
            text: '· Share of the province (total 4)',
          },
          'school:p1': {
            text: '75%',
            value: 75,
          },
          'school:c1': {
            text: '—',
            value: null,
          },
          'school:m1': {
            text: '—',
            value: null,
          },
        },
      },
      {
        key: 'majors:difference',
        cells: {
          measure: {
            text: '· Difference from P1',
          },
          'school:p1': {
            text: '—',
          },
          'school:c1': {
            text: 'not comparable (not reported)',
            value: null,
          },
          'school:m1': {
            text: 'not comparable (not reported)',
            value: null,
          },
        },
      },
      {
        key: 'admission-ratio',
        cells: {
          measure: {
            text: 'Admissions per enrolled student (%)',
          },
          'school:p1': {
            text: '40%',
            value: 40,
          },
          'school:c1': {
            text: '50%',
            value: 50,
          },
          'school:m1': {
            text: '25%',
            value: 25,
          },
          'benchmark:province': {
            text: '36.7%',
            value: 36.65,
          },
          'benchmark:peers': {
            text: '36.7%',
            value: 36.65,
          },
          verdict: {
            text: 'Higher: C1',
          },
        },
      },
      {
        key: 'admission-ratio:province',
        cells: {
          measure: {
            text: '· Rank in the province',
          },
          'school:p1': {
            text: 'joint #2 of 8 in the province (3 schools)',
          },
          'school:c1': {
            text: '#1 of 8 in the province',
          },
          'school:m1': {
            text: '#6 of 8 in the province',
          },
          'benchmark:province': {
            text: '8 of 8 reporting',
          },
        },
      },
      {
        key: 'admission-ratio:peers',
        cells: {
          measure: {
            text: '· Rank among peers',
          },
          'school:p1': {
            text: '#1 of 2 peers',
          },
          'school:c1': {
            text: '#1 of 5 peers',
          },
          'school:m1': {
            text: 'no peers',
          },
          'benchmark:peers': {
            text: '2 of 2 reporting',
          },
        },
      },
      {
        key: 'admission-ratio:difference',
        cells: {
          measure: {
            text: '· Difference from P1',
          },
          'school:p1': {
            text: '—',
          },
          'school:c1': {
            text: '+10% · +25%',
            value: 10,
          },
          'school:m1': {
            text: '-15% · -37.5%',
            value: -15,
          },
        },
      },
    ]);
  });

  it('says a school with no peers has no peer median, and gives its rows without a difference row', () => {
    const m = model(['m1'], ['peers'], 'zh', false);
    const { table, ...rest } = m;
    expect(rest).toEqual({
      id: 'comparison-table',
      lang: 'zh',
      title: '学校对比：m1学院和同类中位数',
      subtitle: '排名与占比以全省 8 所学校为基数，并列的名次相同；未报告的不排名、不计入中位数',
      source: '来源：《甘肃省高等职业教育质量年度报告（2023）》表1 · 第3页、表2 · 第6页、表6 · 第26页、表16 · 第55页',
      notes: [
        '同类中位数：m1学院没有同类学校，无从计算。',
        '占全省：该校数值占全省 8 所学校合计的比例（比率类指标没有占比）。',
      ],
      file: {
        topic: '学校对比',
        scope: 'm1学院、同类中位数',
      },
      figure: {
        kind: 'table',
      },
    });
    expect(table.columns).toEqual([
      {
        key: 'measure',
        label: '指标',
      },
      {
        key: 'school:m1',
        label: 'm1学院',
      },
      {
        key: 'benchmark:peers',
        label: '同类中位数',
        numeric: true,
      },
      {
        key: 'verdict',
        label: '比较',
      },
    ]);
    expect(table.rows).toEqual([
      {
        key: 'students',
        cells: {
          measure: {
            text: 'students指标（人）',
          },
          'school:m1': {
            text: '400',
            value: 400,
          },
          'benchmark:peers': {
            text: '无同类学校',
            value: null,
          },
          verdict: {
            text: '—',
          },
        },
      },
      {
        key: 'students:province',
        cells: {
          measure: {
            text: '· 全省排名',
          },
          'school:m1': {
            text: '全省第 2/8',
          },
        },
      },
      {
        key: 'students:peers',
        cells: {
          measure: {
            text: '· 同类排名',
          },
          'school:m1': {
            text: '无同类学校',
          },
          'benchmark:peers': {
            text: '',
          },
        },
      },
      {
        key: 'students:share',
        cells: {
          measure: {
            text: '· 占全省（全省合计 1,950）',
          },
          'school:m1': {
            text: '20.5%',
            value: 20.51,
          },
        },
      },
      {
        key: 'majors',
        cells: {
          measure: {
            text: 'majors指标（个）',
          },
          'school:m1': {
            text: '未报告',
            value: null,
          },
          'benchmark:peers': {
            text: '无同类学校',
            value: null,
          },
          verdict: {
            text: '有未报告值，不比较',
          },
        },
      },
      {
        key: 'majors:province',
        cells: {
          measure: {
            text: '· 全省排名',
          },
          'school:m1': {
            text: '未报告，不排名',
          },
        },
      },
      {
        key: 'majors:peers',
        cells: {
          measure: {
            text: '· 同类排名',
          },
          'school:m1': {
            text: '未报告，不排名',
          },
          'benchmark:peers': {
            text: '',
          },
        },
      },
      {
        key: 'majors:share',
        cells: {
          measure: {
            text: '· 占全省（全省合计 4）',
          },
          'school:m1': {
            text: '—',
            value: null,
          },
        },
      },
      {
        key: 'admission-ratio',
        cells: {
          measure: {
            text: '招生数与在校生之比（%）',
          },
          'school:m1': {
            text: '25%',
            value: 25,
          },
          'benchmark:peers': {
            text: '无同类学校',
            value: null,
          },
          verdict: {
            text: '—',
          },
        },
      },
      {
        key: 'admission-ratio:province',
        cells: {
          measure: {
            text: '· 全省排名',
          },
          'school:m1': {
            text: '全省第 6/8',
          },
        },
      },
      {
        key: 'admission-ratio:peers',
        cells: {
          measure: {
            text: '· 同类排名',
          },
          'school:m1': {
            text: '无同类学校',
          },
          'benchmark:peers': {
            text: '',
          },
        },
      },
    ]);
  });

  it('says so in English too', () => {
    const m = model(['m1'], ['peers'], 'en', false);
    expect(m.title).toBe('School comparison: M1 and the peer median');
    expect(m.notes).toEqual([
      'Peer median: M1 has no peers, so there is none.',
      'Share of the province: the school’s value as a share of the total of all 8 schools (ratios have none).',
    ]);
    expect(m.file).toEqual({
      topic: 'school comparison',
      scope: 'M1 peer median',
    });
  });
});

describe('the memberships model', () => {
  it('sets lists, recognitions and cases side by side, in Chinese', () => {
    expect(membershipModel('zh')).toEqual({
      id: 'comparison-memberships',
      lang: 'zh',
      title: '名单、荣誉与案例：p1学院和c1学院',
      subtitle: '报告的名单、正文点名的认定与荣誉、典型案例中提到各校之处',
      source: '来源：《甘肃省高等职业教育质量年度报告（2023）》，出处见各行',
      notes: [],
      file: {
        topic: '学校对比-名单荣誉与案例',
        scope: 'p1学院、c1学院',
      },
      figure: {
        kind: 'table',
      },
      table: {
        columns: [
          {
            key: 'item',
            label: '名单、荣誉与案例',
          },
          {
            key: 'school:p1',
            label: 'p1学院',
          },
          {
            key: 'school:c1',
            label: 'c1学院',
          },
        ],
        rows: [
          {
            key: 'textbooks',
            cells: {
              item: {
                text: '教材一览表（表5 · 第19页）',
              },
              'school:p1': {
                text: '化工原理',
              },
              'school:c1': {
                text: '—',
              },
            },
          },
          {
            key: 'narrative-recognitions:§1.1:高水平专业群建设单位',
            cells: {
              item: {
                text: '高水平专业群建设单位（§1.1 · 第2页）',
              },
              'school:p1': {
                text: '高水平专业群建设单位 2 所（p1学院、c1学院）',
              },
              'school:c1': {
                text: '高水平专业群建设单位 2 所（p1学院、c1学院）',
              },
            },
          },
          {
            key: 'cases',
            cells: {
              item: {
                text: '典型案例（案例01—22 · 第11—60页）',
              },
              'school:p1': {
                text: '—',
              },
              'school:c1': {
                text: '案例03 产教融合的c1路径',
              },
            },
          },
        ],
      },
    });
  });

  it('and in English', () => {
    expect(membershipModel('en')).toEqual({
      id: 'comparison-memberships',
      lang: 'en',
      title: 'Lists, recognitions and cases: P1 and C1',
      subtitle: 'Where the report’s lists, the recognitions its text names and its cases mention each school',
      source: 'Source: Gansu Higher Vocational Education Quality Report (2023), as cited in each row',
      notes: [],
      file: {
        topic: 'school comparison lists and cases',
        scope: 'P1 C1',
      },
      figure: {
        kind: 'table',
      },
      table: {
        columns: [
          {
            key: 'item',
            label: 'Lists, recognitions and cases',
          },
          {
            key: 'school:p1',
            label: 'P1',
          },
          {
            key: 'school:c1',
            label: 'C1',
          },
        ],
        rows: [
          {
            key: 'textbooks',
            cells: {
              item: {
                text: 'Textbooks (Table 5, p. 19)',
              },
              'school:p1': {
                text: 'Chemical engineering',
              },
              'school:c1': {
                text: '—',
              },
            },
          },
          {
            key: 'narrative-recognitions:§1.1:高水平专业群建设单位',
            cells: {
              item: {
                text: 'Unit building a high-level specialty group (§1.1, p. 2)',
              },
              'school:p1': {
                text: 'Two units building high-level specialty groups (p1 College, c1 College)',
              },
              'school:c1': {
                text: 'Two units building high-level specialty groups (p1 College, c1 College)',
              },
            },
          },
          {
            key: 'cases',
            cells: {
              item: {
                text: 'Cases (Cases 1–22, pp. 11–60)',
              },
              'school:p1': {
                text: '—',
              },
              'school:c1': {
                text: 'Case 3: c1’s way of industry–education integration',
              },
            },
          },
        ],
      },
    });
  });
});
