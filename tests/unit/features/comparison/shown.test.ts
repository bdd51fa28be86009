import { describe, expect, it } from 'vitest';
import type { Measure } from '@/data/derive/measures';
import { schoolMeasures } from '@/data/derive/measures';
import { compareSchools, type ComparedRow, type Comparison } from '@/features/comparison/compare';
import { showComparison, type ShownRow } from '@/features/comparison/shown';
import type { Lang } from '@/lib/format';
import type { Benchmark } from '@/state/vocabulary';
import { figures, province } from './fixtures';

function compare(ids: string[], benchmarks: Benchmark[] = [], measures: Measure[] = schoolMeasures(figures)) {
  return compareSchools(ids, province, measures, benchmarks);
}

function shown(ids: string[], lang: Lang, benchmarks: Benchmark[] = [], measures?: Measure[]) {
  return showComparison(compare(ids, benchmarks, measures), lang);
}

function rowOf(ids: string[], key: string, lang: Lang, benchmarks: Benchmark[] = []): ShownRow {
  const row = shown(ids, lang, benchmarks).rows.find((r) => r.key === key);
  if (!row) throw new Error(`no row ${key}`);
  return row;
}

const school = (id: string) => {
  const found = province.find((s) => s.id === id);
  if (!found) throw new Error(`no school ${id}`);
  return found;
};

/** A figure no school reports. */
function unreported(): Measure {
  return {
    id: 'awards',
    labelZh: '获奖数',
    labelEn: 'Awards',
    unit: '项',
    unitEn: 'awards',
    source: '表6',
    percent: false,
    parts: ['awards'],
    values: {},
  };
}

/** A hand-made row of a hand-made comparison, for what the province's data cannot show. */
function row(overrides: Partial<ComparedRow> = {}): ComparedRow {
  return {
    measure: { ...unreported(), values: { p1: 7 } },
    values: [{ schoolId: 'p1', value: 7, province: null, peers: null, hasPeers: false, share: null }],
    benchmarks: [],
    differences: [],
    total: 7,
    reported: 1,
    provinceMedian: 7,
    verdict: { kind: 'none' },
    ...overrides,
  };
}

function comparison(overrides: Partial<Comparison> = {}): Comparison {
  return { schools: [school('p1')], benchmarks: [], rows: [row()], provinceCount: 8, ...overrides };
}

describe('showComparison: the columns', () => {
  it('names the schools, the benchmarks and the differences in Chinese', () => {
    const view = shown(['p1', 'c1'], 'zh', ['province', 'peers']);
    expect(view.schools).toEqual([
      { id: 'p1', name: 'p1学院', hover: undefined },
      { id: 'c1', name: 'c1学院', hover: undefined },
    ]);
    expect(view.schools.map((s) => s.hover)).toEqual([undefined, undefined]);
    expect(view.benchmarks).toEqual([
      { kind: 'province', name: '全省中位数', hint: '全省 8 所', description: '全省 8 所学校的中位数' },
      {
        kind: 'peers',
        name: '同类中位数',
        hint: '同类 2 所：本科层次·理工类',
        description: 'p1学院的同类：本科层次·理工类，2 所（含本校）的中位数',
      },
    ]);
    expect(view.differences).toEqual([{ schoolId: 'c1', label: '与p1学院之差：c1学院' }]);
  });

  it('names them in English, the full names one hover away', () => {
    const view = shown(['p1', 'c1', 'm1'], 'en', ['province', 'peers']);
    expect(view.schools).toEqual([
      { id: 'p1', name: 'P1', hover: 'p1 College · p1学院' },
      { id: 'c1', name: 'C1', hover: 'c1 College · c1学院' },
      { id: 'm1', name: 'M1', hover: 'm1 College · m1学院' },
    ]);
    expect(view.benchmarks).toEqual([
      { kind: 'province', name: 'Province median', hint: 'all 8 schools', description: 'the median of all 8 schools' },
      {
        kind: 'peers',
        name: 'Peer median',
        hint: '2 peers: Undergraduate level, Science and engineering',
        description:
          'the median of the peers of P1: Undergraduate level, Science and engineering, 2 schools (itself included)',
      },
    ]);
    expect(view.differences).toEqual([
      { schoolId: 'c1', label: 'Difference from P1: C1' },
      { schoolId: 'm1', label: 'Difference from P1: M1' },
    ]);
  });

  it('has no difference column for a single school, nor for none', () => {
    expect(shown(['p1'], 'zh', ['province']).differences).toEqual([]);
    expect(showComparison(comparison({ schools: [] }), 'en').differences).toEqual([]);
    expect(showComparison(comparison({ schools: [] }), 'en').schools).toEqual([]);
  });

  it('says a school alone in its tier and type has no peer median', () => {
    expect(shown(['m1', 'p1'], 'zh', ['peers']).benchmarks).toEqual([
      {
        kind: 'peers',
        name: '同类中位数',
        hint: 'm1学院没有同类学校（同层次、同类型仅此一所）',
        description: 'm1学院没有同类学校（同层次、同类型仅此一所）',
      },
    ]);
    expect(shown(['m1'], 'en', ['peers']).benchmarks[0]?.description).toBe(
      'M1 has no peers (the only school of its level and type)',
    );
  });
});

