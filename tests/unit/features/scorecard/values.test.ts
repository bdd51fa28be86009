import { describe, expect, it } from 'vitest';
import { rowUnit, shownValue, surveyMethod, valueWithUnit } from '@/features/scorecard/values';
import { row } from './fixtures';

const money = row('funds', 4693.31, { unit: '万元', unitEn: '10,000 yuan', valueText: '4693.31' });

describe('shownValue', () => {
  it('prints the value as the report does, in its unit, in Chinese', () => {
    expect(shownValue(money, 'zh')).toEqual({ text: '4,693.31', value: 4693.31, unit: '万元' });
    expect(shownValue(row('x', 6609, { unit: 'Mbps', valueText: '6609.00' }), 'zh').text).toBe('6,609.00');
  });

  it('turns 万元 into exact yuan in English, the number behind it too, the printed form kept', () => {
    const shown = shownValue(money, 'en');
    expect(shown).toMatchObject({ text: '¥46,933,100', value: 46933100, unit: 'yuan' });
    expect(shown.original).toMatch(/^4693\.31 万元 \(¥46\.9M\)$/);
    expect(shownValue(row('y', 170683.7, { unit: '万元', valueText: '170683.7' }), 'en').text).toBe('¥1,706,837,000');
  });

  it('uses the data’s English unit, and the printed one where the data has none', () => {
    expect(shownValue(row('p', 94358), 'en').unit).toBe('people');
    expect(shownValue(row('b', 4840.49, { unit: 'Mbps', unitEn: undefined }), 'en').unit).toBe('Mbps');
  });

  it('keeps not reported as not reported, never 0', () => {
    expect(shownValue(row('n', null, { unit: '万元', unitEn: '10,000 yuan' }), 'en')).toEqual({
      text: null,
      value: null,
      unit: 'yuan',
    });
    expect(shownValue(row('m', null), 'zh').text).toBeNull();
  });
});

describe('rowUnit and valueWithUnit', () => {
  it('prints no unit for a ratio, a % without a space, others after a space', () => {
    const ratio = row('r', 17.6, { unit: ':', valueText: '17.6:1' });
    expect(rowUnit(ratio, 'en')).toBe('');
    expect(valueWithUnit(ratio, 'zh')).toBe('17.6:1');
    expect(valueWithUnit(row('s', 81.2, { unit: '%', unitEn: undefined, valueText: '81.20' }), 'en')).toBe('81.20%');
    expect(valueWithUnit(row('i', 3980.34, { unit: '元', unitEn: 'yuan' }), 'en')).toBe('3,980.34 yuan');
    expect(valueWithUnit(money, 'en')).toBe('¥46,933,100');
    expect(valueWithUnit(row('n', null), 'zh')).toBeNull();
  });
});

describe('surveyMethod', () => {
  it('reads the data’s English, and is empty for a row without a survey', () => {
    const surveyed = row('s', 90, { surveyMethod: '网上调查', surveyMethodEn: 'Online survey' });
    expect(surveyMethod(surveyed, 'zh')).toBe('网上调查');
    expect(surveyMethod(surveyed, 'en')).toBe('Online survey');
    expect(surveyMethod(row('t', 1), 'en')).toBe('');
  });
});
