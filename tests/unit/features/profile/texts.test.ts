import { describe, expect, it } from 'vitest';
import { school } from './school';
import type { Standing } from '@/data/derive/standing';
import type { ProfileMeasure } from '@/features/profile/measures';
import type { CaseMention } from '@/features/profile/mentions';
import type { ProfileFigure } from '@/features/profile/profile';
import {
  caseLabel,
  localText,
  medianText,
  originalTitle,
  ownershipText,
  peerGroupText,
  profileText,
  shareText,
  standingCell,
  tierText,
  valueText,
} from '@/features/profile/texts';

/** A measure counted in a unit (人 / students unless told), or a ratio in percent. */
function measure(extra: Partial<ProfileMeasure> = {}): ProfileMeasure {
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
    ...extra,
  };
}

const ratio = () =>
  measure({ id: 'admission-ratio', unit: '%', unitEn: '%', percent: true, parts: ['admissions', 'students'] });

function figure(
  value: number | null,
  m: ProfileMeasure = measure(),
  extra: Partial<ProfileFigure> = {},
): ProfileFigure {
  return {
    measure: m,
    value,
    province: null,
    peers: null,
    provinceMedian: null,
    peerMedian: null,
    share: null,
    total: null,
    reported: 0,
    ...extra,
  };
}

const place = (rank: number, of: number, value: number): Standing => ({ rank, tiedWith: 1, of, value });

describe('profileText', () => {
  it('gives a profile message in either language', () => {
    expect(profileText('zh', 'title')).toBe('学校概况');
    expect(profileText('en', 'title')).toBe('School profile');
  });

  it('fills the parameters of a message', () => {
    expect(profileText('zh', 'closeLabel', { name: '甲学院' })).toBe('关闭概况：甲学院');
    expect(profileText('en', 'closeLabel', { name: 'A College' })).toBe('Close profile: A College');
  });

  it('falls back to the shared messages', () => {
    expect(profileText('zh', 'notReported')).toBe('未报告');
    expect(profileText('en', 'notReported')).toBe('not reported');
    expect(profileText('zh', 'tierUndergraduate')).toBe('本科层次');
    expect(profileText('en', 'tierUndergraduate')).toBe('Undergraduate level');
  });
});

describe('valueText', () => {
  it('says a value not reported is not reported', () => {
    expect(valueText(null, measure(), 'zh')).toBe('未报告');
    expect(valueText(null, measure(), 'en')).toBe('not reported');
    expect(valueText(null, ratio(), 'zh')).toBe('未报告');
    expect(valueText(null, ratio(), 'en')).toBe('not reported');
  });

  it('shows a ratio in percent with one decimal', () => {
    expect(valueText(34.24, ratio(), 'zh')).toBe('34.2%');
    expect(valueText(34.24, ratio(), 'en')).toBe('34.2%');
    expect(valueText(20, ratio(), 'zh')).toBe('20%');
    expect(valueText(1, ratio(), 'en')).toBe('1%');
  });

  it('shows a count with its unit, grouped by thousands', () => {
    expect(valueText(12997, measure(), 'zh')).toBe('12,997 人');
    expect(valueText(12997, measure(), 'en')).toBe('12,997 students');
    expect(valueText(0, measure(), 'en')).toBe('0 students');
    expect(valueText(2, measure({ unit: '个', unitEn: 'libraries' }), 'en')).toBe('2 libraries');
    expect(valueText(1.5, measure({ unit: '个', unitEn: 'majors' }), 'en')).toBe('1.5 majors');
  });

  it('uses the English singular for a count of one, of every unit it knows', () => {
    expect(valueText(1, measure(), 'en')).toBe('1 student');
    expect(valueText(1, measure({ unitEn: 'graduates' }), 'en')).toBe('1 graduate');
    expect(valueText(1, measure({ unit: '个', unitEn: 'libraries' }), 'en')).toBe('1 library');
    expect(valueText(1, measure({ unit: '门', unitEn: 'courses' }), 'en')).toBe('1 course');
    expect(valueText(1, measure({ unit: '个', unitEn: 'majors' }), 'en')).toBe('1 major');
  });

  it('leaves a unit it does not know as it is, and Chinese has no singular', () => {
    expect(valueText(1, measure({ unit: '项', unitEn: 'patents' }), 'en')).toBe('1 patents');
    expect(valueText(1, measure({ unit: '个', unitEn: 'libraries' }), 'zh')).toBe('1 个');
    expect(valueText(1, measure(), 'zh')).toBe('1 人');
  });

  it('converts the Chinese counting units in English', () => {
    expect(valueText(1.5, measure({ unit: '万元', unitEn: 'yuan' }), 'zh')).toBe('1.5 万元');
    expect(valueText(1.5, measure({ unit: '万元', unitEn: 'yuan' }), 'en')).toBe('¥15K');
  });
});

