import { describe, expect, it } from 'vitest';
import { chartModel, type ChartModelInput } from '@/features/report-charts/chart-model';
import type { Bar } from '@/features/report-charts/series';
import type { BarsFigure } from '@/lib/export/model';

const SOURCE_ZH = '来源：《甘肃省高等职业教育质量年度报告（2023）》';
const SOURCE_EN = 'Source: Gansu Higher Vocational Education Quality Report (2023), ';

function bar(key: string, labelZh: string, labelEn: string, value: number | null, share?: number | null): Bar {
  return { key, labelZh, labelEn, value, ...(share === undefined ? {} : { share }) };
}

/** Three schools' students: one large, one of one student, one not reported. */
function schoolBars(): Bar[] {
  return [
    bar('a', '甲校', 'School A', 12997, 4.4205),
    bar('b', '乙校', 'School B', 1, 0),
    bar('c', '丙校', 'School C', null, null),
  ];
}

function countInput(lang: 'zh' | 'en', extra: Partial<ChartModelInput> = {}): ChartModelInput {
  return {
    id: 'per-school-students',
    lang,
    title: lang === 'zh' ? '各校在校生数' : 'Students by school',
    subtitle: lang === 'zh' ? '全省' : 'Whole province',
    unit: { zh: '人', en: 'students' },
    source: '表2',
    file: { topic: 'students', scope: '' },
    bars: schoolBars(),
    name: lang === 'zh' ? '学校' : 'School',
    ...extra,
  };
}

/** Intake shares, as percentages: one with its base said, one with two decimals, one not reported. */
function percentBars(): Bar[] {
  return [
    bar('general', '普通高中', 'General high school', 60.5, 60.5),
    bar('other', '其他', 'Others', 39.456, 39.456),
    bar('none', '未分类', 'Unclassified', null),
  ];
}

function percentInput(lang: 'zh' | 'en', extra: Partial<ChartModelInput> = {}): ChartModelInput {
  return {
    id: 'admission-sources',
    lang,
    title: lang === 'zh' ? '在校生来源' : 'Where students came from',
    subtitle: lang === 'zh' ? '全省数据' : 'Province-wide',
    unit: { zh: '%', en: 'percent' },
    source: '§1.2',
    file: { topic: 'sources', scope: '' },
    bars: percentBars(),
    name: lang === 'zh' ? '类别' : 'Category',
    ...extra,
  };
}

const baseOfGeneral = (b: Bar) => (b.key === 'general' ? [`base of ${b.key}: 4,000`] : []);
const bars = (input: ChartModelInput) => (chartModel(input).figure as BarsFigure).bars;

