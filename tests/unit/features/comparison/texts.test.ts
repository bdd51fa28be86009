import { describe, expect, it } from 'vitest';
import type { School } from '@/data/domain';
import type { Measure } from '@/data/derive/measures';
import type { Standing } from '@/data/derive/standing';
import type { BenchmarkColumn } from '@/features/comparison/compare';
import {
  benchmarkHint,
  benchmarkName,
  caseLabel,
  compareText,
  differenceTexts,
  measureLabel,
  numberText,
  originalTitle,
  schoolHover,
  schoolName,
  searchHint,
  standingCellText,
  tierText,
  valueText,
} from '@/features/comparison/texts';
import type { MessageKey } from '@/lib/i18n';

/** A school of the report, its names told apart: the full English name is not the short one. */
function lanzhouPetrochemical(overrides: Partial<School> = {}): School {
  return {
    id: 'lzpc',
    seq: 1,
    nameZh: '兰州石化职业技术大学',
    nameEn: 'Lanzhou Petrochemical University of Vocational Technology',
    shortEn: 'Lanzhou Petrochemical',
    otherNames: [],
    levelAsPrinted: '职业本科',
    tier: 'undergraduate',
    ownership: 'public',
    typeId: 'science-engineering',
    typeZh: '理工类',
    typeEn: 'Science and engineering',
    locationAsPrinted: '兰州市',
    prefectureId: 'lanzhou',
    source: '表1',
    ...overrides,
  };
}

function juniorCollege(id: string, overrides: Partial<School> = {}): School {
  return lanzhouPetrochemical({
    id,
    nameZh: `${id}职业学院`,
    nameEn: `${id} Vocational College`,
    shortEn: id.toUpperCase(),
    levelAsPrinted: '高职',
    tier: 'junior-college',
    typeId: 'comprehensive',
    typeZh: '综合院校',
    typeEn: 'Comprehensive',
    ...overrides,
  });
}

function students(overrides: Partial<Measure> = {}): Measure {
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
    ...overrides,
  };
}

/** A ratio; its English unit spelled differently from the Chinese one, to see which is used. */
function admissionRatio(overrides: Partial<Measure> = {}): Measure {
  return students({
    id: 'admission-ratio',
    labelZh: '招生数与在校生之比',
    labelEn: 'Admissions per enrolled student',
    unit: '%',
    unitEn: 'per cent',
    percent: true,
    parts: ['admissions', 'students'],
    ...overrides,
  });
}

const standing = (rank: number, of: number, tiedWith: number, value: number): Standing => ({
  rank,
  of,
  tiedWith,
  value,
});

describe('compareText', () => {
  it('says the comparison’s own messages in each language, with their parameters filled in', () => {
    expect(compareText('zh', 'higher', { name: '甲学院' })).toBe('较高：甲学院');
    expect(compareText('en', 'higher', { name: 'A' })).toBe('Higher: A');
    expect(compareText('zh', 'swap')).toBe('交换顺序');
    expect(compareText('en', 'swap')).toBe('Swap order');
  });

  it('falls back on the shared messages', () => {
    expect(compareText('zh', 'notReported')).toBe('未报告');
    expect(compareText('en', 'notReported')).toBe('not reported');
  });

  it('uses the English singular for a count of one', () => {
    expect(compareText('en', 'entryCount', { count: 1 })).toBe('1 entry');
    expect(compareText('en', 'entryCount', { count: 2 })).toBe('2 entries');
    expect(compareText('zh', 'entryCount', { count: 1 })).toBe('1 项');
  });

  it('says the key itself where no dictionary has it', () => {
    expect(compareText('en', 'no-such-message' as MessageKey)).toBe('no-such-message');
  });
});

describe('schoolName', () => {
  it('is the full Chinese name, or the short English one', () => {
    expect(schoolName(lanzhouPetrochemical(), 'zh')).toBe('兰州石化职业技术大学');
    expect(schoolName(lanzhouPetrochemical(), 'en')).toBe('Lanzhou Petrochemical');
  });
});

