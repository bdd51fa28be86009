import { describe, expect, it } from 'vitest';
import type { MessageKey } from '@/lib/i18n';
import { bothLanguages, provinceText, schoolsText, type ChartWord } from '@/features/report-charts/province-text';
import { barValueText, chartText, quantityText, shareText, unitFor, unitLine } from '@/features/report-charts/text';

const students = () => ({ zh: '人', en: 'students' });
const courses = () => ({ zh: '门', en: 'courses' });

describe('chartText', () => {
  it('reads the charts’ own messages in each language', () => {
    expect(chartText('zh', 'title')).toBe('报告图表');
    expect(chartText('en', 'title')).toBe('Report charts');
    expect(chartText('zh', 'tabResources')).toBe('资源与专业');
    expect(chartText('en', 'tabResources')).toBe('Resources & majors');
  });

  it('fills the placeholders from the params', () => {
    expect(chartText('zh', 'perSchool', { metric: '在校生数' })).toBe('各校在校生数');
    expect(chartText('en', 'perSchool', { metric: 'Students' })).toBe('Students by school');
    expect(chartText('zh', 'compareFull', { max: 4 })).toBe('最多对比 4 所学校');
    expect(chartText('en', 'compareFull', { max: 4 })).toBe('At most 4 schools can be compared');
  });

  it('leaves a placeholder without its param as it is', () => {
    expect(chartText('zh', 'perSchool')).toBe('各校{metric}');
    expect(chartText('en', 'perSchool')).toBe('{metric} by school');
  });

  it('takes the English singular for a count of one', () => {
    expect(chartText('en', 'showAll', { count: 1 })).toBe('Show the 1');
    expect(chartText('en', 'showAll', { count: 3 })).toBe('Show all 3');
    expect(chartText('en', 'showAll', { count: 0 })).toBe('Show all 0');
    expect(chartText('zh', 'showAll', { count: 1 })).toBe('显示全部 1 所');
    expect(chartText('zh', 'showAll', { count: 3 })).toBe('显示全部 3 所');
  });

  it('falls back to the shared messages', () => {
    expect(chartText('zh', 'notReported')).toBe('未报告');
    expect(chartText('en', 'notReported')).toBe('not reported');
    expect(chartText('zh', 'unitLabel', { unit: '所' })).toBe('单位：所');
    expect(chartText('en', 'unitLabel', { unit: 'schools' })).toBe('Unit: schools');
  });

  it('gives an unknown key back as it is', () => {
    const key = 'noSuchMessage' as MessageKey;
    expect(chartText('zh', key)).toBe('noSuchMessage');
    expect(chartText('en', key)).toBe('noSuchMessage');
  });
});

describe('unitLine', () => {
  it('says the unit in each language', () => {
    expect(unitLine('zh', '人')).toBe('单位：人');
    expect(unitLine('en', 'students')).toBe('Unit: students');
    expect(unitLine('zh', '%')).toBe('单位：%');
    expect(unitLine('en', '%')).toBe('Unit: %');
  });
});

describe('unitFor', () => {
  it('keeps the Chinese unit as printed, whatever the value', () => {
    expect(unitFor(students(), 'zh')).toBe('人');
    expect(unitFor(students(), 'zh', 1)).toBe('人');
    expect(unitFor(students(), 'zh', 2)).toBe('人');
  });

  it('gives the English plural without a value and for counts other than one', () => {
    expect(unitFor(courses(), 'en')).toBe('courses');
    expect(unitFor(courses(), 'en', 0)).toBe('courses');
    expect(unitFor(courses(), 'en', 2)).toBe('courses');
    expect(unitFor(courses(), 'en', 1.5)).toBe('courses');
    expect(unitFor(courses(), 'en', -3)).toBe('courses');
  });

  it('gives the English singular for one', () => {
    expect(unitFor(courses(), 'en', 1)).toBe('course');
    expect(unitFor(courses(), 'en', -1)).toBe('course');
  });

  it('knows the singular of every unit the datasets use', () => {
    const singular = (en: string) => unitFor({ zh: '个', en }, 'en', 1);
    expect(
      [
        'students',
        'graduates',
        'libraries',
        'courses',
        'majors',
        'teachers',
        'schools',
        'prizes',
        'groups',
        'attendances',
        'entries',
      ].map(singular),
    ).toEqual([
      'student',
      'graduate',
      'library',
      'course',
      'major',
      'teacher',
      'school',
      'prize',
      'group',
      'attendance',
      'entry',
    ]);
  });

  it('leaves a unit it does not know as it is, even for one', () => {
    expect(unitFor({ zh: '册/生', en: 'volumes per student' }, 'en', 1)).toBe('volumes per student');
    expect(unitFor({ zh: '%', en: '%' }, 'en', 1)).toBe('%');
  });
});

describe('quantityText', () => {
  it('gives a count with its unit, grouped by thousands', () => {
    expect(quantityText(12997, students(), 'zh')).toBe('12,997 人');
    expect(quantityText(12997, students(), 'en')).toBe('12,997 students');
  });

  it('says one in the English singular', () => {
    expect(quantityText(1, courses(), 'zh')).toBe('1 门');
    expect(quantityText(1, courses(), 'en')).toBe('1 course');
    expect(quantityText(2, courses(), 'en')).toBe('2 courses');
  });

  it('gives zero as zero, not as not reported', () => {
    expect(quantityText(0, students(), 'zh')).toBe('0 人');
    expect(quantityText(0, students(), 'en')).toBe('0 students');
  });

  it('says not reported for a missing value', () => {
    expect(quantityText(null, students(), 'zh')).toBe('未报告');
    expect(quantityText(null, students(), 'en')).toBe('not reported');
  });

  it('reads 万元 in yuan in English', () => {
    const unit = { zh: '万元', en: '10,000 yuan' };
    expect(quantityText(123000, unit, 'zh')).toBe('123,000 万元');
    expect(quantityText(123000, unit, 'en')).toBe('¥1.23 billion');
  });

  it('puts a percentage’s sign right after the number', () => {
    const unit = { zh: '%', en: '%' };
    expect(quantityText(41.43, unit, 'zh')).toBe('41.43%');
    expect(quantityText(41.43, unit, 'en')).toBe('41.43%');
  });
});