describe('standingCell', () => {
  it('says a figure not reported is not ranked, in either scope', () => {
    const f = figure(null);
    expect(standingCell(place(1, 8, 5), 'province', f, true, 'zh')).toBe('未报告，不排名');
    expect(standingCell(place(1, 8, 5), 'province', f, true, 'en')).toBe('not reported, not ranked');
    expect(standingCell(null, 'peers', f, false, 'zh')).toBe('未报告，不排名');
    expect(standingCell(null, 'peers', f, false, 'en')).toBe('not reported, not ranked');
  });

  it('says a school with no peer but itself has no peer standing', () => {
    const f = figure(20);
    expect(standingCell(place(1, 1, 20), 'peers', f, false, 'zh')).toBe('无同类');
    expect(standingCell(place(1, 1, 20), 'peers', f, false, 'en')).toBe('no peers');
  });

  it('still stands a school with no peers in the province', () => {
    const f = figure(20);
    expect(standingCell(place(8, 8, 20), 'province', f, false, 'zh')).toBe('全省第 8/8');
    expect(standingCell(place(8, 8, 20), 'province', f, false, 'en')).toBe('#8 of 8 in the province');
  });

  it('gives a dash where a reported figure has no standing, and says why among peers', () => {
    const f = figure(20);
    expect(standingCell(null, 'province', f, true, 'zh')).toBe('—');
    expect(standingCell(null, 'province', f, true, 'en')).toBe('—');
    // Its peers exist, but none of them reports the figure: not "第 1/1".
    expect(standingCell(null, 'peers', f, true, 'zh')).toBe('同类中仅本校有数据，不排名');
    expect(standingCell(null, 'peers', f, true, 'en')).toBe('the only one of its peers reporting, not ranked');
  });

  it('says a place, in the province or among peers', () => {
    const f = figure(200);
    expect(standingCell(place(3, 8, 200), 'province', f, true, 'zh')).toBe('全省第 3/8');
    expect(standingCell(place(3, 8, 200), 'province', f, true, 'en')).toBe('#3 of 8 in the province');
    expect(standingCell(place(1, 5, 200), 'peers', f, true, 'zh')).toBe('同类第 1/5');
    expect(standingCell(place(1, 5, 200), 'peers', f, true, 'en')).toBe('#1 of 5 peers');
  });

  it('says a shared place as shared', () => {
    const f = figure(100);
    const s: Standing = { rank: 4, tiedWith: 2, of: 8, value: 100 };
    expect(standingCell(s, 'province', f, true, 'zh')).toBe('全省并列第 4/8（2 所）');
    expect(standingCell(s, 'province', f, true, 'en')).toBe('joint #4 of 8 in the province (2 schools)');
  });

  it('writes the value most schools share as a number, or as a percent for a ratio', () => {
    const most: Standing = { rank: 1, tiedWith: 5, of: 8, value: 1234.567 };
    expect(standingCell(most, 'province', figure(1234.567), true, 'zh')).toBe('全省5 所为 1,234.57（共 8 所）');
    expect(standingCell(most, 'province', figure(1234.567), true, 'en')).toBe('5 of 8 in the province at 1,234.57');
    const mostRatio: Standing = { rank: 1, tiedWith: 3, of: 5, value: 12.34 };
    const f = figure(12.34, ratio());
    expect(standingCell(mostRatio, 'peers', f, true, 'zh')).toBe('同类3 所为 12.3%（共 5 所）');
    expect(standingCell(mostRatio, 'peers', f, true, 'en')).toBe('3 of 5 peers at 12.3%');
  });
});

describe('medianText', () => {
  it('gives a dash where there is no median', () => {
    expect(medianText(null, measure(), 'zh')).toBe('—');
    expect(medianText(null, measure(), 'en')).toBe('—');
    expect(medianText(null, ratio(), 'en')).toBe('—');
  });

  it('shows a median as a value of the measure', () => {
    expect(medianText(1500, measure(), 'zh')).toBe('1,500 人');
    expect(medianText(1500, measure(), 'en')).toBe('1,500 students');
    expect(medianText(1, measure({ unit: '个', unitEn: 'libraries' }), 'en')).toBe('1 library');
    expect(medianText(12.34, ratio(), 'zh')).toBe('12.3%');
    expect(medianText(12.34, ratio(), 'en')).toBe('12.3%');
  });
});

