import { describe, expect, it } from 'vitest';
import { headlineDisplay } from '@/features/headline/display';
import type { HeadlineFigure } from '@/features/headline/headline';

const money: HeadlineFigure = {
  id: 'hve-subsidies',
  labelZh: '奖补资金',
  labelEn: 'Subsidies',
  value: 122680,
  unit: '万元',
  unitEn: '10,000 yuan',
  source: '§7.4',
};
const students: HeadlineFigure = {
  id: 'students',
  labelZh: '在校生',
  labelEn: 'Students',
  value: 294013,
  unit: '人',
  unitEn: 'students',
  source: '表2',
};
const rate: HeadlineFigure = {
  ...students,
  id: 'rate',
  value: 91.38,
  unit: '%',
  unitEn: '%',
  baseZh: '2023届毕业生 94358 人',
  baseEn: '94,358 graduates of 2023',
};

describe('headline figures', () => {
  it('read money printed in 万元 as yuan in English, the full number beside', () => {
    expect(headlineDisplay(money, 'en')).toMatchObject({
      value: '¥1.23 billion',
      unit: '',
      aside: '1,226,800,000 yuan',
    });
  });

  it('keep 万元 in Chinese, with the amount in 亿元 beside', () => {
    expect(headlineDisplay(money, 'zh')).toMatchObject({ value: '122,680', unit: '万元', aside: '约 12.27亿元' });
  });

  it('give large counts a short form and their unit in each language', () => {
    expect(headlineDisplay(students, 'zh')).toMatchObject({ value: '294,013', unit: '人', aside: '约 29.4万' });
    expect(headlineDisplay(students, 'en')).toMatchObject({ value: '294,013', unit: 'students', aside: 'about 294K' });
  });

  it('print a share with its sign and say what it is a share of', () => {
    expect(headlineDisplay(rate, 'en')).toMatchObject({ value: '91.38%', base: '94,358 graduates of 2023' });
    expect(headlineDisplay(rate, 'zh').base).toBe('2023届毕业生 94,358 人');
  });
});

describe('a headline count of one', () => {
  it('takes the singular in English, and the unit as it is in Chinese', () => {
    const one = (unitEn: string): HeadlineFigure => ({ ...students, value: 1, unitEn });
    expect(headlineDisplay(one('schools'), 'en')).toMatchObject({ value: '1', unit: 'school' });
    expect(headlineDisplay(one('students'), 'en')).toMatchObject({ value: '1', unit: 'student' });
    expect(headlineDisplay(one('graduates'), 'en')).toMatchObject({ value: '1', unit: 'graduate' });
    expect(headlineDisplay({ ...students, value: 2, unitEn: 'schools' }, 'en')).toMatchObject({ unit: 'schools' });
    expect(headlineDisplay({ ...students, value: 0, unitEn: 'schools' }, 'en')).toMatchObject({ unit: 'schools' });
    expect(headlineDisplay(one('schools'), 'zh')).toMatchObject({ value: '1', unit: '人' });
  });
});
