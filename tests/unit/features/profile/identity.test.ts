import { describe, expect, it } from 'vitest';
import type { Prefecture, School } from '@/data/domain';
import { factsText, identityRows, prefectureText } from '@/features/profile/identity';
import { mentionsOf, type Mentions, type Recognition } from '@/features/profile/mentions';
import { buildProfile, type Profile } from '@/features/profile/profile';
import { cases, lists, prefectureIndex, province } from './fixtures';
import { school } from './school';

/** A private undergraduate school with nothing but what the schema requires: no English where optional. */
function bareSchool(): School {
  const s = school({
    tier: 'undergraduate',
    ownership: 'private',
    typeId: 'science-engineering',
    typeZh: '理工类',
    typeEn: 'Science and engineering',
    levelAsPrinted: '职业本科',
  });
  delete s.levelAsPrintedEn;
  delete s.locationAsPrintedEn;
  return s;
}

const jiuquan = (): Prefecture => ({
  id: 'jiuquan',
  nameZh: '酒泉市',
  shortZh: '酒泉',
  nameEn: 'Jiuquan',
  shortEn: 'Jiuquan (short)',
});

/** A profile with `peers` schools of its group, itself included; no prefecture unless given. */
function profileOf(s: School, options: { prefecture?: Prefecture; peers?: number } = {}): Profile {
  const others = Array.from({ length: (options.peers ?? 1) - 1 }, (_, i) => ({ ...s, id: `${s.id}-peer${i}` }));
  return { school: s, prefecture: options.prefecture, peers: [s, ...others], provinceCount: 28, figures: [] };
}

const recognition = (zh: string, en: string): Recognition => ({
  key: `§1.1-${zh}`,
  source: '§1.1',
  title: { zh, en },
  quote: { zh: `${zh}（原文）`, en: `${en} (quote)` },
});

/** What the report says of a school: `status` from §1.1, and an unrelated recognition that is not status. */
function mentions(status: Recognition[] = []): Mentions {
  return {
    status,
    lists: [],
    recognitions: [
      {
        key: '§4.1-0',
        source: '§4.1',
        title: { zh: '校园文化品牌', en: 'Campus culture brand' },
        quote: { zh: '校园文化品牌', en: 'Campus culture brand' },
      },
    ],
    cases: [],
  };
}

const twoStatuses = () =>
  mentions([
    recognition('中国特色高水平高职学校建设单位', 'National high-level vocational school'),
    recognition('高水平专业群建设单位', 'High-level specialty group'),
  ]);

const twoOtherNames = (): School['otherNames'] => [
  { name: '酒泉职业技术学校', nameEn: 'Jiuquan Vocational and Technical School', kind: 'former', source: '表12' },
  { name: '酒泉职院', kind: 'variant', source: '§4.1' },
];

describe('prefectureText', () => {
  it('names the prefecture where prefectures.json has loaded', () => {
    const p = profileOf(school(), { prefecture: jiuquan() });
    expect(prefectureText(p, 'zh')).toBe('酒泉市');
    expect(prefectureText(p, 'en')).toBe('Jiuquan');
  });

  it('falls back to the place 表1 prints, in English where the data has it', () => {
    const p = profileOf(school());
    expect(prefectureText(p, 'zh')).toBe('酒泉市肃州区');
    expect(prefectureText(p, 'en')).toBe('Suzhou District, Jiuquan');
  });

  it('falls back to the Chinese 表1 prints where it has no English', () => {
    const p = profileOf(bareSchool());
    expect(prefectureText(p, 'zh')).toBe('酒泉市肃州区');
    expect(prefectureText(p, 'en')).toBe('酒泉市肃州区');
  });
});