describe('schoolHover', () => {
  it('gives the full English name and the Chinese original in English', () => {
    expect(schoolHover(lanzhouPetrochemical(), 'en')).toBe(
      'Lanzhou Petrochemical University of Vocational Technology · 兰州石化职业技术大学',
    );
  });

  it('gives nothing in Chinese, where the name shown is the full one', () => {
    expect(schoolHover(lanzhouPetrochemical(), 'zh')).toBeUndefined();
  });
});

describe('searchHint', () => {
  const renamed = () =>
    lanzhouPetrochemical({
      otherNames: [
        {
          name: '兰州石化职业技术学院',
          nameEn: 'Lanzhou Petrochemical College of Vocational Technology',
          kind: 'former',
          source: '表1',
        },
        { name: '兰州石化职院', kind: 'variant', source: '§2.1' },
      ],
    });

  it('gives the other language’s name alone for a school with no other name', () => {
    expect(searchHint(lanzhouPetrochemical(), 'zh')).toBe('Lanzhou Petrochemical University of Vocational Technology');
    expect(searchHint(lanzhouPetrochemical(), 'en')).toBe('Lanzhou Petrochemical');
  });

  it('adds every other name in Chinese', () => {
    expect(searchHint(renamed(), 'zh')).toBe(
      'Lanzhou Petrochemical University of Vocational Technology / 兰州石化职业技术学院 / 兰州石化职院',
    );
  });

  it('adds in English only the other names that have an English form', () => {
    expect(searchHint(renamed(), 'en')).toBe(
      'Lanzhou Petrochemical / Lanzhou Petrochemical College of Vocational Technology',
    );
  });

  it('leaves out in English a school’s other names none of which is translated', () => {
    const school = lanzhouPetrochemical({ otherNames: [{ name: '兰州石化职院', kind: 'variant', source: '§2.1' }] });
    expect(searchHint(school, 'en')).toBe('Lanzhou Petrochemical');
    expect(searchHint(school, 'zh')).toBe('Lanzhou Petrochemical University of Vocational Technology / 兰州石化职院');
  });
});

describe('originalTitle', () => {
  it('gives the Chinese original in English only', () => {
    expect(originalTitle('en', '高水平专业群')).toBe('高水平专业群');
    expect(originalTitle('zh', '高水平专业群')).toBeUndefined();
  });
});

describe('measureLabel', () => {
  it('adds the unit to a count in Chinese', () => {
    expect(measureLabel(students(), 'zh')).toBe('在校生人数（人）');
  });

  it('leaves a count’s label alone in English, where the label names what is counted', () => {
    expect(measureLabel(students(), 'en')).toBe('Enrolled students');
  });

  it('adds the unit to a ratio in both languages, each its own', () => {
    expect(measureLabel(admissionRatio(), 'zh')).toBe('招生数与在校生之比（%）');
    expect(measureLabel(admissionRatio(), 'en')).toBe('Admissions per enrolled student (per cent)');
  });
});

describe('numberText', () => {
  it('groups a count’s thousands and keeps one decimal at most', () => {
    expect(numberText(12997, students(), 'zh')).toBe('12,997');
    expect(numberText(12997, students(), 'en')).toBe('12,997');
    expect(numberText(12.34, students(), 'en')).toBe('12.3');
    expect(numberText(-5, students(), 'zh')).toBe('-5');
    expect(numberText(0, students(), 'en')).toBe('0');
  });

  it('says a ratio in percent with one decimal', () => {
    expect(numberText(51.34, admissionRatio(), 'zh')).toBe('51.3%');
    expect(numberText(51.34, admissionRatio(), 'en')).toBe('51.3%');
    expect(numberText(1234.56, admissionRatio(), 'en')).toBe('1,234.6%');
    expect(numberText(0, admissionRatio(), 'zh')).toBe('0%');
  });
});

