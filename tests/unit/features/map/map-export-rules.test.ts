import { describe, expect, it } from 'vitest';
import { indexById, type Boundaries, type Lists, type SchoolFigures } from '@/data/domain';
import { legendEntries, mapExportModel } from '@/features/map/map-export';
import { deriveMapData, mapMetrics } from '@/features/map/map-metrics';
import { mapTable } from '@/features/map/map-table';
import type { PrefectureView, SchoolMarkerView } from '@/features/map/map-view';
import { newMajors, prefectures, schools, students } from '../../fixtures';

const setup = () => {
  const figures: SchoolFigures = { metrics: [students, newMajors], byId: indexById([students, newMajors]) };
  const metric = (id: string) => mapMetrics(figures).find((m) => m.id === id)!;
  const lists = {
    lists: [],
    byId: new Map([
      [
        'learning-stars-province',
        {
          rows: [{ prefectureId: 'lanzhou' }, { prefectureId: 'lanzhou' }, { prefectureId: 'jiuquan' }],
        },
      ],
    ]),
  } as unknown as Lists;
  const shapes = [
    {
      id: 'lanzhou' as const,
      geometry: {
        type: 'Polygon' as const,
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 0],
          ],
        ] as [number, number][][],
      },
      labelPoint: [0.5, 0.5] as [number, number],
    },
    {
      id: 'jiuquan' as const,
      geometry: {
        type: 'MultiPolygon' as const,
        coordinates: [
          [
            [
              [2, 2],
              [3, 2],
              [3, 3],
              [2, 2],
            ],
          ],
          [
            [
              [4, 4],
              [5, 4],
              [5, 5],
              [4, 4],
            ],
          ],
        ] as [number, number][][][],
      },
      labelPoint: [2.5, 2.5] as [number, number],
    },
  ];
  const boundaries = {
    shapes,
    byId: new Map(shapes.map((s) => [s.id, s])),
    source: 'SRC',
    licence: 'LIC',
    noteZh: '',
    noteEn: '',
  } as unknown as Boundaries;
  return { figures, metric, lists, boundaries };
};

const build = (id: string, filtered: boolean, lang: 'zh' | 'en', withLists = true) => {
  const { figures, metric, lists, boundaries } = setup();
  const inView = filtered ? schools.filter((s) => s.id === 'd') : schools;
  const data = deriveMapData(
    metric(id),
    prefectures,
    { inView, province: schools },
    figures,
    withLists ? lists : undefined,
  );
  const views = new Map<string, PrefectureView>([
    ['lanzhou', { fill: '#123456', dashed: true, label: '', tooltipLines: [] }],
  ]);
  const markers = [
    { id: 'a', position: [1, 1], radiusKm: 3, undergraduate: true },
    { id: 'b', position: [2, 2], radiusKm: 2, undergraduate: false },
    { id: 'c', position: [3, 3], radiusKm: 1, undergraduate: false },
  ] as unknown as SchoolMarkerView[];
  const model = mapExportModel({
    data,
    boundaries,
    views,
    labels: [{ id: 'lanzhou', text: 'LZ', at: [9, 9] }],
    markers,
    visible: new Set(['a', 'b']),
    selected: 'jiuquan',
    lang,
    scope: { subtitle: 'SUB', label: 'LAB' },
  });
  if (model.figure.kind !== 'map') throw new Error('not a map');
  return { data, model, figure: model.figure };
};

describe('the map export model (hand-made boundaries)', () => {
  it('draws shapes with their view, or not-reported and the shape id when none is given', () => {
    const { figure } = build('students', false, 'zh');
    expect(figure.shapes).toEqual([
      {
        id: 'lanzhou',
        polygons: [
          [
            [
              [0, 0],
              [1, 0],
              [1, 1],
              [0, 0],
            ],
          ],
        ],
        fill: '#123456',
        dashed: true,
        label: 'LZ',
        labelAt: [9, 9],
        selected: false,
      },
      {
        id: 'jiuquan',
        polygons: [
          [
            [
              [2, 2],
              [3, 2],
              [3, 3],
              [2, 2],
            ],
          ],
          [
            [
              [4, 4],
              [5, 4],
              [5, 5],
              [4, 4],
            ],
          ],
        ],
        fill: '#f7f7f7',
        dashed: false,
        label: 'jiuquan',
        labelAt: [2.5, 2.5],
        selected: true,
      },
    ]);
    expect(figure.markers).toEqual([
      { id: 'a', at: [1, 1], radiusKm: 3, fill: '#b35806', stroke: '#5a3a00' },
      { id: 'b', at: [2, 2], radiusKm: 2, fill: '#fdb863', stroke: '#5a3a00' },
    ]);
  });

  it('gives a school metric the filters, the unit on class labels only, and both notes', () => {
    const { model, figure } = build('students', false, 'zh');
    expect(model.id).toBe('map');
    expect(model.subtitle).toBe('SUB');
    expect(model.file).toEqual({ topic: '在校生人数-地图', scope: 'LAB' });
    expect(model.notes).toEqual([
      '圆点：学校（面积表示在校生人数；深色为本科层次，浅色为专科层次）',
      '示意图，非标准地图。边界：SRC，许可：LIC。学校标记只示意所在市（州）：报告只给出办学地点所在城市，标记在市州内部互不重叠地排列，不代表实际校址。',
    ]);
    expect(figure.legend).toEqual([
      { color: '#3182bd', label: '500 人' },
      { color: '#d9d9d9', label: '无高职院校', dashed: true },
      { color: '#f7f7f7', label: '未报告' },
    ]);
    const en = build('students', true, 'en');
    expect(en.figure.legend).toEqual([
      { color: '#3182bd', label: '500 students' },
      { color: '#d9d9d9', label: 'No school under the filters', dashed: true },
      { color: '#f7f7f7', label: 'Not reported' },
    ]);
    expect(en.model.notes[1]).toBe(
      'Schematic map, not a standard map. Boundaries: SRC, licence LIC. School markers only show the prefecture: the report gives the city, so markers are laid out inside it without overlapping and are not actual campus locations.',
    );
  });

  it('says a report list ignores the filters, with no no-school swatch and no file scope', () => {
    const zh = build('learning-stars-province', true, 'zh');
    expect(zh.model.subtitle).toBe('该指标来自报告名单（表8 · 第36页），按市（州）计数，不随学校筛选变化。');
    expect(zh.model.file).toEqual({ topic: '“百姓学习之星”推介人数-地图', scope: '' });
    expect(zh.figure.legend).toEqual([
      { color: '#eff3ff', label: '0 人' },
      { color: '#6baed6', label: '1 人' },
      { color: '#08519c', label: '2 人' },
      { color: '#f7f7f7', label: '未报告' },
    ]);
    const en = build('learning-stars-province', false, 'en');
    expect(en.model.subtitle).toBe(
      'From the report’s list (Table 8, p. 36), counted by prefecture; school filters do not apply.',
    );
    expect(legendEntries(en.data, 'en').map((e) => e.label)).toEqual(['0', '1', '2', 'Not reported']);
    // A class of exactly one takes the singular.
    expect(en.figure.kind === 'map' && en.figure.legend.map((e) => e.label)).toEqual([
      '0 people',
      '1 person',
      '2 people',
      'Not reported',
    ]);
  });
});