describe('shareText', () => {
  it('gives the share with the province total it is of', () => {
    const f = figure(13000, measure(), { share: 4.44, total: 294013 });
    expect(shareText(f, 'zh')).toBe('4.4%（全省 294,013 人）');
    expect(shareText(f, 'en')).toBe('4.4% of 294,013 students');
  });

  it('writes the total as a value of the measure, singular and all', () => {
    const f = figure(1, measure({ unit: '个', unitEn: 'libraries' }), { share: 100, total: 1 });
    expect(shareText(f, 'zh')).toBe('100%（全省 1 个）');
    expect(shareText(f, 'en')).toBe('100% of 1 library');
  });

  it('gives a dash where there is no share or no total', () => {
    const noShare = figure(0, measure(), { share: null, total: 0 });
    expect(shareText(noShare, 'zh')).toBe('—');
    expect(shareText(noShare, 'en')).toBe('—');
    const noTotal = figure(20, ratio(), { share: 5, total: null });
    expect(shareText(noTotal, 'zh')).toBe('—');
    expect(shareText(noTotal, 'en')).toBe('—');
    const neither = figure(null, measure(), { share: null, total: null });
    expect(shareText(neither, 'zh')).toBe('—');
    expect(shareText(neither, 'en')).toBe('—');
  });
});

describe('tierText and ownershipText', () => {
  it('names the tier', () => {
    expect(tierText(school({ tier: 'undergraduate' }), 'zh')).toBe('本科层次');
    expect(tierText(school({ tier: 'undergraduate' }), 'en')).toBe('Undergraduate level');
    expect(tierText(school({ tier: 'junior-college' }), 'zh')).toBe('专科层次');
    expect(tierText(school({ tier: 'junior-college' }), 'en')).toBe('Junior-college level');
  });

  it('names the ownership', () => {
    expect(ownershipText(school({ ownership: 'public' }), 'zh')).toBe('公办');
    expect(ownershipText(school({ ownership: 'public' }), 'en')).toBe('Public');
    expect(ownershipText(school({ ownership: 'private' }), 'zh')).toBe('民办');
    expect(ownershipText(school({ ownership: 'private' }), 'en')).toBe('Private');
  });
});

describe('peerGroupText', () => {
  it('names the tier, the type and how many schools the group has', () => {
    expect(peerGroupText(school(), 10, 'zh')).toBe('专科层次·综合院校，共 10 所（含本校）');
    expect(peerGroupText(school(), 10, 'en')).toBe(
      'Junior-college level, Comprehensive: 10 schools, this one included',
    );
  });

  it('follows the school’s own tier and type', () => {
    const s = school({
      tier: 'undergraduate',
      typeId: 'science-engineering',
      typeZh: '理工类',
      typeEn: 'Science and engineering',
    });
    expect(peerGroupText(s, 2, 'zh')).toBe('本科层次·理工类，共 2 所（含本校）');
    expect(peerGroupText(s, 2, 'en')).toBe(
      'Undergraduate level, Science and engineering: 2 schools, this one included',
    );
  });
});

describe('caseLabel', () => {
  const mention = (): CaseMention => ({
    id: '案例03',
    number: 3,
    title: { zh: '甲学院打造教师培养新模式', en: 'A College builds a new model of teacher development' },
    section: '§2.3.1',
  });

  it('gives the case’s id in Chinese and its number in English', () => {
    expect(caseLabel(mention(), 'zh')).toBe('案例03');
    expect(caseLabel(mention(), 'en')).toBe('Case 3');
    expect(caseLabel({ ...mention(), id: '案例12', number: 12 }, 'zh')).toBe('案例12');
    expect(caseLabel({ ...mention(), id: '案例12', number: 12 }, 'en')).toBe('Case 12');
  });
});

describe('localText', () => {
  it('picks the text of the reader’s language', () => {
    const text = () => ({ zh: '文明校园', en: 'Civilised campus' });
    expect(localText('zh', text())).toBe('文明校园');
    expect(localText('en', text())).toBe('Civilised campus');
  });
});

describe('originalTitle', () => {
  it('keeps the Chinese original one hover away in English, and none in Chinese', () => {
    expect(originalTitle('en', '酒泉职业技术学院')).toBe('酒泉职业技术学院');
    expect(originalTitle('zh', '酒泉职业技术学院')).toBeUndefined();
  });
});