describe('valueText', () => {
  it('says not reported for a missing value, never 0', () => {
    expect(valueText(null, students(), 'zh')).toBe('未报告');
    expect(valueText(null, students(), 'en')).toBe('not reported');
    expect(valueText(null, admissionRatio(), 'en')).toBe('not reported');
  });

  it('says a value as the table shows it', () => {
    expect(valueText(0, students(), 'zh')).toBe('0');
    expect(valueText(12997, students(), 'en')).toBe('12,997');
    expect(valueText(51.34, admissionRatio(), 'zh')).toBe('51.3%');
    expect(valueText(51.34, admissionRatio(), 'en')).toBe('51.3%');
  });
});

describe('differenceTexts', () => {
  it('says there is nothing to compare where a value is not reported', () => {
    expect(differenceTexts(null, null, students(), 'zh')).toEqual({
      absolute: '无法比较（有未报告值）',
      relative: null,
    });
    expect(differenceTexts(null, 12, admissionRatio(), 'en')).toEqual({
      absolute: 'not comparable (not reported)',
      relative: null,
    });
  });

  it('signs a lower count with the minus sign alone', () => {
    expect(differenceTexts(-12691, -49.44, students(), 'zh')).toEqual({ absolute: '-12,691', relative: '-49.4%' });
    expect(differenceTexts(-12691, -49.44, students(), 'en')).toEqual({ absolute: '-12,691', relative: '-49.4%' });
  });

  it('signs a higher count with a plus, keeping two decimals of the count and one of the percentage', () => {
    expect(differenceTexts(1234.567, 12.345, students(), 'zh')).toEqual({ absolute: '+1,234.57', relative: '+12.3%' });
    expect(differenceTexts(1.5, 150, students(), 'en')).toEqual({ absolute: '+1.5', relative: '+150%' });
  });

  it('gives an equal value no sign', () => {
    expect(differenceTexts(0, 0, students(), 'zh')).toEqual({ absolute: '0', relative: '0%' });
    expect(differenceTexts(0, 0, admissionRatio(), 'en')).toEqual({ absolute: '0%', relative: '0%' });
  });

  it('signs a difference by what is shown: one that rounds to zero has no sign, neither + nor -', () => {
    expect(differenceTexts(1, 0.0077, students(), 'zh')).toEqual({ absolute: '+1', relative: '0%' });
    expect(differenceTexts(-0.004, -0.04, students(), 'en')).toEqual({ absolute: '0', relative: '0%' });
    expect(differenceTexts(0.04, 0.06, admissionRatio(), 'zh')).toEqual({ absolute: '0%', relative: '+0.1%' });
    expect(differenceTexts(-0.06, -0.04, admissionRatio(), 'zh')).toEqual({ absolute: '-0.1%', relative: '0%' });
  });

  it('leaves out the relative difference where the first school’s value is 0', () => {
    expect(differenceTexts(25, null, students(), 'zh')).toEqual({ absolute: '+25', relative: null });
    expect(differenceTexts(-25, null, students(), 'en')).toEqual({ absolute: '-25', relative: null });
  });

  it('says a ratio’s difference in percentage points with one decimal', () => {
    expect(differenceTexts(5.67, 12.34, admissionRatio(), 'zh')).toEqual({ absolute: '+5.7%', relative: '+12.3%' });
    expect(differenceTexts(-5.67, -12.34, admissionRatio(), 'en')).toEqual({
      absolute: '-5.7%',
      relative: '-12.3%',
    });
  });

  it('signs each part by its own value', () => {
    expect(differenceTexts(3, -2, students(), 'en')).toEqual({ absolute: '+3', relative: '-2%' });
    expect(differenceTexts(-3, 2, students(), 'zh')).toEqual({ absolute: '-3', relative: '+2%' });
  });
});

