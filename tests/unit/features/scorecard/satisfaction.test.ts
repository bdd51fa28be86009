import { describe, expect, it } from 'vitest';
import { barLabel, satisfactionModel, satisfactionRows } from '@/features/scorecard/satisfaction';
import { appendix, row } from './fixtures';

describe('satisfaction', () => {
  it('bars the reported rates only: a "-" row gets no bar rather than a 0 one', () => {
    expect(satisfactionRows(appendix).map((r) => r.id)).toEqual(['current-students', 'classroom-education']);
  });

  it('labels each bar with its rate and responses, 其中 parts set apart', () => {
    const model = satisfactionModel(appendix, [], 'en');
    if (model.figure.kind !== 'bars') throw new Error(model.figure.kind);
    expect(model.figure.bars.map((b) => [b.label, b.valueText, b.tone])).toEqual([
      ['current-students en', '85.5% (n = 2,000)', undefined],
      ['· classroom-education en', '80% (n = 2,000)', 'muted'],
    ]);
    expect(model.figure.bars[0]?.detail).toEqual(['2,000 responses · Online survey']);
    expect(model.figure.percent).toBe(true);
  });

  it('tables the rate, the responses and the method in columns of their own', () => {
    const model = satisfactionModel(appendix, [], 'zh');
    expect(model.table.columns.map((c) => c.label)).toEqual(['指标', '%', '调查人次', '调查方式']);
    expect(model.table.rows[0]?.cells).toMatchObject({
      value: { text: '85.5', value: 85.5 },
      survey: { text: '2,000', value: 2000 },
      method: { text: '网上调查' },
    });
    expect(model.source).toMatch(/^来源：《甘肃省高等职业教育质量年度报告（2023）》附表2 · 第\d+页$/);
  });
});

describe('barLabel', () => {
  it('lets an English 其中 part drop the "Satisfaction with" its survey says, keeping the rest', () => {
    const part = row('p', 80, { level: 1, parentId: 's', labelEn: 'Satisfaction with in-class education' });
    expect(barLabel(part, 'en')).toBe('· In-class education');
    expect(barLabel({ ...part, labelEn: 'Satisfaction of new graduates' }, 'en')).toBe('· New graduates');
    expect(barLabel({ ...part, labelZh: '课堂育人满意度' }, 'zh')).toBe('· 课堂育人满意度');
    expect(barLabel(row('s', 90, { labelEn: 'Staff satisfaction' }), 'en')).toBe('Staff satisfaction');
  });
});
