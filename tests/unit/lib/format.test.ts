import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent, formatShort, groupDigitsInText } from '@/lib/format';

describe('number formatting', () => {
  it('groups thousands in both languages', () => {
    expect(formatNumber(294013, 'zh')).toBe('294,013');
    expect(formatNumber(294013, 'en')).toBe('294,013');
  });
  it('keeps the decimals the report prints, up to two', () => {
    expect(formatNumber(3980.34, 'zh')).toBe('3,980.34');
    expect(formatNumber(17.6, 'zh')).toBe('17.6');
  });
  it('uses 万 and 亿 in Chinese where the number is large', () => {
    expect(formatShort(294013, 'zh')).toBe('29.4万');
    expect(formatShort(1226800000, 'zh')).toBe('12.27亿');
    expect(formatShort(9999, 'zh')).toBeNull();
    expect(formatShort(294013, 'en')).toBe('294K');
  });
  it('prints percentages with the sign', () => {
    expect(formatPercent(91.38, 'zh')).toBe('91.38%');
  });
});

describe('localSource', () => {
  it('names report tables in English, keeps Chinese as printed, and gives the printed page', async () => {
    const { localSource } = await import('@/lib/i18n');
    expect(localSource('en', '表2、§1.2.1')).toBe('Table 2, p. 6; §1.2.1, p. 4');
    expect(localSource('en', '附表4')).toBe('Appendix 4, p. 75');
    expect(localSource('zh', '附表4')).toBe('附表4 · 第75页');
  });
});

describe('short numbers and quantities', () => {
  it('use Intl compact notation: 万 and 亿 in Chinese, K and billion in English', async () => {
    const { formatCompact } = await import('@/lib/format');
    expect(formatCompact(294013, 'zh')).toBe('29.4万');
    expect(formatCompact(1226800000, 'zh')).toBe('12.27亿');
    expect(formatCompact(294013, 'en')).toBe('294K');
    expect(formatCompact(1226800000, 'en')).toBe('1.23 billion');
  });

  it('convert 万元 and 万人次 in English instead of printing "10,000 yuan"', async () => {
    const { formatQuantity } = await import('@/lib/format');
    expect(formatQuantity(122680, { zh: '万元', en: '10,000 yuan' }, 'en')).toBe('¥1.23 billion');
    expect(formatQuantity(122680, { zh: '万元', en: '10,000 yuan' }, 'zh')).toBe('122,680 万元');
    expect(formatQuantity(27.02, { zh: '万人次', en: '10,000 person-times' }, 'en')).toBe('270K person-times');
    expect(formatQuantity(12997, { zh: '人', en: 'students' }, 'en')).toBe('12,997 students');
    expect(formatQuantity(91.38, { zh: '%', en: '%' }, 'zh')).toBe('91.38%');
  });
});

describe('translation', () => {
  it('chooses the English singular from the count, and fills placeholders', async () => {
    const { translateIn } = await import('@/lib/i18n');
    const dict = { schools: { zh: '{count} 所学校', en: '{count} schools', enOne: '{count} school' } };
    expect(translateIn(dict, 'en', 'schools', { count: 1 })).toBe('1 school');
    expect(translateIn(dict, 'en', 'schools', { count: 4 })).toBe('4 schools');
    expect(translateIn(dict, 'zh', 'schools', { count: 1 })).toBe('1 所学校');
  });

  it('falls back to the shared messages, and picks a record field by language', async () => {
    const { translateIn, pick } = await import('@/lib/i18n');
    expect(translateIn({}, 'en', 'dismiss')).toBe('Dismiss');
    expect(pick('en', { nameZh: '酒泉职业技术学院', nameEn: 'Jiuquan Vocational and Technical College' }, 'name')).toBe(
      'Jiuquan Vocational and Technical College',
    );
  });

  it('joins lists the way each language does', async () => {
    const { formatList } = await import('@/lib/i18n');
    expect(formatList(['甲', '乙', '丙'], 'zh')).toBe('甲、乙和丙');
    expect(formatList(['A', 'B', 'C'], 'en')).toBe('A, B, and C');
  });
});

describe('groupDigitsInText', () => {
  it('groups the long numbers of a text from the data, in either language, and leaves years and decimals', () => {
    expect(groupDigitsInText('2023届毕业生 94358 人', 'zh')).toBe('2023届毕业生 94,358 人');
    expect(groupDigitsInText('申报的学生 23639 名，占 12.34567%', 'zh')).toBe('申报的学生 23,639 名，占 12.34567%');
    expect(groupDigitsInText('1226800000 yuan, already 94,358', 'en')).toBe('1,226,800,000 yuan, already 94,358');
    expect(groupDigitsInText('高等职业院校 29 所', 'zh')).toBe('高等职业院校 29 所');
  });
});