describe('chartModel of a count', () => {
  it('gives each bar its value with the unit and its share of the province, in Chinese', () => {
    const model = chartModel(
      countInput('zh', { shareOf: { line: (s) => `占全省 294,013 人的 ${s}`, column: '占全省' } }),
    );
    expect(model).toStrictEqual({
      id: 'per-school-students',
      lang: 'zh',
      title: '各校在校生数',
      subtitle: '全省',
      unit: '单位：人',
      source: `${SOURCE_ZH}表2 · 第6页`,
      notes: [],
      file: { topic: 'students', scope: '' },
      figure: {
        kind: 'bars',
        bars: [
          {
            key: 'a',
            label: '甲校',
            value: 12997,
            valueText: '12,997',
            detail: ['12,997 人', '占全省 294,013 人的 4.4%'],
          },
          { key: 'b', label: '乙校', value: 1, valueText: '1', detail: ['1 人', '占全省 294,013 人的 0%'] },
          { key: 'c', label: '丙校', value: null, valueText: '未报告', detail: ['未报告'] },
        ],
      },
      table: {
        columns: [
          { key: 'name', label: '学校' },
          { key: 'value', label: '数值（人）', numeric: true },
          { key: 'share', label: '占全省', numeric: true },
        ],
        rows: [
          {
            key: 'a',
            cells: {
              name: { text: '甲校' },
              value: { text: '12,997', value: 12997 },
              share: { text: '4.4%', value: 4.4 },
            },
          },
          {
            key: 'b',
            cells: { name: { text: '乙校' }, value: { text: '1', value: 1 }, share: { text: '0%', value: 0 } },
          },
          {
            key: 'c',
            cells: {
              name: { text: '丙校' },
              value: { text: '未报告', value: null },
              share: { text: '—', value: null },
            },
          },
        ],
      },
    });
  });

  it('says the same in English, one student in the singular', () => {
    const model = chartModel(
      countInput('en', {
        shareOf: { line: (s) => `${s} of the province’s 294,013 students`, column: 'Share of the province' },
      }),
    );
    expect(model).toStrictEqual({
      id: 'per-school-students',
      lang: 'en',
      title: 'Students by school',
      subtitle: 'Whole province',
      unit: 'Unit: students',
      source: `${SOURCE_EN}Table 2, p. 6`,
      notes: [],
      file: { topic: 'students', scope: '' },
      figure: {
        kind: 'bars',
        bars: [
          {
            key: 'a',
            label: 'School A',
            value: 12997,
            valueText: '12,997',
            detail: ['12,997 students', '4.4% of the province’s 294,013 students'],
          },
          {
            key: 'b',
            label: 'School B',
            value: 1,
            valueText: '1',
            detail: ['1 student', '0% of the province’s 294,013 students'],
          },
          { key: 'c', label: 'School C', value: null, valueText: 'not reported', detail: ['not reported'] },
        ],
      },
      table: {
        columns: [
          { key: 'name', label: 'School' },
          { key: 'value', label: 'Value (students)', numeric: true },
          { key: 'share', label: 'Share of the province', numeric: true },
        ],
        rows: [
          {
            key: 'a',
            cells: {
              name: { text: 'School A' },
              value: { text: '12,997', value: 12997 },
              share: { text: '4.4%', value: 4.4 },
            },
          },
          {
            key: 'b',
            cells: { name: { text: 'School B' }, value: { text: '1', value: 1 }, share: { text: '0%', value: 0 } },
          },
          {
            key: 'c',
            cells: {
              name: { text: 'School C' },
              value: { text: 'not reported', value: null },
              share: { text: '—', value: null },
            },
          },
        ],
      },
    });
  });

  it('without what the shares are of, says no share and has no share column', () => {
    const model = chartModel(countInput('zh'));
    expect((model.figure as BarsFigure).bars.map((b) => b.detail)).toEqual([['12,997 人'], ['1 人'], ['未报告']]);
    expect(model.table.columns).toStrictEqual([
      { key: 'name', label: '学校' },
      { key: 'value', label: '数值（人）', numeric: true },
    ]);
    expect(model.table.rows[0]).toStrictEqual({
      key: 'a',
      cells: { name: { text: '甲校' }, value: { text: '12,997', value: 12997 } },
    });
  });

  it('says a bar’s share only where it has one, the column marking the others', () => {
    const input = countInput('en', {
      bars: [bar('a', '甲校', 'School A', 300, 30), bar('b', '乙校', 'School B', 100)],
      shareOf: { line: (s) => `${s} of the schools in view`, column: 'Share of the schools in view' },
    });
    expect(bars(input).map((b) => b.detail)).toEqual([
      ['300 students', '30% of the schools in view'],
      ['100 students'],
    ]);
    expect(chartModel(input).table.rows.map((r) => r.cells.share)).toStrictEqual([
      { text: '30%', value: 30 },
      { text: '—', value: null },
    ]);
  });

  it('puts further lines after the value and the share', () => {
    const input = countInput('zh', {
      bars: [bar('a', '甲校', 'School A', 300, 30), bar('b', '乙校', 'School B', 100, 10)],
      shareOf: { line: (s) => `占全省的 ${s}`, column: '占全省' },
      extraDetail: (b) => (b.key === 'a' ? [`全省第 1 名（${b.labelZh}）`, '另一行'] : []),
    });
    expect(bars(input).map((b) => b.detail)).toEqual([
      ['300 人', '占全省的 30%', '全省第 1 名（甲校）', '另一行'],
      ['100 人', '占全省的 10%'],
    ]);
  });

  it('takes the value column’s label where one is given', () => {
    const model = chartModel(countInput('en', { valueColumn: 'Students enrolled' }));
    expect(model.table.columns.map((c) => c.label)).toEqual(['School', 'Students enrolled']);
  });

  it('keeps the notes and the reference line', () => {
    const model = chartModel(
      countInput('zh', { notes: ['数据说明：某校人数不一致'], reference: { value: 5000, label: '中位数 5,000' } }),
    );
    expect(model.notes).toEqual(['数据说明：某校人数不一致']);
    expect(model.figure).toStrictEqual({
      kind: 'bars',
      bars: [
        { key: 'a', label: '甲校', value: 12997, valueText: '12,997', detail: ['12,997 人'] },
        { key: 'b', label: '乙校', value: 1, valueText: '1', detail: ['1 人'] },
        { key: 'c', label: '丙校', value: null, valueText: '未报告', detail: ['未报告'] },
      ],
      reference: { value: 5000, label: '中位数 5,000' },
    });
  });

  it('reads 万元 in yuan in English, the unit line keeping the unit as the data gives it', () => {
    const unit = { zh: '万元', en: '10,000 yuan' };
    const input = (lang: 'zh' | 'en') =>
      countInput(lang, { unit, bars: [bar('a', '甲校', 'School A', 123000)], name: 'x' });
    const zh = chartModel(input('zh'));
    const en = chartModel(input('en'));
    expect([zh.unit, bars(input('zh'))[0]?.detail, zh.table.columns[1]?.label]).toEqual([
      '单位：万元',
      ['123,000 万元'],
      '数值（万元）',
    ]);
    expect([en.unit, bars(input('en'))[0]?.detail, en.table.columns[1]?.label]).toEqual([
      'Unit: 10,000 yuan',
      ['¥1.23 billion'],
      'Value (10,000 yuan)',
    ]);
    expect(bars(input('en'))[0]?.valueText).toBe('123,000');
  });

  it('gives an empty chart and table without bars', () => {
    const model = chartModel(countInput('en', { bars: [] }));
    expect(model.figure).toStrictEqual({ kind: 'bars', bars: [] });
    expect(model.table.rows).toEqual([]);
    expect(model.table.columns.map((c) => c.label)).toEqual(['School', 'Value (students)']);
  });
});

