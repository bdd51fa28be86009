import { describe, expect, it } from 'vitest';
import { conditionBars, percentAxis, satisfactionBars, shortfalls } from '@/features/scorecard/charts-data';
import { appendix, basicConditions } from './fixtures';

describe('satisfactionBars', () => {
  it('keeps the reported rates in printed order with their survey counts', () => {
    expect(satisfactionBars(appendix)).toEqual([
      {
        id: 'current-students',
        labelZh: 'current-students中文',
        labelEn: 'current-students en',
        level: 0,
        value: 85.5,
        surveyCount: 2000,
        surveyMethod: '网上调查',
      },
      {
        id: 'classroom-education',
        labelZh: 'classroom-education中文',
        labelEn: 'classroom-education en',
        level: 1,
        value: 80,
        surveyCount: 2000,
        surveyMethod: '网上调查',
      },
    ]);
  });
});

describe('conditionBars', () => {
  const bars = conditionBars({ basicConditions });

  it('puts each year’s median against its threshold, 100 being exactly 合格', () => {
    expect(bars.map((b) => [b.id, b.ofThreshold])).toEqual([
      ['space', { 2021: 125, 2022: 75, 2023: 100 }],
      ['books', { 2021: 150, 2022: 100, 2023: 200 }],
    ]);
    expect(bars[0]?.medians).toEqual({ 2021: 20, 2022: 12, 2023: 16 });
  });

  it('lists the years a median fell below its threshold, and only those (equal meets it)', () => {
    expect(shortfalls(bars)).toEqual([
      { id: 'space', labelZh: '生均用房', labelEn: 'Space', year: 2022, median: 12, threshold: 16 },
    ]);
  });

  it('has no share of a zero threshold', () => {
    const [first] = basicConditions.rows;
    if (!first) throw new Error('fixture');
    const [bar] = conditionBars({ basicConditions: { ...basicConditions, rows: [{ ...first, threshold: 0 }] } });
    expect(bar?.ofThreshold[2023]).toBeNull();
  });
});

describe('percentAxis', () => {
  it('reaches past the longest bar with a tick at the 100% threshold', () => {
    expect(percentAxis([80, 154.2, null])).toEqual({ max: 200, ticks: [0, 50, 100, 150, 200] });
    expect(percentAxis([320.7])).toEqual({ max: 400, ticks: [0, 100, 200, 300, 400] });
  });

  it('shows the threshold even when every bar falls short of it', () => {
    expect(percentAxis([40, null])).toEqual({ max: 100, ticks: [0, 50, 100] });
  });
});
