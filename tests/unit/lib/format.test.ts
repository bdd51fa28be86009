import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent, formatShort } from '@/lib/format';

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