describe('showComparison: a row', () => {
  it('shows a count in Chinese: values, standings, shares, medians, differences and the verdict', () => {
    expect(rowOf(['p1', 'c1'], 'students', 'zh', ['province', 'peers'])).toEqual({
      key: 'students',
      label: 'students指标（人）',
      how: '',
      source: '表2 · 第6页',
      total: '1,950',
      parts: ['students'],
      values: [
        {
          schoolId: 'p1',
          value: 500,
          text: '500',
          province: '全省第 1/8',
          peers: '同类第 1/2',
          share: '25.6%',
          shareValue: expect.closeTo(25.641, 3),
          highest: true,
          badge: '最高',
        },
        {
          schoolId: 'c1',
          value: 100,
          text: '100',
          province: '全省第 7/8',
          peers: '同类第 4/5',
          share: '5.1%',
          shareValue: expect.closeTo(5.128, 3),
          highest: false,
          badge: null,
        },
      ],
      benchmarks: [
        { kind: 'province', value: 225, text: '225', base: '8/8 所报告', complete: true },
        { kind: 'peers', value: 400, text: '400', base: '2/2 所报告', complete: true },
      ],
      differences: [{ schoolId: 'c1', absolute: -400, text: '-400', relative: '-80%' }],
      verdict: ['较高：p1学院'],
    });
  });

  it('shows a count in English', () => {
    expect(rowOf(['p1', 'c1'], 'students', 'en', ['province', 'peers'])).toEqual({
      key: 'students',
      label: 'students figure',
      how: '',
      source: 'Table 2, p. 6',
      total: '1,950',
      parts: ['students'],
      values: [
        {
          schoolId: 'p1',
          value: 500,
          text: '500',
          province: '#1 of 8 in the province',
          peers: '#1 of 2 peers',
          share: '25.6%',
          shareValue: expect.closeTo(25.641, 3),
          highest: true,
          badge: 'highest',
        },
        {
          schoolId: 'c1',
          value: 100,
          text: '100',
          province: '#7 of 8 in the province',
          peers: '#4 of 5 peers',
          share: '5.1%',
          shareValue: expect.closeTo(5.128, 3),
          highest: false,
          badge: null,
        },
      ],
      benchmarks: [
        { kind: 'province', value: 225, text: '225', base: '8 of 8 reporting', complete: true },
        { kind: 'peers', value: 400, text: '400', base: '2 of 2 reporting', complete: true },
      ],
      differences: [{ schoolId: 'c1', absolute: -400, text: '-400', relative: '-80%' }],
      verdict: ['Higher: P1'],
    });
  });

  it('shows a ratio with how it is computed, in percent, with no total and no share', () => {
    const zh = rowOf(['p1', 'c1'], 'admission-ratio', 'zh', ['province', 'peers']);
    expect(zh).toEqual({
      key: 'admission-ratio',
      label: '招生数与在校生之比（%）',
      how: '招生数（2022级）÷ 在校生人数',
      source: '表2 · 第6页',
      total: '',
      parts: ['admissions', 'students'],
      values: [
        {
          schoolId: 'p1',
          value: 40,
          text: '40%',
          province: '全省并列第 2/8（3 所）',
          peers: '同类第 1/2',
          share: null,
          shareValue: null,
          highest: false,
          badge: null,
        },
        {
          schoolId: 'c1',
          value: 50,
          text: '50%',
          province: '全省第 1/8',
          peers: '同类第 1/5',
          share: null,
          shareValue: null,
          highest: true,
          badge: '最高',
        },
      ],
      benchmarks: [
        { kind: 'province', value: 36.65, text: '36.7%', base: '8/8 所报告', complete: true },
        { kind: 'peers', value: 36.65, text: '36.7%', base: '2/2 所报告', complete: true },
      ],
      differences: [{ schoolId: 'c1', absolute: 10, text: '+10%', relative: '+25%' }],
      verdict: ['较高：c1学院'],
    });
  });

  it('shows a ratio in English', () => {
    const en = rowOf(['p1', 'c1'], 'admission-ratio', 'en', ['province', 'peers']);
    expect(en.label).toBe('Admissions per enrolled student (%)');
    expect(en.how).toBe('2022 admissions ÷ enrolled students');
    expect(en.source).toBe('Table 2, p. 6');
    expect(en.total).toBe('');
    expect(en.values.map((v) => [v.text, v.province, v.peers, v.share, v.badge])).toEqual([
      ['40%', 'joint #2 of 8 in the province (3 schools)', '#1 of 2 peers', null, null],
      ['50%', '#1 of 8 in the province', '#1 of 5 peers', null, 'highest'],
    ]);
    expect(en.benchmarks.map((b) => [b.text, b.base])).toEqual([
      ['36.7%', '8 of 8 reporting'],
      ['36.7%', '2 of 2 reporting'],
    ]);
    expect(en.differences).toEqual([{ schoolId: 'c1', absolute: 10, text: '+10%', relative: '+25%' }]);
    expect(en.verdict).toEqual(['Higher: C1']);
  });

  it('says what is not reported, and compares nothing then', () => {
    const zh = rowOf(['p1', 'c1'], 'majors', 'zh', ['province', 'peers']);
    expect(zh.values[1]).toEqual({
      schoolId: 'c1',
      value: null,
      text: '未报告',
      province: '未报告，不排名',
      peers: '未报告，不排名',
      share: null,
      shareValue: null,
      highest: false,
      badge: null,
    });
    expect(zh.benchmarks).toEqual([
      { kind: 'province', value: 2, text: '2', base: '2/8 所报告', complete: false },
      { kind: 'peers', value: 3, text: '3', base: '1/2 所报告', complete: false },
    ]);
    expect(zh.differences).toEqual([
      { schoolId: 'c1', absolute: null, text: '无法比较（有未报告值）', relative: null },
    ]);
    expect(zh.verdict).toEqual(['有未报告值，不比较']);
    const en = rowOf(['p1', 'c1'], 'majors', 'en', ['province', 'peers']);
    expect([en.values[1]?.text, en.values[1]?.province, en.values[1]?.peers]).toEqual([
      'not reported',
      'not reported, not ranked',
      'not reported, not ranked',
    ]);
    expect(en.differences[0]?.text).toBe('not comparable (not reported)');
    expect(en.verdict).toEqual(['Not compared: a value is not reported']);
  });

  it('says a median no school reports as none, over the whole group', () => {
    const zh = shown(['p1', 'c1'], 'zh', ['province', 'peers'], [unreported()]).rows[0];
    expect(zh?.benchmarks).toEqual([
      { kind: 'province', value: null, text: '—', base: '0/8 所报告', complete: false },
      { kind: 'peers', value: null, text: '—', base: '0/2 所报告', complete: false },
    ]);
    expect(zh?.total).toBe('0');
    expect(zh?.label).toBe('获奖数（项）');
    const en = shown(['p1', 'c1'], 'en', ['province'], [unreported()]).rows[0];
    expect(en?.benchmarks).toEqual([
      { kind: 'province', value: null, text: '—', base: '0 of 8 reporting', complete: false },
    ]);
    expect(en?.label).toBe('Awards');
  });

  it('says a school with no peers has no peer standing and no peer median', () => {
    const zh = rowOf(['m1', 'p1'], 'students', 'zh', ['peers']);
    expect(zh.values[0]?.peers).toBe('无同类学校');
    expect(zh.values[1]?.peers).toBe('同类第 1/2');
    expect(zh.benchmarks).toEqual([{ kind: 'peers', value: null, text: '无同类学校', base: '', complete: true }]);
    const en = rowOf(['m1', 'p1'], 'students', 'en', ['peers']);
    expect(en.values[0]?.peers).toBe('no peers');
    expect(en.benchmarks).toEqual([{ kind: 'peers', value: null, text: 'no peers', base: '', complete: true }]);
  });

  it('says standings most schools share as that fact', () => {
    const zh = rowOf(['p1', 'c1'], 'libraries', 'zh');
    expect(zh.values[1]?.province).toBe('全省6 所为 0（共 7 所）');
    expect(zh.values[1]?.peers).toBe('同类5 所为 0（共 5 所）');
    expect(zh.values[1]?.share).toBe('0%');
    expect(zh.values[1]?.shareValue).toBe(0);
    expect(zh.values[0]?.share).toBe('100%');
    expect(rowOf(['p1', 'c1'], 'libraries', 'en').values[1]?.province).toBe('6 of 7 in the province at 0');
  });

  it('shows no benchmark where none is asked for', () => {
    expect(rowOf(['p1', 'c1'], 'students', 'zh').benchmarks).toEqual([]);
  });
});