describe('standingCellText', () => {
  it('ranks no value that is not reported, whatever standing is given', () => {
    expect(standingCellText(standing(1, 8, 1, 5), 'province', null, students(), 'zh')).toBe('未报告，不排名');
    expect(standingCellText(null, 'peers', null, students(), 'en')).toBe('not reported, not ranked');
  });

  it('says there are no peers where a reported value has no standing', () => {
    expect(standingCellText(null, 'peers', 5, students(), 'zh')).toBe('无同类学校');
    expect(standingCellText(null, 'peers', 0, students(), 'en')).toBe('no peers');
  });

  it('says a place in the province or among peers', () => {
    expect(standingCellText(standing(2, 28, 1, 500), 'province', 500, students(), 'zh')).toBe('全省第 2/28');
    expect(standingCellText(standing(2, 28, 1, 500), 'province', 500, students(), 'en')).toBe(
      '#2 of 28 in the province',
    );
    expect(standingCellText(standing(3, 5, 1, 500), 'peers', 500, students(), 'zh')).toBe('同类第 3/5');
    expect(standingCellText(standing(3, 5, 1, 500), 'peers', 500, students(), 'en')).toBe('#3 of 5 peers');
  });

  it('says a shared place as a tie', () => {
    expect(standingCellText(standing(3, 28, 4, 1), 'province', 1, students(), 'zh')).toBe('全省并列第 3/28（4 所）');
    expect(standingCellText(standing(3, 28, 4, 1), 'province', 1, students(), 'en')).toBe(
      'joint #3 of 28 in the province (4 schools)',
    );
  });

  it('says a value most schools share as that fact, the value as the table shows it', () => {
    expect(standingCellText(standing(2, 28, 26, 0), 'province', 0, students(), 'zh')).toBe('全省26 所为 0（共 28 所）');
    expect(standingCellText(standing(2, 28, 26, 0), 'province', 0, students(), 'en')).toBe(
      '26 of 28 in the province at 0',
    );
    expect(standingCellText(standing(1, 5, 3, 12.34), 'peers', 12.34, students(), 'zh')).toBe(
      '同类3 所为 12.3（共 5 所）',
    );
    expect(standingCellText(standing(1, 5, 3, 12.34), 'peers', 12.34, admissionRatio(), 'en')).toBe(
      '3 of 5 peers at 12.3%',
    );
  });
});

describe('tierText', () => {
  it('names the two tiers in each language', () => {
    expect(tierText(lanzhouPetrochemical(), 'zh')).toBe('本科层次');
    expect(tierText(lanzhouPetrochemical(), 'en')).toBe('Undergraduate level');
    expect(tierText(juniorCollege('c1'), 'zh')).toBe('专科层次');
    expect(tierText(juniorCollege('c1'), 'en')).toBe('Junior-college level');
  });
});

describe('benchmarkName', () => {
  it('names the medians as a column does', () => {
    expect(benchmarkName('province', 'zh')).toBe('全省中位数');
    expect(benchmarkName('province', 'en')).toBe('Province median');
    expect(benchmarkName('peers', 'zh')).toBe('同类中位数');
    expect(benchmarkName('peers', 'en')).toBe('Peer median');
  });

  it('lower-cases them in English inside a sentence', () => {
    expect(benchmarkName('province', 'en', true)).toBe('province median');
    expect(benchmarkName('peers', 'en', true)).toBe('peer median');
    expect(benchmarkName('province', 'zh', true)).toBe('全省中位数');
    expect(benchmarkName('peers', 'zh', true)).toBe('同类中位数');
  });
});