describe('the map table and data (hand-made lists)', () => {
  it('has share and rank columns but no schools column for a report list', () => {
    const { model, data } = build('learning-stars-province', true, 'en');
    expect(data.rows.map((r) => [r.prefecture.id, r.value, r.schoolIds, r.noSchool, r.shareOfView])).toEqual([
      ['lanzhou', 2, [], false, null],
      ['jiuquan', 1, [], false, null],
      ['gannan', 0, [], false, null],
    ]);
    expect(model.table.columns).toEqual([
      { key: 'name', label: 'Prefecture' },
      { key: 'value', label: 'Provincial learning stars (people)', numeric: true },
      { key: 'share', label: 'Share of the province’s list (3 people)', numeric: true },
      { key: 'rank', label: 'Rank (of 3 prefectures with data)', numeric: true },
    ]);
    expect(model.table.rows[2]?.cells.value).toEqual({ text: '0', value: 0 });
    expect(model.table.rows[0]?.cells.share).toEqual({ text: '66.7%', value: 66.67 });
    expect(mapTable(data, 'zh').columns[2]?.label).toBe('占全省名单（共 3 人）');
  });

  it('lists every column of a school metric with its key and numeric flag', () => {
    const { model } = build('students', true, 'en');
    expect(model.table.columns).toEqual([
      { key: 'name', label: 'Prefecture' },
      { key: 'value', label: 'Enrolled students (students)', numeric: true },
      { key: 'share', label: 'Share of the province (1,000 students)', numeric: true },
      { key: 'shareOfView', label: 'Share of the schools in view (500 students)', numeric: true },
      { key: 'rank', label: 'Rank over the schools in view (of 1 with data)', numeric: true },
      { key: 'schools', label: 'Schools', numeric: true },
    ]);
    expect(model.table.rows[1]?.cells.shareOfView).toEqual({ text: '100%', value: 100 });
  });

  it('leaves every prefecture not reported when the list is missing', () => {
    const { data, model } = build('learning-stars-province', false, 'en', false);
    expect(data.rows.map((r) => [r.prefecture.id, r.value, r.share, r.standing])).toEqual([
      ['lanzhou', null, null, null],
      ['jiuquan', null, null, null],
      ['gannan', null, null, null],
    ]);
    expect(data.provinceTotal).toBe(0);
    expect(data.breaks).toEqual([]);
    expect(model.table.columns[3]?.label).toBe('Rank (of 0 prefectures with data)');
    expect(model.table.rows[0]?.cells.value).toEqual({ text: 'Not reported', value: null });
  });

  it('counts schools per prefecture and leaves the no-school prefecture out of the classes', () => {
    const { data } = build('schools', false, 'en');
    expect(data.metric).toEqual({
      id: 'schools',
      labelZh: '高职院校数',
      labelEn: 'Schools',
      unit: '所',
      unitEn: 'schools',
      unitEnOne: 'school',
      source: '表1',
      kind: 'schools',
    });
    expect(data.rows.map((r) => [r.prefecture.id, r.value, r.noSchool])).toEqual([
      ['lanzhou', 3, false],
      ['jiuquan', 1, false],
      ['gannan', null, true],
    ]);
    expect(data.breaks.map((b) => [b.min, b.max])).toEqual([
      [1, 1],
      [3, 3],
    ]);
  });

  it('offers the singular English unit of a figure, the unit itself when none is known', () => {
    const { metric } = setup();
    expect(metric('students').unitEnOne).toBe('student');
    expect(metric('new-majors').unitEnOne).toBe('major');
  });
});
