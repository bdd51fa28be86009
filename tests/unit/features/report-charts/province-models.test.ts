import { describe, expect, it } from 'vitest';
import type { BarsFigure, ExportModel, GroupedBarsFigure, PanelsFigure } from '@/lib/export/model';
import { compositionModels } from '@/features/report-charts/composition-model';
import { conditionsModel } from '@/features/report-charts/conditions-model';
import { contestsModel, recognitionsModel } from '@/features/report-charts/contest-models';
import { admissionSourcesModel, destinationsModel } from '@/features/report-charts/student-models';
import { doubleQualifiedModel, trainingModel } from '@/features/report-charts/teacher-models';
import { prefectures, schools } from '../../fixtures';
import { lists, province } from './province-fixture';

const bars = (model: ExportModel) => (model.figure as BarsFigure).bars;
const detail = (model: ExportModel, key: string) => bars(model).find((b) => b.key === key)?.detail;
const cells = (model: ExportModel, key: string) => model.table.rows.find((r) => r.key === key)?.cells;
const NO_NOTES = { figure1: [], figure2: [] };

describe('图1 and 图2 over the schools in view', () => {
  const base = { lang: 'zh' as const, province: schools, prefectures, notes: NO_NOTES };

  it('without a filter give shares of the province’s schools', () => {
    const [tier] = compositionModels({
      ...base,
      inView: schools,
      filtered: false,
      scope: { subtitle: '全省', label: '' },
    });
    expect(tier?.title).toBe('按办学层次（图1）');
    expect(tier?.unit).toBe('单位：所');
    expect(detail(tier!, 'junior-college')).toEqual(['3 所', '占全省 4 所的 75%']);
    expect(tier?.table.columns.map((c) => c.label)).toEqual(['类别', '学校数', '占全省']);
  });

  it('under a filter label their shares as of the schools in view, and add the share of the province', () => {
    const inView = schools.filter((s) => s.prefectureId === 'lanzhou');
    const models = compositionModels({
      ...base,
      inView,
      filtered: true,
      scope: { subtitle: '兰州市', label: '兰州市' },
    });
    const tier = models.find((m) => m.id === 'by-tier')!;
    expect(detail(tier, 'junior-college')).toEqual(['2 所', '占所显示学校（3 所）的 66.7%', '占全省 4 所的 50%']);
    expect(tier.table.columns.at(-1)?.label).toBe('占所显示学校');
    const byPrefecture = models.find((m) => m.id === 'by-prefecture')!;
    expect(byPrefecture.source).toContain('图2');
    expect(bars(byPrefecture).map((b) => [b.key, b.value])).toEqual([
      ['lanzhou', 3],
      ['gannan', 0],
      ['jiuquan', 0],
    ]);
  });
});

describe('the province charts’ models', () => {
  it('§1.2.2 says what each percentage is a share of, in words of the data', () => {
    const model = admissionSourcesModel(province, [], 'en');
    expect(model.unit).toBe('Unit: %');
    expect(detail(model, 'intake-general-high-school-share')).toEqual(['60.5% of students enrolled in 2023']);
    expect(cells(model, 'intake-general-high-school-share')?.value).toEqual({ text: '60.5%', value: 60.5 });
  });

  it('图3 puts every graduate in one bar, shares of the graduates as the data has them, and says how two were derived', () => {
    const model = destinationsModel(province, [], 'zh');
    expect(bars(model).map((b) => [b.key, b.value])).toEqual([
      ['graduates-further-study', 40],
      ['graduates-primary-sector', 10],
      ['graduates-secondary-sector', 30],
      ['graduates-tertiary-sector', 80],
      ['placed-other', 20],
      ['not-placed', 20],
    ]);
    expect(detail(model, 'not-placed')).toEqual(['20 人', '占2023届毕业生 200 人的 10%']);
    expect(model.notes[0]).toMatch(/^报告只细分了已落实去向者的一部分/);
    expect(destinationsModel(province, [], 'en').notes[0]).toMatch(/^The report breaks down/);
  });

  it('表3 is one small chart per indicator: three medians against the threshold, and a table as printed', () => {
    const model = conditionsModel(province, [], 'zh');
    const panels = (model.figure as PanelsFigure).panels;
    expect(panels).toHaveLength(1);
    expect(panels[0]?.title).toBe('生均图书（册/生）');
    expect(panels[0]?.figure.reference).toEqual({ value: 60, label: '合格 60' });
    expect(panels[0]?.figure.bars.map((b) => [b.label, b.value])).toEqual([
      ['2021年', 71.7],
      ['2022年', 62.96],
      ['2023年', 92.41],
    ]);
    expect(model.table.columns.map((c) => c.label)).toEqual([
      '指标',
      '单位',
      '2021年省中位数',
      '2022年省中位数',
      '2023年省中位数',
      '合格指标',
    ]);
    expect(cells(model, 'books')?.threshold).toEqual({ text: '60', value: 60 });
  });

  it('表4 is grouped by level, one series per grade, with the totals in the table', () => {
    const model = doubleQualifiedModel(province, [], 'en');
    const figure = model.figure as GroupedBarsFigure;
    expect(figure.categories.map((c) => c.label)).toEqual(['Vocational undergraduate', 'Higher vocational']);
    expect(figure.series.map((s) => [s.label, s.values])).toEqual([
      ['Junior', [3, 10]],
      ['Intermediate', [2, 5]],
      ['Senior', [1, 1]],
    ]);
    expect(cells(model, 'total')?.total).toEqual({ text: '22', value: 22 });
    expect(model.notes[0]).toBe('In all, 22 teachers were certified as double-qualified.');
  });

  it('表7 gives each share of the table’s own total, taken from the data', () => {
    const model = trainingModel(province, [], 'zh');
    expect(detail(model, 'enterprise-staff')).toEqual(['300 人次', '占培训总计 400 人次的 75%']);
    expect(cells(model, 'other')?.share).toEqual({ text: '25%', value: 25 });
  });

  it('§2.5 keeps a prize count the data lacks as not reported, never 0', () => {
    const model = contestsModel(province, [], 'zh');
    const figure = model.figure as GroupedBarsFigure;
    expect(figure.categories.map((c) => c.key)).toEqual(['provincial-students', 'provincial-teachers', 'national']);
    expect(figure.series[0]?.values).toEqual([12, null, 2]);
    expect(cells(model, 'provincial-teachers')?.firstPrize).toEqual({ text: '未报告', value: null });
    expect(cells(model, 'national')?.unit).toEqual({ text: '组' });
  });

  it('表8–表11 count entries by prefecture, a school’s entry under 高校, shares of the whole list', () => {
    const model = recognitionsModel(lists, prefectures, 'learning-stars-province', [], 'zh')!;
    expect(model.title).toBe('百姓学习之星名单：按市（州）');
    expect(bars(model).map((b) => [b.label, b.value])).toEqual([
      ['兰州市', 2],
      ['酒泉市', 1],
      ['高校（名单未列市州）', 1],
    ]);
    expect(detail(model, 'lanzhou')).toEqual(['2 条', '占名单全部 4 条的 50%']);
    expect(recognitionsModel(lists, prefectures, 'lifelong-brands-national', [], 'zh')).toBeNull();
  });
});