describe('benchmarkHint', () => {
  const juniors = () => ['c1', 'c2', 'c3', 'c4', 'c5'].map((id) => juniorCollege(id));
  const provinceColumn = (): BenchmarkColumn => ({
    kind: 'province',
    group: [lanzhouPetrochemical(), ...juniors()],
    usable: true,
  });
  const peersColumn = (): BenchmarkColumn => {
    const group = juniors();
    return { kind: 'peers', group, of: group[0], usable: true };
  };
  const lonePeers = (): BenchmarkColumn => {
    const alone = juniorCollege('m1', { typeId: 'medicine', typeZh: '医学类', typeEn: 'Medicine' });
    return { kind: 'peers', group: [alone], of: alone, usable: false };
  };

  it('says how many schools the province median is of', () => {
    expect(benchmarkHint(provinceColumn(), 'zh')).toBe('全省 6 所学校的中位数');
    expect(benchmarkHint(provinceColumn(), 'en')).toBe('the median of all 6 schools');
  });

  it('says it shortly for a column header', () => {
    expect(benchmarkHint(provinceColumn(), 'zh', true)).toBe('全省 6 所');
    expect(benchmarkHint(provinceColumn(), 'en', true)).toBe('all 6 schools');
  });

  it('says whose peers, which tier and type and how many', () => {
    expect(benchmarkHint(peersColumn(), 'zh')).toBe('c1职业学院的同类：专科层次·综合院校，5 所（含本校）的中位数');
    expect(benchmarkHint(peersColumn(), 'en')).toBe(
      'the median of the peers of C1: Junior-college level, Comprehensive, 5 schools (itself included)',
    );
  });

  it('leaves the school to the first column in a header', () => {
    expect(benchmarkHint(peersColumn(), 'zh', true)).toBe('同类 5 所：专科层次·综合院校');
    expect(benchmarkHint(peersColumn(), 'en', true)).toBe('5 peers: Junior-college level, Comprehensive');
  });

  it('says the tier and type of the undergraduate school whose peers they are', () => {
    const pair = [lanzhouPetrochemical(), lanzhouPetrochemical({ id: 'other' })];
    const column: BenchmarkColumn = { kind: 'peers', group: pair, of: pair[0], usable: true };
    expect(benchmarkHint(column, 'zh', true)).toBe('同类 2 所：本科层次·理工类');
    expect(benchmarkHint(column, 'en', true)).toBe('2 peers: Undergraduate level, Science and engineering');
  });

  it('says a school alone in its tier and type has no peers, short or not', () => {
    expect(benchmarkHint(lonePeers(), 'zh')).toBe('m1职业学院没有同类学校（同层次、同类型仅此一所）');
    expect(benchmarkHint(lonePeers(), 'en')).toBe('M1 has no peers (the only school of its level and type)');
    expect(benchmarkHint(lonePeers(), 'zh', true)).toBe('m1职业学院没有同类学校（同层次、同类型仅此一所）');
    expect(benchmarkHint(lonePeers(), 'en', true)).toBe('M1 has no peers (the only school of its level and type)');
  });

  it('asks for a school before there are peers to take', () => {
    const column = (): BenchmarkColumn => ({ kind: 'peers', group: [], usable: false });
    expect(benchmarkHint(column(), 'zh')).toBe('第一所学校的同类（同层次、同类型）的中位数：请先选择学校');
    expect(benchmarkHint(column(), 'en')).toBe(
      'the median of the first school’s peers (same level and type): choose a school first',
    );
    expect(benchmarkHint(column(), 'en', true)).toBe(
      'the median of the first school’s peers (same level and type): choose a school first',
    );
  });
});

describe('caseLabel', () => {
  it('numbers a case with two digits in Chinese, as the report prints it', () => {
    expect(caseLabel(3, 'zh')).toBe('案例03');
    expect(caseLabel(12, 'zh')).toBe('案例12');
    expect(caseLabel(123, 'zh')).toBe('案例123');
  });

  it('numbers it plainly in English', () => {
    expect(caseLabel(3, 'en')).toBe('Case 3');
    expect(caseLabel(12, 'en')).toBe('Case 12');
  });
});