describe('chartModel of percentages', () => {
  it('drops the bare percentage above a line giving its base, in Chinese', () => {
    const model = chartModel(
      percentInput('zh', {
        extraDetail: baseOfGeneral,
        reference: { value: 50, label: '省中位数 50%' },
        valueColumn: '占比（%）',
        notes: ['数据说明：来源合计不足 100%'],
      }),
    );
    expect(model).toStrictEqual({
      id: 'admission-sources',
      lang: 'zh',
      title: '在校生来源',
      subtitle: '全省数据',
      unit: '单位：%',
      source: `${SOURCE_ZH}§1.2 · 第4页`,
      notes: ['数据说明：来源合计不足 100%'],
      file: { topic: 'sources', scope: '' },
      figure: {
        kind: 'bars',
        bars: [
          { key: 'general', label: '普通高中', value: 60.5, valueText: '60.5%', detail: ['base of general: 4,000'] },
          { key: 'other', label: '其他', value: 39.456, valueText: '39.46%', detail: ['39.46%'] },
          { key: 'none', label: '未分类', value: null, valueText: '未报告', detail: ['未报告'] },
        ],
        percent: true,
        reference: { value: 50, label: '省中位数 50%' },
      },
      table: {
        columns: [
          { key: 'name', label: '类别' },
          { key: 'value', label: '占比（%）', numeric: true },
        ],
        rows: [
          { key: 'general', cells: { name: { text: '普通高中' }, value: { text: '60.5%', value: 60.5 } } },
          { key: 'other', cells: { name: { text: '其他' }, value: { text: '39.46%', value: 39.456 } } },
          { key: 'none', cells: { name: { text: '未分类' }, value: { text: '未报告', value: null } } },
        ],
      },
    });
  });

  it('in English says each percentage and what it is a share of, the unit and column reading %', () => {
    const model = chartModel(percentInput('en', { shareOf: { line: (s) => `${s} of all students`, column: 'Share' } }));
    expect(model).toStrictEqual({
      id: 'admission-sources',
      lang: 'en',
      title: 'Where students came from',
      subtitle: 'Province-wide',
      unit: 'Unit: %',
      source: `${SOURCE_EN}§1.2, p. 4`,
      notes: [],
      file: { topic: 'sources', scope: '' },
      figure: {
        kind: 'bars',
        bars: [
          {
            key: 'general',
            label: 'General high school',
            value: 60.5,
            valueText: '60.5%',
            detail: ['60.5%', '60.5% of all students'],
          },
          {
            key: 'other',
            label: 'Others',
            value: 39.456,
            valueText: '39.46%',
            detail: ['39.46%', '39.5% of all students'],
          },
          { key: 'none', label: 'Unclassified', value: null, valueText: 'not reported', detail: ['not reported'] },
        ],
        percent: true,
      },
      table: {
        columns: [
          { key: 'name', label: 'Category' },
          { key: 'value', label: '%', numeric: true },
          { key: 'share', label: 'Share', numeric: true },
        ],
        rows: [
          {
            key: 'general',
            cells: {
              name: { text: 'General high school' },
              value: { text: '60.5%', value: 60.5 },
              share: { text: '60.5%', value: 60.5 },
            },
          },
          {
            key: 'other',
            cells: {
              name: { text: 'Others' },
              value: { text: '39.46%', value: 39.456 },
              share: { text: '39.5%', value: 39.5 },
            },
          },
          {
            key: 'none',
            cells: {
              name: { text: 'Unclassified' },
              value: { text: 'not reported', value: null },
              share: { text: '—', value: null },
            },
          },
        ],
      },
    });
  });

  it('keeps the share before the lines giving the base', () => {
    const input = percentInput('en', {
      shareOf: { line: (s) => `${s} of the schools`, column: 'Share' },
      extraDetail: baseOfGeneral,
    });
    expect(bars(input).map((b) => b.detail)).toEqual([
      ['60.5% of the schools', 'base of general: 4,000'],
      ['39.46%', '39.5% of the schools'],
      ['not reported'],
    ]);
  });

  it('reads % in the unit line and the value column in Chinese too', () => {
    const model = chartModel(percentInput('zh'));
    expect(model.unit).toBe('单位：%');
    expect(model.table.columns.map((c) => c.label)).toEqual(['类别', '%']);
    expect(bars(percentInput('zh')).map((b) => b.detail)).toEqual([['60.5%'], ['39.46%'], ['未报告']]);
  });
});