describe('showComparison: the verdict and the badges', () => {
  it('marks the schools sharing the top, and lists them', () => {
    const zh = rowOf(['p1', 'c3', 'c1'], 'courses', 'zh');
    expect(zh.values.map((v) => [v.highest, v.badge])).toEqual([
      [true, '并列最高'],
      [false, null],
      [true, '并列最高'],
    ]);
    expect(zh.verdict).toEqual(['并列最高：p1学院和c1学院']);
    const en = rowOf(['p1', 'c3', 'c1'], 'courses', 'en');
    expect(en.values.map((v) => [v.highest, v.badge])).toEqual([
      [true, 'joint highest'],
      [false, null],
      [true, 'joint highest'],
    ]);
    expect(en.verdict).toEqual(['Joint highest: P1 and C1']);
  });

  it('lists three sharing the top in each language’s way', () => {
    expect(rowOf(['p1', 'c1', 'c2', 'c3'], 'courses', 'zh').verdict).toEqual(['并列最高：p1学院、c1学院和c2学院']);
    expect(rowOf(['p1', 'c1', 'c2', 'c3'], 'courses', 'en').verdict).toEqual(['Joint highest: P1, C1, and C2']);
  });

  it('marks nobody where every school has the same value', () => {
    const zh = rowOf(['p1', 'c1'], 'courses', 'zh');
    expect(zh.values.map((v) => [v.highest, v.badge])).toEqual([
      [false, null],
      [false, null],
    ]);
    expect(zh.verdict).toEqual(['相同']);
    expect(zh.differences).toEqual([{ schoolId: 'c1', absolute: 0, text: '0', relative: '0%' }]);
    expect(rowOf(['p1', 'c1'], 'courses', 'en').verdict).toEqual(['Equal']);
  });

  it('sets a single school against each benchmark, below and above', () => {
    const zh = rowOf(['c1'], 'admissions', 'zh', ['province', 'peers']);
    expect(zh.verdict).toEqual(['低于全省中位数', '高于同类中位数']);
    expect(zh.values[0]).toMatchObject({ highest: false, badge: null });
    expect(rowOf(['c1'], 'admissions', 'en', ['province', 'peers']).verdict).toEqual([
      'Below the province median',
      'Above the peer median',
    ]);
  });

  it('sets a single school against each benchmark, equal', () => {
    expect(rowOf(['c1'], 'courses', 'zh', ['province', 'peers']).verdict).toEqual([
      '与全省中位数持平',
      '与同类中位数持平',
    ]);
    expect(rowOf(['c1'], 'courses', 'en', ['province', 'peers']).verdict).toEqual([
      'Equal to the province median',
      'Equal to the peer median',
    ]);
  });

  it('says nothing of a single school with no benchmark', () => {
    expect(rowOf(['c1'], 'students', 'zh').verdict).toEqual(['—']);
    expect(rowOf(['c1'], 'students', 'en').verdict).toEqual(['—']);
  });

  it('marks no single school as the highest, even told so', () => {
    const one = comparison({ rows: [row({ verdict: { kind: 'highest', schoolIds: ['p1'] } })] });
    const zh = showComparison(one, 'zh').rows[0];
    expect(zh?.values[0]).toMatchObject({ highest: false, badge: null });
    expect(zh?.verdict).toEqual(['相同']);
    expect(showComparison(one, 'en').rows[0]?.verdict).toEqual(['Equal']);
  });

  it('names a school it does not know by its id', () => {
    const two = comparison({
      rows: [
        row({
          values: [
            { schoolId: 'p1', value: 7, province: null, peers: null, hasPeers: false, share: null },
            { schoolId: 'x9', value: 9, province: null, peers: null, hasPeers: false, share: null },
          ],
          verdict: { kind: 'highest', schoolIds: ['x9'] },
        }),
      ],
    });
    const zh = showComparison(two, 'zh').rows[0];
    expect(zh?.verdict).toEqual(['较高：x9']);
    expect(zh?.values.map((v) => [v.highest, v.badge])).toEqual([
      [false, null],
      [true, '最高'],
    ]);
    expect(showComparison(two, 'en').rows[0]?.verdict).toEqual(['Higher: x9']);
  });
});

