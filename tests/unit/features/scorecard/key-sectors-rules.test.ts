import { describe, expect, it } from 'vitest';
import { indexAppendix } from '@/data/domain';
import { keyFigures, placementRate, type KeyFigure } from '@/features/scorecard/key-figures';
import { keyFiguresModel, keyFigureText } from '@/features/scorecard/key-model';
import { sectorShares } from '@/features/scorecard/sectors';
import { sectorsGapText, sectorsModel } from '@/features/scorecard/sectors-model';
import { appendix, appendixTables, printedRate, row } from './fixtures';

function withRow(tableId: string, id: string, value: number | null) {
  return indexAppendix(
    appendixTables.map((t) =>
      t.id === tableId
        ? {
            ...t,
            rows: t.rows.map((r) =>
              r.id === id ? { ...r, value, valueText: value === null ? '-' : String(value) } : r,
            ),
          }
        : t,
    ),
  );
}

function withoutRow(tableId: string, id: string) {
  return indexAppendix(
    appendixTables.map((t) => (t.id === tableId ? { ...t, rows: t.rows.filter((r) => r.id !== id) } : t)),
  );
}

/** 附表1 with no printed total and the secondary sector not reported. */
function noTotalAppendix() {
  const first = appendixTables[0];
  if (!first) throw new Error('fixture');
  return indexAppendix([
    {
      ...first,
      rows: first.rows
        .filter((r) => r.id !== 'employed-three-sectors')
        .map((r) => (r.id === 'secondary-sector' ? row('secondary-sector', null, { level: 1 }) : r)),
    },
  ]);
}

function surveyFigure(survey: KeyFigure['survey']): KeyFigure {
  return {
    id: 'x',
    labelZh: '样本',
    labelEn: 'Sample',
    value: 70,
    valueText: '70',
    unit: '%',
    source: '附表2',
    derived: false,
    survey,
    noteKeys: [],
  };
}

describe('placementRate rules', () => {
  it('is null when the placed count is not reported', () => {
    expect(placementRate(withRow('附表1', 'destination-secured', null), new Map())).toBeNull();
  });

  it('is null when either count row is missing', () => {
    expect(placementRate(withoutRow('附表1', 'graduates'), new Map())).toBeNull();
    expect(placementRate(withoutRow('附表1', 'destination-secured'), new Map())).toBeNull();
  });

  it('is null when there are no graduates to divide by', () => {
    expect(placementRate(withRow('附表1', 'graduates', 0), new Map())).toBeNull();
  });

  it('says a narrative rate off by a hundredth differs', () => {
    expect(placementRate(appendix, printedRate(90.01))?.printed).toEqual({
      value: 90.01,
      source: '§1.2.3',
      agrees: false,
    });
    expect(placementRate(appendix, printedRate(89.996))?.printed).toEqual({
      value: 89.996,
      source: '§1.2.3',
      agrees: true,
    });
  });

  it('leaves the placement card out when a count is missing', () => {
    expect(keyFigures(withRow('附表1', 'graduates', null), new Map()).map((f) => f.id)[0]).toBe('附表1/monthly-income');
  });
});

describe('keyFigureText rules', () => {
  it('gives the bare survey count when the survey method is not printed', () => {
    expect(keyFigureText(surveyFigure({ count: 1234 }), 'zh')).toEqual({
      label: '样本',
      value: '70%',
      basis: ['1,234 人次'],
      source: '附表2 · 第72页',
    });
    expect(keyFigureText(surveyFigure({ count: 1234 }), 'en')).toEqual({
      label: 'Sample',
      value: '70%',
      basis: ['1,234 responses'],
      source: 'Appendix 2, p. 72',
    });
  });

  it('needs both languages of a method to name it', () => {
    expect(keyFigureText(surveyFigure({ count: 1234, methodZh: '网上调查' }), 'en').basis).toEqual(['1,234 responses']);
    expect(keyFigureText(surveyFigure({ count: 1234, methodEn: 'Online survey' }), 'zh').basis).toEqual(['1,234 人次']);
  });
});

