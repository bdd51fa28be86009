import { describe, expect, it } from 'vitest';
import { indexAppendix } from '@/data/domain';
import { barLabel, satisfactionModel, satisfactionRows } from '@/features/scorecard/satisfaction';
import { appendix, appendixTables, row } from './fixtures';

describe('satisfactionRows rules', () => {
  it('has no rows without 附表2', () => {
    expect(satisfactionRows(indexAppendix(appendixTables.filter((t) => t.id !== '附表2')))).toEqual([]);
  });
});

describe('barLabel rules', () => {
  it('drops the survey wording from an English part under its survey', () => {
    expect(barLabel(row('p', 1, { level: 1, labelEn: 'Satisfaction with the teaching' }), 'en')).toBe('· Teaching');
    expect(barLabel(row('p', 1, { level: 2, labelEn: 'satisfaction of staff' }), 'en')).toBe('· · Staff');
  });

  it('keeps a top-level label, a Chinese label and a label not starting with the wording', () => {
    expect(barLabel(row('p', 1, { level: 0, labelEn: 'Satisfaction with the teaching' }), 'en')).toBe(
      'Satisfaction with the teaching',
    );
    expect(barLabel(row('p', 1, { level: 1, labelZh: 'Satisfaction with 教学' }), 'zh')).toBe(
      '· Satisfaction with 教学',
    );
    expect(barLabel(row('p', 1, { level: 1, labelEn: 'Overall satisfaction with teaching' }), 'en')).toBe(
      '· Overall satisfaction with teaching',
    );
  });
});

describe('satisfactionModel rules', () => {
  it('draws and tables 附表2 in English', () => {
    expect(satisfactionModel(appendix, [], 'en')).toEqual({
      id: 'scorecard-satisfaction',
      lang: 'en',
      title: 'Satisfaction and survey counts (Appendix 2)',
      subtitle: 'Province-wide figures (2023); they do not follow the filters',
      unit: 'Unit: %',
      source: 'Source: Gansu Higher Vocational Education Quality Report (2023), Appendix 2, p. 72',
      notes: [],
      file: {
        topic: 'Satisfaction and survey counts',
        scope: '',
      },
      figure: {
        kind: 'bars',
        bars: [
          {
            key: 'current-students',
            label: 'current-students en',
            value: 85.5,
            valueText: '85.5% (n = 2,000)',
            detail: ['2,000 responses · Online survey'],
          },
          {
            key: 'classroom-education',
            label: '· classroom-education en',
            value: 80,
            valueText: '80% (n = 2,000)',
            tone: 'muted',
            detail: ['2,000 responses · Online survey'],
          },
        ],
        percent: true,
      },
      table: {
        columns: [
          {
            key: 'name',
            label: 'Indicator',
          },
          {
            key: 'value',
            label: '%',
            numeric: true,
          },
          {
            key: 'survey',
            label: 'Responses',
            numeric: true,
          },
          {
            key: 'method',
            label: 'Method',
          },
        ],
        rows: [
          {
            key: 'current-students',
            cells: {
              name: {
                text: 'current-students en',
              },
              value: {
                text: '85.5',
                value: 85.5,
              },
              survey: {
                text: '2,000',
                value: 2000,
              },
              method: {
                text: 'Online survey',
              },
            },
          },
          {
            key: 'classroom-education',
            cells: {
              name: {
                text: '· classroom-education en',
              },
              value: {
                text: '80',
                value: 80,
              },
              survey: {
                text: '2,000',
                value: 2000,
              },
              method: {
                text: 'Online survey',
              },
            },
          },
        ],
      },
    });
  });

  it('draws and tables 附表2 in Chinese', () => {
    expect(satisfactionModel(appendix, [], 'zh')).toEqual({
      id: 'scorecard-satisfaction',
      lang: 'zh',
      title: '满意度与调查人次（附表2）',
      subtitle: '全省汇总数据（2023年），不随筛选变化',
      unit: '单位：%',
      source: '来源：《甘肃省高等职业教育质量年度报告（2023）》附表2 · 第72页',
      notes: [],
      file: {
        topic: '满意度与调查人次',
        scope: '',
      },
      figure: {
        kind: 'bars',
        bars: [
          {
            key: 'current-students',
            label: 'current-students中文',
            value: 85.5,
            valueText: '85.5%（2,000 人次）',
            detail: ['2,000 人次 · 网上调查'],
          },
          {
            key: 'classroom-education',
            label: '· classroom-education中文',
            value: 80,
            valueText: '80%（2,000 人次）',
            tone: 'muted',
            detail: ['2,000 人次 · 网上调查'],
          },
        ],
        percent: true,
      },
      table: {
        columns: [
          {
            key: 'name',
            label: '指标',
          },
          {
            key: 'value',
            label: '%',
            numeric: true,
          },
          {
            key: 'survey',
            label: '调查人次',
            numeric: true,
          },
          {
            key: 'method',
            label: '调查方式',
          },
        ],
        rows: [
          {
            key: 'current-students',
            cells: {
              name: {
                text: 'current-students中文',
              },
              value: {
                text: '85.5',
                value: 85.5,
              },
              survey: {
                text: '2,000',
                value: 2000,
              },
              method: {
                text: '网上调查',
              },
            },
          },
          {
            key: 'classroom-education',
            cells: {
              name: {
                text: '· classroom-education中文',
              },
              value: {
                text: '80',
                value: 80,
              },
              survey: {
                text: '2,000',
                value: 2000,
              },
              method: {
                text: '网上调查',
              },
            },
          },
        ],
      },
    });
  });

  it('leaves the responses empty for a row without a survey', () => {
    const tables = [{ id: '附表2', titleZh: 't', titleEn: 't', year: 2023, rows: [row('plain', 50, { unit: '%' })] }];
    const model = satisfactionModel(indexAppendix(tables), [], 'en');
    expect(model.table?.rows[0]?.cells.survey).toEqual({ text: '', value: null });
    expect(model.figure).toMatchObject({ bars: [{ key: 'plain', valueText: '50%', detail: [] }] });
  });
});
