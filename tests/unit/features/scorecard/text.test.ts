import { describe, expect, it } from 'vitest';
import { originalOf, scoreText, tableLabel, type ScorecardKey } from '@/features/scorecard/text';

describe('scoreText', () => {
  it('reads the scorecard’s messages in each language', () => {
    expect(scoreText('zh', 'keyFigures')).toBe('关键指标');
    expect(scoreText('en', 'keyFigures')).toBe('Key figures');
    expect(scoreText('zh', 'title')).toBe('计分卡（附表1—附表6）');
    expect(scoreText('en', 'title')).toBe('Scorecards (Appendix tables 1–6)');
  });

  it('prefers its own message to the shared one of the same key', () => {
    expect(scoreText('zh', 'notReported')).toBe('未报告（报告印作“-”）');
    expect(scoreText('en', 'notReported')).toBe('not reported (printed "-")');
  });

  it('fills the placeholders from the params', () => {
    expect(scoreText('zh', 'citeItem', { table: '附表2', seq: 3 })).toBe('附表2 第3项');
    expect(scoreText('en', 'citeItem', { table: 'Appendix 2', seq: 3 })).toBe('Appendix 2, item 3');
    expect(scoreText('zh', 'appendixTitle', { table: '附表1', title: '计分卡' })).toBe('附表1 计分卡');
    expect(scoreText('en', 'appendixTitle', { table: 'Appendix 1', title: 'Scorecard' })).toBe('Appendix 1: Scorecard');
  });

  it('takes the English singular for a count of one', () => {
    expect(scoreText('zh', 'rowCount', { count: 1 })).toBe('（1 行）');
    expect(scoreText('zh', 'rowCount', { count: 3 })).toBe('（3 行）');
    expect(scoreText('en', 'rowCount', { count: 1 })).toBe('(1 row)');
    expect(scoreText('en', 'rowCount', { count: 3 })).toBe('(3 rows)');
    expect(scoreText('en', 'rowCount', { count: 0 })).toBe('(0 rows)');
  });

  it('falls back to the shared messages', () => {
    expect(scoreText('zh', 'unitLabel' as ScorecardKey, { unit: '人' })).toBe('单位：人');
    expect(scoreText('en', 'unitLabel' as ScorecardKey, { unit: 'people' })).toBe('Unit: people');
  });

  it('gives an unknown key back as it is', () => {
    const key = 'noSuchKey' as ScorecardKey;
    expect(scoreText('zh', key)).toBe('noSuchKey');
    expect(scoreText('en', key)).toBe('noSuchKey');
  });
});

describe('tableLabel', () => {
  it('keeps every name as printed in Chinese', () => {
    expect(['附表2', '附表12', '表3', '图1', '附表2 第72页', ''].map((id) => tableLabel(id, 'zh'))).toEqual([
      '附表2',
      '附表12',
      '表3',
      '图1',
      '附表2 第72页',
      '',
    ]);
  });

  it('names an appendix table in English', () => {
    expect(tableLabel('附表2', 'en')).toBe('Appendix 2');
    expect(tableLabel('附表12', 'en')).toBe('Appendix 12');
  });

  it('names a table in English', () => {
    expect(tableLabel('表3', 'en')).toBe('Table 3');
    expect(tableLabel('表18', 'en')).toBe('Table 18');
  });

  it('leaves in English a name it does not read whole as it is', () => {
    expect(tableLabel('图1', 'en')).toBe('图1');
    expect(tableLabel('附表', 'en')).toBe('附表');
    expect(tableLabel('表', 'en')).toBe('表');
    expect(tableLabel('附表2 第72页', 'en')).toBe('附表2 第72页');
    expect(tableLabel('表3 小计', 'en')).toBe('表3 小计');
    expect(tableLabel('见附表2', 'en')).toBe('见附表2');
    expect(tableLabel('见表3', 'en')).toBe('见表3');
    expect(tableLabel('附表A', 'en')).toBe('附表A');
    expect(tableLabel('表A', 'en')).toBe('表A');
    expect(tableLabel('', 'en')).toBe('');
  });
});

describe('originalOf', () => {
  it('gives the Chinese original in English', () => {
    expect(originalOf('en', '毕业生人数')).toBe('毕业生人数');
  });

  it('gives nothing in Chinese', () => {
    expect(originalOf('zh', '毕业生人数')).toBeUndefined();
  });
});