describe('keyFiguresModel rules', () => {
  it('tables every card in Chinese, flagging a narrative rate that differs', () => {
    expect(keyFiguresModel(keyFigures(appendix, printedRate(91)), [], 'zh')).toEqual({
      id: 'scorecard-key',
      lang: 'zh',
      title: '计分卡关键指标（附表1—附表6）',
      subtitle: '全省汇总数据（2023年），不随筛选变化',
      source:
        '来源：《甘肃省高等职业教育质量年度报告（2023）》附表1 · 第71页、附表2 · 第72页、附表3 · 第73页、附表6 · 第77页',
      notes: [],
      file: {
        topic: '计分卡关键指标',
        scope: '',
      },
      figure: {
        kind: 'table',
      },
      table: {
        columns: [
          {
            key: 'indicator',
            label: '指标',
          },
          {
            key: 'value',
            label: '2023年',
            numeric: true,
          },
          {
            key: 'unit',
            label: '单位',
          },
          {
            key: 'basis',
            label: '依据',
          },
          {
            key: 'source',
            label: '来源',
          },
        ],
        rows: [
          {
            key: 'placement-rate',
            cells: {
              indicator: {
                text: '毕业去向落实率',
              },
              value: {
                text: '90',
                value: 90,
              },
              unit: {
                text: '%',
              },
              basis: {
                text: '毕业去向落实人数 ÷ 毕业生人数 = 900 ÷ 1,000 = 90% · 正文 §1.2.3 · 第4页 印作 91%，与计算值不同',
              },
              source: {
                text: '附表1 · 第71页（计算）',
              },
            },
          },
          {
            key: '附表1/monthly-income',
            cells: {
              indicator: {
                text: 'monthly-income中文',
              },
              value: {
                text: '4,000.50',
                value: 4000.5,
              },
              unit: {
                text: '元',
              },
              basis: {
                text: '',
              },
              source: {
                text: '附表1 · 第71页',
              },
            },
          },
          {
            key: '附表2/current-students',
            cells: {
              indicator: {
                text: 'current-students中文',
              },
              value: {
                text: '85.5',
                value: 85.5,
              },
              unit: {
                text: '%',
              },
              basis: {
                text: '2,000 人次 · 网上调查',
              },
              source: {
                text: '附表2 · 第72页',
              },
            },
          },
          {
            key: '附表2/employers',
            cells: {
              indicator: {
                text: 'employers中文',
              },
              value: {
                text: '未报告（报告印作“-”）',
                value: null,
              },
              unit: {
                text: '%',
              },
              basis: {
                text: '',
              },
              source: {
                text: '附表2 · 第72页',
              },
            },
          },
          {
            key: '附表3/student-teacher-ratio',
            cells: {
              indicator: {
                text: 'student-teacher-ratio中文',
              },
              value: {
                text: '17.6:1',
                value: 17.6,
              },
              unit: {
                text: '',
              },
              basis: {
                text: '',
              },
              source: {
                text: '附表3 · 第73页',
              },
            },
          },
          {
            key: '附表6/per-student-appropriation',
            cells: {
              indicator: {
                text: 'per-student-appropriation中文',
              },
              value: {
                text: '12,345.60',
                value: 12345.6,
              },
              unit: {
                text: '元',
              },
              basis: {
                text: '',
              },
              source: {
                text: '附表6 · 第77页',
              },
            },
          },
        ],
      },
    });
  });

  it('tables every card in English, saying the narrative rate matches', () => {
    expect(keyFiguresModel(keyFigures(appendix, printedRate(90)), [], 'en')).toEqual({
      id: 'scorecard-key',
      lang: 'en',
      title: 'Scorecard key figures (Appendix tables 1–6)',
      subtitle: 'Province-wide figures (2023); they do not follow the filters',
      source:
        'Source: Gansu Higher Vocational Education Quality Report (2023), Appendix 1, p. 71; Appendix 2, p. 72; Appendix 3, p. 73; Appendix 6, p. 77',
      notes: [],
      file: {
        topic: 'Scorecard key figures',
        scope: '',
      },
      figure: {
        kind: 'table',
      },
      table: {
        columns: [
          {
            key: 'indicator',
            label: 'Indicator',
          },
          {
            key: 'value',
            label: '2023',
            numeric: true,
          },
          {
            key: 'unit',
            label: 'Unit',
          },
          {
            key: 'basis',
            label: 'Basis',
          },
          {
            key: 'source',
            label: 'Source',
          },
        ],
        rows: [
          {
            key: 'placement-rate',
            cells: {
              indicator: {
                text: 'Graduate placement rate',
              },
              value: {
                text: '90',
                value: 90,
              },
              unit: {
                text: '%',
              },
              basis: {
                text: 'destination-secured en ÷ graduates en = 900 ÷ 1,000 = 90% · matches the 90% printed in §1.2.3, p. 4',
              },
              source: {
                text: 'Appendix 1, p. 71 (computed)',
              },
            },
          },
          {
            key: '附表1/monthly-income',
            cells: {
              indicator: {
                text: 'monthly-income en',
              },
              value: {
                text: '4,000.50',
                value: 4000.5,
              },
              unit: {
                text: 'yuan',
              },
              basis: {
                text: '',
              },
              source: {
                text: 'Appendix 1, p. 71',
              },
            },
          },
          {
            key: '附表2/current-students',
            cells: {
              indicator: {
                text: 'current-students en',
              },
              value: {
                text: '85.5',
                value: 85.5,
              },
              unit: {
                text: '%',
              },
              basis: {
                text: '2,000 responses · Online survey',
              },
              source: {
                text: 'Appendix 2, p. 72',
              },
            },
          },
          {
            key: '附表2/employers',
            cells: {
              indicator: {
                text: 'employers en',
              },
              value: {
                text: 'not reported (printed "-")',
                value: null,
              },
              unit: {
                text: '%',
              },
              basis: {
                text: '',
              },
              source: {
                text: 'Appendix 2, p. 72',
              },
            },
          },
          {
            key: '附表3/student-teacher-ratio',
            cells: {
              indicator: {
                text: 'student-teacher-ratio en',
              },
              value: {
                text: '17.6:1',
                value: 17.6,
              },
              unit: {
                text: '',
              },
              basis: {
                text: '',
              },
              source: {
                text: 'Appendix 3, p. 73',
              },
            },
          },
          {
            key: '附表6/per-student-appropriation',
            cells: {
              indicator: {
                text: 'per-student-appropriation en',
              },
              value: {
                text: '12,345.60',
                value: 12345.6,
              },
              unit: {
                text: 'yuan',
              },
              basis: {
                text: '',
              },
              source: {
                text: 'Appendix 6, p. 77',
              },
            },
          },
        ],
      },
    });
  });

  it('gives only the derivation when no narrative rate is printed', () => {
    const model = keyFiguresModel(keyFigures(appendix, new Map()), [], 'en');
    expect(model.table?.rows[0]?.cells.basis).toEqual({
      text: 'destination-secured en ÷ graduates en = 900 ÷ 1,000 = 90%',
    });
  });
});

