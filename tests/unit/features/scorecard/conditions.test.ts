import { describe, expect, it } from 'vitest';
import { shortfalls, shortfallsText } from '@/features/scorecard/conditions';
import { basicConditions } from './fixtures';

describe('表3 shortfalls', () => {
  it('finds every year a median fell below its threshold, and only those', () => {
    // Space: 12 < 16 in 2022 (16 in 2023 meets it); books never below 60.
    expect(shortfalls(basicConditions.rows).map((s) => [s.id, s.year, s.median])).toEqual([['space', 2022, 12]]);
  });

  it('says them in one sentence in either language, with units', () => {
    const found = shortfalls(basicConditions.rows);
    expect(shortfallsText(found, 'zh')).toBe('表3 中位数低于合格指标的：生均用房 2022年 12 < 16 平方米/生。');
    expect(shortfallsText(found, 'en')).toBe('Table 3 medians below the threshold: Space, 2022: 12 < 16 m².');
  });

  it('says every median meets its threshold when none falls short', () => {
    expect(shortfallsText([], 'en')).toBe('In Table 3 every median meets its threshold in every year.');
  });
});