describe('factsText', () => {
  it('states tier, ownership, type and prefecture, joined by middle dots', () => {
    const p = profileOf(school(), { prefecture: jiuquan() });
    expect(factsText(p, 'zh')).toBe('专科层次 · 公办 · 综合院校 · 酒泉市');
    expect(factsText(p, 'en')).toBe('Junior-college level · Public · Comprehensive · Jiuquan');
  });

  it('follows the school’s own facts, and the printed place without a prefecture', () => {
    const p = profileOf(bareSchool());
    expect(factsText(p, 'zh')).toBe('本科层次 · 民办 · 理工类 · 酒泉市肃州区');
    expect(factsText(p, 'en')).toBe('Undergraduate level · Private · Science and engineering · 酒泉市肃州区');
  });

  it('uses the English of the printed place where there is one', () => {
    const p = profileOf(school({ ownership: 'private' }));
    expect(factsText(p, 'en')).toBe('Junior-college level · Private · Comprehensive · Suzhou District, Jiuquan');
  });
});

describe('identityRows', () => {
  it('gives every row in Chinese, the English name and the other names first', () => {
    const p = profileOf(school({ otherNames: twoOtherNames() }), { prefecture: jiuquan(), peers: 5 });
    expect(identityRows(p, twoStatuses(), 'zh')).toEqual([
      { key: 'name-en', label: '英文名称', value: 'Jiuquan Vocational and Technical College' },
      {
        key: 'other-names',
        label: '报告中的其他名称',
        value: '酒泉职业技术学校（曾用名，表12 · 第40页）和酒泉职院（另一写法，§4.1 · 第40页）',
      },
      { key: 'level', label: '办学层次', value: '专科层次（表1 作“高职”）' },
      { key: 'ownership', label: '办学属性', value: '公办' },
      { key: 'type', label: '学校类型', value: '综合院校' },
      { key: 'prefecture', label: '所在市（州）', value: '酒泉市' },
      { key: 'status', label: '§1.1 办学内涵', value: '中国特色高水平高职学校建设单位和高水平专业群建设单位' },
      { key: 'peers', label: '同类学校', value: '专科层次·综合院校，共 5 所（含本校）' },
    ]);
  });

  it('gives every row in English, with no English-name row and the English of other names where known', () => {
    const p = profileOf(school({ otherNames: twoOtherNames() }), { prefecture: jiuquan(), peers: 5 });
    expect(identityRows(p, twoStatuses(), 'en')).toEqual([
      {
        key: 'other-names',
        label: 'Other names in the report',
        value:
          'Jiuquan Vocational and Technical School (former name, Table 12, p. 40) and 酒泉职院 (variant, §4.1, p. 40)',
      },
      { key: 'level', label: 'Level', value: 'Junior-college level (Table 1: “Higher vocational”)' },
      { key: 'ownership', label: 'Ownership', value: 'Public' },
      { key: 'type', label: 'School type', value: 'Comprehensive' },
      { key: 'prefecture', label: 'Prefecture', value: 'Jiuquan' },
      {
        key: 'status',
        label: 'Status named in §1.1',
        value: 'National high-level vocational school and High-level specialty group',
      },
      { key: 'peers', label: 'Peers', value: 'Junior-college level, Comprehensive: 5 schools, this one included' },
    ]);
  });

  it('in Chinese, says a school alone in its group, not named by §1.1, with no other name and no prefecture', () => {
    const p = profileOf(bareSchool());
    expect(identityRows(p, mentions(), 'zh')).toEqual([
      { key: 'name-en', label: '英文名称', value: 'Jiuquan Vocational and Technical College' },
      { key: 'level', label: '办学层次', value: '本科层次（表1 作“职业本科”）' },
      { key: 'ownership', label: '办学属性', value: '民办' },
      { key: 'type', label: '学校类型', value: '理工类' },
      { key: 'prefecture', label: '所在市（州）', value: '酒泉市肃州区' },
      {
        key: 'status',
        label: '§1.1 办学内涵',
        value: '§1.1 未点名本校（报告只列出国家级建设单位的校名，省级建设单位未列校名）',
      },
      {
        key: 'peers',
        label: '同类学校',
        value: '同一层次、同一类型的学校只有本校，因此没有同类位次和同类中位数',
      },
    ]);
  });

  it('in English, says the same, the level and place as 表1 prints them where there is no English', () => {
    const p = profileOf(bareSchool());
    expect(identityRows(p, mentions(), 'en')).toEqual([
      { key: 'level', label: 'Level', value: 'Undergraduate level (Table 1: “职业本科”)' },
      { key: 'ownership', label: 'Ownership', value: 'Private' },
      { key: 'type', label: 'School type', value: 'Science and engineering' },
      { key: 'prefecture', label: 'Prefecture', value: '酒泉市肃州区' },
      {
        key: 'status',
        label: 'Status named in §1.1',
        value: '§1.1 does not name this school (it names only the national ones; provincial ones are not named)',
      },
      {
        key: 'peers',
        label: 'Peers',
        value: 'The only school of its level and type, so there is no peer standing or peer median',
      },
    ]);
  });

  it('names one other name and one status alone, and a group of two as a group', () => {
    const s = school({ otherNames: [twoOtherNames()[0]!] });
    const p = profileOf(s, { peers: 2 });
    const m = mentions([recognition('高水平专业群建设单位', 'High-level specialty group')]);
    const zh = identityRows(p, m, 'zh');
    const en = identityRows(p, m, 'en');
    expect(zh.map((r) => r.key)).toEqual([
      'name-en',
      'other-names',
      'level',
      'ownership',
      'type',
      'prefecture',
      'status',
      'peers',
    ]);
    expect(zh[1]?.value).toBe('酒泉职业技术学校（曾用名，表12 · 第40页）');
    expect(en[0]?.value).toBe('Jiuquan Vocational and Technical School (former name, Table 12, p. 40)');
    expect(zh[5]?.value).toBe('酒泉市肃州区');
    expect(en[4]?.value).toBe('Suzhou District, Jiuquan');
    expect(zh[6]?.value).toBe('高水平专业群建设单位');
    expect(en[5]?.value).toBe('High-level specialty group');
    expect(zh[7]?.value).toBe('专科层次·综合院校，共 2 所（含本校）');
    expect(en[6]?.value).toBe('Junior-college level, Comprehensive: 2 schools, this one included');
  });

  it('in English, keeps the Chinese of an other name the data gives no English for', () => {
    const p = profileOf(school({ otherNames: [{ name: '酒泉职院', kind: 'variant', source: '表1' }] }));
    expect(identityRows(p, mentions(), 'en')[0]).toEqual({
      key: 'other-names',
      label: 'Other names in the report',
      value: '酒泉职院 (variant, Table 1, p. 3)',
    });
    expect(identityRows(p, mentions(), 'zh')[1]).toEqual({
      key: 'other-names',
      label: '报告中的其他名称',
      value: '酒泉职院（另一写法，表1 · 第3页）',
    });
  });

  it('reads a profile and mentions built from the data', () => {
    const p1 = province[0]!;
    const profile = buildProfile('p1', province, [], prefectureIndex);
    if (!profile) throw new Error('no profile for p1');
    const m = mentionsOf(p1, lists, cases);
    expect(identityRows(profile, m, 'en')).toEqual([
      {
        key: 'other-names',
        label: 'Other names in the report',
        value: 'p1 Polytechnic (former name, Table 12, p. 40)',
      },
      { key: 'level', label: 'Level', value: 'Undergraduate level (Table 1: “Vocational undergraduate”)' },
      { key: 'ownership', label: 'Ownership', value: 'Public' },
      { key: 'type', label: 'School type', value: 'Science and engineering' },
      { key: 'prefecture', label: 'Prefecture', value: 'Lanzhou' },
      { key: 'status', label: 'Status named in §1.1', value: 'High-level specialty group' },
      {
        key: 'peers',
        label: 'Peers',
        value: 'Undergraduate level, Science and engineering: 2 schools, this one included',
      },
    ]);
    expect(factsText(profile, 'zh')).toBe('本科层次 · 公办 · 理工类 · 兰州市');
  });
});