describe('shareText', () => {
  it('gives a share with one decimal', () => {
    expect(shareText(4.4205, 'zh')).toBe('4.4%');
    expect(shareText(4.4205, 'en')).toBe('4.4%');
    expect(shareText(4.46, 'en')).toBe('4.5%');
    expect(shareText(75, 'zh')).toBe('75%');
    expect(shareText(0, 'en')).toBe('0%');
  });
});

describe('barValueText', () => {
  it('gives a count grouped by thousands, without a unit', () => {
    expect(barValueText(12997, 'zh', false)).toBe('12,997');
    expect(barValueText(12997, 'en', false)).toBe('12,997');
    expect(barValueText(12.5, 'en', false)).toBe('12.5');
    expect(barValueText(0, 'zh', false)).toBe('0');
  });

  it('gives a percentage with up to two decimals and its sign', () => {
    expect(barValueText(41.4321, 'zh', true)).toBe('41.43%');
    expect(barValueText(41.4321, 'en', true)).toBe('41.43%');
    expect(barValueText(0, 'en', true)).toBe('0%');
  });

  it('says not reported for a missing value, percentage or not', () => {
    expect(barValueText(null, 'zh', false)).toBe('未报告');
    expect(barValueText(null, 'en', false)).toBe('not reported');
    expect(barValueText(null, 'zh', true)).toBe('未报告');
    expect(barValueText(null, 'en', true)).toBe('not reported');
  });
});

describe('provinceText', () => {
  it('reads the other tabs’ messages in each language', () => {
    expect(provinceText('zh', 'colShare')).toBe('占比');
    expect(provinceText('en', 'colShare')).toBe('Share');
    expect(provinceText('zh', 'provinceWide')).toBe('全省数据，不随学校筛选变化');
    expect(provinceText('en', 'provinceWide')).toBe('Province-wide; school filters do not apply');
  });

  it('reads the panel’s messages too', () => {
    expect(provinceText('zh', 'title')).toBe('报告图表');
    expect(provinceText('en', 'title')).toBe('Report charts');
    expect(provinceText('zh', 'colShareProvince')).toBe('占全省');
    expect(provinceText('en', 'colShareProvince')).toBe('Share of the province');
  });

  it('falls back to the shared messages', () => {
    expect(provinceText('zh', 'tierUndergraduate')).toBe('本科层次');
    expect(provinceText('en', 'tierUndergraduate')).toBe('Undergraduate level');
    expect(provinceText('zh', 'notReported')).toBe('未报告');
    expect(provinceText('en', 'notReported')).toBe('not reported');
  });

  it('fills the placeholders from the params', () => {
    expect(provinceText('zh', 'shareOf', { base: '在校生', share: '4.4%' })).toBe('占在校生的 4.4%');
    expect(provinceText('en', 'shareOf', { base: 'students', share: '4.4%' })).toBe('4.4% of students');
    expect(provinceText('zh', 'colAmount', { unit: '人' })).toBe('数值（人）');
    expect(provinceText('en', 'colAmount', { unit: 'students' })).toBe('Value (students)');
  });

  it('takes the English singular for a count of one', () => {
    expect(provinceText('en', 'unitEntries', { count: 1 })).toBe('entry');
    expect(provinceText('en', 'unitEntries', { count: 2 })).toBe('entries');
    expect(provinceText('en', 'unitEntries')).toBe('entries');
    expect(provinceText('zh', 'unitEntries', { count: 1 })).toBe('条');
  });

  it('gives an unknown key back as it is', () => {
    const key = 'noSuchWord' as ChartWord;
    expect(provinceText('zh', key)).toBe('noSuchWord');
    expect(provinceText('en', key)).toBe('noSuchWord');
  });
});

describe('bothLanguages', () => {
  it('gives a message’s Chinese and English labels', () => {
    expect(bothLanguages('placedOther')).toEqual({ labelZh: '已落实，报告未细分', labelEn: 'Placed, not broken down' });
    expect(bothLanguages('tierUndergraduate')).toEqual({ labelZh: '本科层次', labelEn: 'Undergraduate level' });
  });

  it('fills both from the same params', () => {
    expect(bothLanguages('yearBar', { year: 2023 })).toEqual({ labelZh: '2023年', labelEn: '2023' });
    expect(bothLanguages('unitSchools', { count: 1 })).toEqual({ labelZh: '所', labelEn: 'school' });
    expect(bothLanguages('unitSchools', { count: 5 })).toEqual({ labelZh: '所', labelEn: 'schools' });
  });
});

describe('schoolsText', () => {
  it('counts schools in each language', () => {
    expect(schoolsText(12, 'zh')).toBe('12 所');
    expect(schoolsText(12, 'en')).toBe('12 schools');
  });

  it('says one school in the singular', () => {
    expect(schoolsText(1, 'zh')).toBe('1 所');
    expect(schoolsText(1, 'en')).toBe('1 school');
  });

  it('says zero schools in the plural', () => {
    expect(schoolsText(0, 'zh')).toBe('0 所');
    expect(schoolsText(0, 'en')).toBe('0 schools');
  });

  it('groups a large count by thousands', () => {
    expect(schoolsText(1234, 'zh')).toBe('1,234 所');
    expect(schoolsText(1234, 'en')).toBe('1,234 schools');
  });
});