describe('showComparison: what the data may lack', () => {
  it('says how a figure is computed only where both languages say it', () => {
    const half = comparison({ rows: [row({ measure: { ...unreported(), howZh: '获奖数 ÷ 在校生人数' } })] });
    expect(showComparison(half, 'zh').rows[0]?.how).toBe('');
    expect(showComparison(half, 'en').rows[0]?.how).toBe('');
    const both = comparison({
      rows: [row({ measure: { ...unreported(), howZh: '获奖数 ÷ 在校生人数', howEn: 'awards ÷ students' } })],
    });
    expect(showComparison(both, 'zh').rows[0]?.how).toBe('获奖数 ÷ 在校生人数');
    expect(showComparison(both, 'en').rows[0]?.how).toBe('awards ÷ students');
  });

  it('shows a total only where there is one', () => {
    const none = comparison({ rows: [row({ total: null })] });
    expect(showComparison(none, 'zh').rows[0]?.total).toBe('');
    const some = comparison({ rows: [row({ total: 12997 })] });
    expect(showComparison(some, 'en').rows[0]?.total).toBe('12,997');
  });

  it('treats a median with no column behind it as of no school and unusable', () => {
    const orphan = comparison({ rows: [row({ benchmarks: [{ kind: 'peers', value: 5, reported: 0 }] })] });
    expect(showComparison(orphan, 'zh').rows[0]?.benchmarks).toEqual([
      { kind: 'peers', value: 5, text: '无同类学校', base: '', complete: true },
    ]);
    const reported = comparison({ rows: [row({ benchmarks: [{ kind: 'peers', value: 5, reported: 1 }] })] });
    expect(showComparison(reported, 'en').rows[0]?.benchmarks).toEqual([
      { kind: 'peers', value: 5, text: 'no peers', base: '', complete: false },
    ]);
  });

  it('shows a share as a percentage with one decimal', () => {
    const shared = comparison({
      rows: [
        row({ values: [{ schoolId: 'p1', value: 7, province: null, peers: null, hasPeers: false, share: 4.44 }] }),
      ],
    });
    expect(showComparison(shared, 'zh').rows[0]?.values[0]).toMatchObject({
      share: '4.4%',
      shareValue: 4.44,
      province: '无同类学校',
      peers: '无同类学校',
    });
    expect(showComparison(shared, 'en').rows[0]?.values[0]?.share).toBe('4.4%');
  });
});
