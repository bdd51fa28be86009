import { describe, expect, it } from 'vitest';
import { appendixExportRows } from '@/features/scorecard/export-rows';
import { noteTitles, splitUnspaced, surveyMethodLabel, tableLabel, unitLabel } from '@/features/scorecard/labels';
import { appendixTables } from './fixtures';

describe('labels', () => {
  it('prints units in either language, and none for a ratio', () => {
    expect(unitLabel('万元', 'zh')).toBe('万元');
    expect(unitLabel('万元', 'en')).toBe('10,000 yuan');
    expect(unitLabel(':', 'zh')).toBe('');
    expect(unitLabel('光年', 'en')).toBe('光年');
    expect(surveyMethodLabel('网上调查', 'en')).toBe('online survey');
  });

  it('names report tables in either language', () => {
    expect(tableLabel('附表2', 'zh')).toBe('附表2');
    expect(tableLabel('附表2', 'en')).toBe('Appendix 2');
    expect(tableLabel('表3', 'en')).toBe('Table 3');
    expect(tableLabel('§1.2.3', 'en')).toBe('§1.2.3');
  });

  it('joins note titles with the punctuation of the language', () => {
    const notes = [
      { titleZh: '甲', titleEn: 'A' },
      { titleZh: '乙', titleEn: 'B' },
    ];
    expect(noteTitles(notes, 'zh')).toBe('甲；乙');
    expect(noteTitles(notes, 'en')).toBe('A; B');
  });
});

describe('appendixExportRows', () => {
  const rows = appendixExportRows(appendixTables, 'zh');

  it('exports every row, cited by table and 序号', () => {
    expect(rows).toHaveLength(15);
    expect(rows.find((r) => r.indicator === 'to-undergraduate中文')).toMatchObject({
      table: '附表1',
      seq: '2（其中）',
    });
  });

  it('exports a not-reported value as empty with what was printed, never as 0', () => {
    expect(rows.find((r) => r.indicator === 'class-advisers中文')).toMatchObject({ value: null, printed: '-' });
  });
});

describe('splitUnspaced', () => {
  it('keeps a short label on one line', () => {
    expect(splitUnspaced('生均图书', 10)).toEqual(['生均图书']);
  });

  it('splits a long Chinese label by characters', () => {
    expect(splitUnspaced('公共基础课不含思政课教学满意度', 8)).toEqual(['公共基础课不含思', '政课教学满意度']);
  });

  it('ends the last line in an ellipsis when even two lines are not enough', () => {
    expect(splitUnspaced('一二三四五六七', 3)).toEqual(['一二三', '四五…']);
  });
});
