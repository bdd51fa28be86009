import { describe, expect, it } from 'vitest';
import { findSchools, searchNames } from '@/data/derive/search';
import type { School } from '@/data/domain';
import { schools } from '../fixtures';

/** 兰州石化 as the report names it: 表1's name, English, and the former name §1.1 still uses. */
const petrochemical: School = {
  ...schools[0]!,
  id: 'lz-petrochemical',
  nameZh: '兰州石化职业技术大学',
  nameEn: 'Lanzhou Petrochemical University of Vocational Technology',
  shortEn: 'Lanzhou Petrochemical',
  otherNames: [{ name: '兰州石化职业技术学院', kind: 'former', source: '§1.1' }],
};
const lanzhouVocational: School = {
  ...schools[1]!,
  id: 'lz-vocational',
  nameZh: '兰州职业技术学院',
  nameEn: 'Lanzhou Vocational and Technical College',
  shortEn: 'Lanzhou Vocational',
};
const jiuquan: School = {
  ...schools[3]!,
  id: 'jiuquan',
  nameZh: '酒泉职业技术学院',
  nameEn: 'Jiuquan Vocational and Technical College',
  shortEn: 'Jiuquan',
};
const all = [petrochemical, lanzhouVocational, jiuquan];
const ids = (found: School[]) => found.map((s) => s.id);

describe('finding a school by any name the report uses', () => {
  it('lists every name: 表1, English, short English, and the other names', () => {
    expect(searchNames(petrochemical)).toEqual([
      '兰州石化职业技术大学',
      'Lanzhou Petrochemical University of Vocational Technology',
      'Lanzhou Petrochemical',
      '兰州石化职业技术学院',
    ]);
  });

  it('finds every school whose name contains the words, in the order given', () => {
    expect(ids(findSchools('兰州', all))).toEqual(['lz-petrochemical', 'lz-vocational']);
    expect(ids(findSchools('职业技术学院', all))).toEqual(['lz-petrochemical', 'lz-vocational', 'jiuquan']);
  });

  it('ignores case and spaces at either end, in English too', () => {
    expect(ids(findSchools('  lanzhou VOCATIONAL ', all))).toEqual(['lz-vocational']);
    expect(ids(findSchools('petrochemical', all))).toEqual(['lz-petrochemical']);
  });

  it('lets an exact name win over names that only contain it, a former name too', () => {
    // "兰州石化职业技术学院" is 兰州石化's former name, and no other school's name contains it.
    expect(ids(findSchools('兰州石化职业技术学院', all))).toEqual(['lz-petrochemical']);
    // "Jiuquan" is 酒泉's short English name exactly, though the college's full name contains it too.
    const jiuquanCity: School = {
      ...jiuquan,
      id: 'jiuquan-other',
      nameEn: 'Jiuquan Other College',
      shortEn: 'Jiuquan Other',
    };
    expect(ids(findSchools('jiuquan', [jiuquanCity, jiuquan]))).toEqual(['jiuquan']);
  });

  it('finds nothing for an empty query or one no name contains', () => {
    expect(findSchools('', all)).toEqual([]);
    expect(findSchools('   ', all)).toEqual([]);
    expect(findSchools('北京', all)).toEqual([]);
  });
});
