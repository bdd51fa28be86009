import { describe, expect, it } from 'vitest';
import {
  formatCompact,
  formatQuantity,
  formatShort,
  groupDigitsInText,
  localeOf,
  otherLang,
  share,
} from '@/lib/format';

const unit = (zh: string, en: string) => ({ zh, en });

describe('languages', () => {
  it('name their locale and offer the other language', () => {
    expect(localeOf('zh')).toBe('zh-CN');
    expect(localeOf('en')).toBe('en-US');
    expect(otherLang('zh')).toBe('en');
    expect(otherLang('en')).toBe('zh');
  });
});

describe('short numbers', () => {
  it('keep one decimal below 亿 and two from 亿 on in Chinese', () => {
    expect(formatCompact(12345, 'zh')).toBe('1.2万');
    expect(formatCompact(123456789, 'zh')).toBe('1.23亿');
  });

  it('spell out billions in English from exactly one billion', () => {
    expect(formatCompact(1e9, 'en')).toBe('1 billion');
    expect(formatCompact(999_999_999, 'en')).toBe('1B');
  });

  it('are offered from 10,000 on, in either sign', () => {
    expect(formatShort(10000, 'zh')).toBe('1万');
    expect(formatShort(9999, 'zh')).toBeNull();
    expect(formatShort(-10000, 'en')).toBe('-10K');
  });
});

describe('quantities in English', () => {
  it('convert 万元 and large 元 amounts to yuan', () => {
    expect(formatQuantity(12345.6, unit('万元', '10,000 yuan'), 'en')).toBe('¥123M');
    expect(formatQuantity(12345, unit('元', 'yuan'), 'en')).toBe('¥12.3K');
    expect(formatQuantity(10000, unit('元', 'yuan'), 'en')).toBe('¥10K');
    expect(formatQuantity(9999, unit('元', 'yuan'), 'en')).toBe('9,999 yuan');
  });

  it('put the sign of a negative amount before the currency', () => {
    expect(formatQuantity(-10000, unit('元', 'yuan'), 'en')).toBe('-¥10K');
    expect(formatQuantity(-1.5, unit('万元', '10,000 yuan'), 'en')).toBe('-¥15K');
    expect(formatQuantity(-9999, unit('元', 'yuan'), 'en')).toBe('-9,999 yuan');
  });

  it('convert the counting units beginning with 万', () => {
    expect(formatQuantity(12.3, unit('万人次', '10,000 person-times'), 'en')).toBe('123K person-times');
    expect(formatQuantity(2.94, unit('万人', 'people'), 'en')).toBe('29.4K people');
    expect(formatQuantity(2.94, unit('万', ''), 'en')).toBe('29.4K');
  });

  it('print other units after the number, or nothing when there is no English unit', () => {
    expect(formatQuantity(12, unit('所', ''), 'en')).toBe('12');
    expect(formatQuantity(12, unit('所', 'schools'), 'en')).toBe('12 schools');
    expect(formatQuantity(12.5, unit('%', '%'), 'en')).toBe('12.5%');
  });
});

describe('quantities in Chinese', () => {
  it('put a space before a unit and none before %', () => {
    expect(formatQuantity(94358, unit('人', 'students'), 'zh')).toBe('94,358 人');
    expect(formatQuantity(91.38, unit('%', '%'), 'zh')).toBe('91.38%');
  });
});

describe('shares', () => {
  it('are percentages of a positive whole, otherwise none', () => {
    expect(share(1, 4)).toBe(25);
    expect(share(3, 2)).toBe(150);
    expect(share(1, 0)).toBeNull();
    expect(share(1, -4)).toBeNull();
  });
});

describe('digits in texts', () => {
  it('groups runs of five digits or more, not years, decimals or grouped numbers', () => {
    expect(groupDigitsInText('2023届毕业生 94358 人，1.23456 与 12,345 与 123456', 'zh')).toBe(
      '2023届毕业生 94,358 人，1.23456 与 12,345 与 123,456',
    );
  });
});
