import { describe, expect, it } from 'vitest';
import type { DataNote } from '@/data/domain';
import { noteLines, reportSourceLine } from '@/lib/source-lines';

const note = (titleZh: string, titleEn: string) => ({ id: titleEn, titleZh, titleEn }) as DataNote;

describe('reportSourceLine', () => {
  it('names the report and cites the table with its page', () => {
    expect(reportSourceLine('zh', '表2')).toBe('来源：《甘肃省高等职业教育质量年度报告（2023）》表2 · 第6页');
    expect(reportSourceLine('en', '表2')).toBe(
      'Source: Gansu Higher Vocational Education Quality Report (2023), Table 2, p. 6',
    );
  });

  it('cites several tables, each with its page', () => {
    expect(reportSourceLine('zh', '表1、图1')).toBe(
      '来源：《甘肃省高等职业教育质量年度报告（2023）》表1 · 第3页、图1 · 第4页',
    );
    expect(reportSourceLine('en', '表1、图1')).toBe(
      'Source: Gansu Higher Vocational Education Quality Report (2023), Table 1, p. 3; Figure 1, p. 4',
    );
  });

  it('keeps a source it cannot read as it is', () => {
    expect(reportSourceLine('zh', '调查')).toBe('来源：《甘肃省高等职业教育质量年度报告（2023）》调查');
    expect(reportSourceLine('en', '调查')).toBe(
      'Source: Gansu Higher Vocational Education Quality Report (2023), 调查',
    );
  });

  it('names the report and cites the appendix table with its page', () => {
    expect(reportSourceLine('zh', '附表1')).toBe('来源：《甘肃省高等职业教育质量年度报告（2023）》附表1 · 第71页');
    expect(reportSourceLine('en', '附表1')).toBe(
      'Source: Gansu Higher Vocational Education Quality Report (2023), Appendix 1, p. 71',
    );
  });

  it('cites several sources, each with its page', () => {
    expect(reportSourceLine('zh', '附表2、表3')).toBe(
      '来源：《甘肃省高等职业教育质量年度报告（2023）》附表2 · 第72页、表3 · 第8页',
    );
    expect(reportSourceLine('en', '附表2、表3')).toBe(
      'Source: Gansu Higher Vocational Education Quality Report (2023), Appendix 2, p. 72; Table 3, p. 8',
    );
  });
});

describe('noteLines', () => {
  it('gives one line per note, titled in the language', () => {
    const notes = [note('在校生数不一致', 'Student counts disagree'), note('合计有误', 'The total is off')];
    expect(noteLines(notes, 'zh')).toEqual(['数据说明：在校生数不一致', '数据说明：合计有误']);
    expect(noteLines(notes, 'en')).toEqual(['Data note: Student counts disagree', 'Data note: The total is off']);
  });

  it('gives no line without notes', () => {
    expect(noteLines([], 'zh')).toEqual([]);
    expect(noteLines([], 'en')).toEqual([]);
  });

  it('keeps the notes’ order', () => {
    const notes = [note('附表1合计不一致', 'Appendix 1 total disagrees'), note('满意度口径', 'Satisfaction bases')];
    expect(noteLines(notes, 'zh')).toEqual(['数据说明：附表1合计不一致', '数据说明：满意度口径']);
    expect(noteLines([...notes].reverse(), 'en')).toEqual([
      'Data note: Satisfaction bases',
      'Data note: Appendix 1 total disagrees',
    ]);
  });
});