describe('sectorsModel rules', () => {
  it('draws and tables both shares in Chinese, with the gap note', () => {
    expect(sectorsModel(sectorShares(appendix), [], 'zh')).toEqual({
      id: 'scorecard-sectors',
      lang: 'zh',
      title: '毕业生面向三次产业就业占比（附表1）',
      subtitle: '全省汇总数据（2023年），不随筛选变化',
      unit: '单位：%',
      source: '来源：《甘肃省高等职业教育质量年度报告（2023）》附表1 · 第71页',
      notes: ['附表1 印出的合计为 100 人，但三项之和为 110 人（多 10 人），因此两种占比都列出。'],
      file: {
        topic: '毕业生三次产业就业占比',
        scope: '',
      },
      figure: {
        kind: 'grouped',
        categories: [
          {
            key: 'primary-sector',
            label: 'primary-sector中文',
          },
          {
            key: 'secondary-sector',
            label: 'secondary-sector中文',
          },
          {
            key: 'tertiary-sector',
            label: 'tertiary-sector中文',
          },
        ],
        series: [
          {
            key: 'printed',
            label: '占印出合计（÷ 100）',
            color: '#08519c',
            values: [20, 30, 60],
            valueTexts: ['20%', '30%', '60%'],
          },
          {
            key: 'parts',
            label: '占三项之和（÷ 110）',
            color: '#d95f02',
            values: [18.2, 27.3, 54.5],
            valueTexts: ['18.2%', '27.3%', '54.5%'],
          },
        ],
        percent: true,
      },
      table: {
        columns: [
          {
            key: 'sector',
            label: '产业',
          },
          {
            key: 'persons',
            label: '人数',
            numeric: true,
          },
          {
            key: 'printed',
            label: '占印出合计（÷ 100）',
            numeric: true,
          },
          {
            key: 'parts',
            label: '占三项之和（÷ 110）',
            numeric: true,
          },
        ],
        rows: [
          {
            key: 'primary-sector',
            cells: {
              sector: {
                text: 'primary-sector中文',
              },
              persons: {
                text: '20',
                value: 20,
              },
              printed: {
                text: '20%',
                value: 20,
              },
              parts: {
                text: '18.2%',
                value: 18.2,
              },
            },
          },
          {
            key: 'secondary-sector',
            cells: {
              sector: {
                text: 'secondary-sector中文',
              },
              persons: {
                text: '30',
                value: 30,
              },
              printed: {
                text: '30%',
                value: 30,
              },
              parts: {
                text: '27.3%',
                value: 27.3,
              },
            },
          },
          {
            key: 'tertiary-sector',
            cells: {
              sector: {
                text: 'tertiary-sector中文',
              },
              persons: {
                text: '60',
                value: 60,
              },
              printed: {
                text: '60%',
                value: 60,
              },
              parts: {
                text: '54.5%',
                value: 54.5,
              },
            },
          },
        ],
      },
    });
  });

  it('draws and tables both shares in English', () => {
    expect(sectorsModel(sectorShares(appendix), [], 'en')).toEqual({
      id: 'scorecard-sectors',
      lang: 'en',
      title: 'Graduates employed by sector: shares (Appendix 1)',
      subtitle: 'Province-wide figures (2023); they do not follow the filters',
      unit: 'Unit: %',
      source: 'Source: Gansu Higher Vocational Education Quality Report (2023), Appendix 1, p. 71',
      notes: [
        'Appendix 1 prints a total of 100, but the three sectors add to 110 (10 more), so both shares are shown.',
      ],
      file: {
        topic: 'Graduates employed by sector',
        scope: '',
      },
      figure: {
        kind: 'grouped',
        categories: [
          {
            key: 'primary-sector',
            label: 'primary-sector en',
          },
          {
            key: 'secondary-sector',
            label: 'secondary-sector en',
          },
          {
            key: 'tertiary-sector',
            label: 'tertiary-sector en',
          },
        ],
        series: [
          {
            key: 'printed',
            label: 'Of the printed total (÷ 100)',
            color: '#08519c',
            values: [20, 30, 60],
            valueTexts: ['20%', '30%', '60%'],
          },
          {
            key: 'parts',
            label: 'Of the three sectors’ sum (÷ 110)',
            color: '#d95f02',
            values: [18.2, 27.3, 54.5],
            valueTexts: ['18.2%', '27.3%', '54.5%'],
          },
        ],
        percent: true,
      },
      table: {
        columns: [
          {
            key: 'sector',
            label: 'Sector',
          },
          {
            key: 'persons',
            label: 'People',
            numeric: true,
          },
          {
            key: 'printed',
            label: 'Of the printed total (÷ 100)',
            numeric: true,
          },
          {
            key: 'parts',
            label: 'Of the three sectors’ sum (÷ 110)',
            numeric: true,
          },
        ],
        rows: [
          {
            key: 'primary-sector',
            cells: {
              sector: {
                text: 'primary-sector en',
              },
              persons: {
                text: '20',
                value: 20,
              },
              printed: {
                text: '20%',
                value: 20,
              },
              parts: {
                text: '18.2%',
                value: 18.2,
              },
            },
          },
          {
            key: 'secondary-sector',
            cells: {
              sector: {
                text: 'secondary-sector en',
              },
              persons: {
                text: '30',
                value: 30,
              },
              printed: {
                text: '30%',
                value: 30,
              },
              parts: {
                text: '27.3%',
                value: 27.3,
              },
            },
          },
          {
            key: 'tertiary-sector',
            cells: {
              sector: {
                text: 'tertiary-sector en',
              },
              persons: {
                text: '60',
                value: 60,
              },
              printed: {
                text: '60%',
                value: 60,
              },
              parts: {
                text: '54.5%',
                value: 54.5,
              },
            },
          },
        ],
      },
    });
  });

  it('has only the parts share, and no gap note, without a printed total', () => {
    expect(sectorsModel(sectorShares(noTotalAppendix()), [], 'en')).toEqual({
      id: 'scorecard-sectors',
      lang: 'en',
      title: 'Graduates employed by sector: shares (Appendix 1)',
      subtitle: 'Province-wide figures (2023); they do not follow the filters',
      unit: 'Unit: %',
      source: 'Source: Gansu Higher Vocational Education Quality Report (2023), Appendix 1, p. 71',
      notes: [],
      file: {
        topic: 'Graduates employed by sector',
        scope: '',
      },
      figure: {
        kind: 'grouped',
        categories: [
          {
            key: 'primary-sector',
            label: 'primary-sector en',
          },
          {
            key: 'tertiary-sector',
            label: 'tertiary-sector en',
          },
        ],
        series: [
          {
            key: 'parts',
            label: 'Of the three sectors’ sum (÷ 80)',
            color: '#d95f02',
            values: [25, 75],
            valueTexts: ['25%', '75%'],
          },
        ],
        percent: true,
      },
      table: {
        columns: [
          {
            key: 'sector',
            label: 'Sector',
          },
          {
            key: 'persons',
            label: 'People',
            numeric: true,
          },
          {
            key: 'parts',
            label: 'Of the three sectors’ sum (÷ 80)',
            numeric: true,
          },
        ],
        rows: [
          {
            key: 'primary-sector',
            cells: {
              sector: {
                text: 'primary-sector en',
              },
              persons: {
                text: '20',
                value: 20,
              },
              parts: {
                text: '25%',
                value: 25,
              },
            },
          },
          {
            key: 'tertiary-sector',
            cells: {
              sector: {
                text: 'tertiary-sector en',
              },
              persons: {
                text: '60',
                value: 60,
              },
              parts: {
                text: '75%',
                value: 75,
              },
            },
          },
        ],
      },
    });
  });

  it('has no gap text without a printed total, even though the parts add up to something', () => {
    expect(sectorsGapText({ printedTotal: null, partsSum: 80, gap: 5, rows: [] }, 'en')).toBeNull();
    expect(sectorsGapText({ printedTotal: 100, partsSum: 100, gap: 0, rows: [] }, 'en')).toBeNull();
  });

  it('shows a share that cannot be computed as a dash', () => {
    const shares = {
      printedTotal: 0,
      partsSum: 0,
      gap: 0,
      rows: [
        { id: 'primary-sector', labelZh: '一', labelEn: 'One', value: 0, shareOfPrinted: null, shareOfParts: null },
      ],
    };
    const model = sectorsModel(shares, [], 'en');
    expect(model.figure).toMatchObject({
      series: [
        { key: 'printed', valueTexts: ['—'] },
        { key: 'parts', valueTexts: ['—'] },
      ],
    });
  });
});
