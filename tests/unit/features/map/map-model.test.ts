import { describe, expect, it } from 'vitest';
import { indexById, type Boundaries, type Prefectures, type SchoolFigures, type Schools } from '@/data/domain';
import { filterSchools } from '@/data/derive/filter';
import { boundariesQuery, prefecturesQuery, schoolFiguresQuery, schoolsQuery } from '@/data/queries';
import { exportFileName } from '@/lib/export/file-name';
import { mapExportModel, prefectureLabels } from '@/features/map/map-export';
import { deriveMapData, mapMetrics } from '@/features/map/map-metrics';
import { mapTable } from '@/features/map/map-table';
import { prefectureViews, schoolMarkers } from '@/features/map/map-view';
import { newMajors, prefectures, schools, students } from '../../fixtures';
import { dataset } from '../../render-panel';

const figures: SchoolFigures = { metrics: [students, newMajors], byId: indexById([students, newMajors]) };
const metric = (id: string) => mapMetrics(figures).find((m) => m.id === id)!;
const none = { prefecture: null, tier: null, ownership: null, schoolType: null };
const cells = (table: ReturnType<typeof mapTable>, key: string) =>
  Object.fromEntries(Object.entries(table.rows.find((r) => r.key === key)!.cells).map(([k, c]) => [k, c.text]));

describe('the map table (fixtures)', () => {
  it('has a row per prefecture with value, share of the province with its base, rank and schools', () => {
    const data = deriveMapData(
      metric('new-majors'),
      prefectures,
      { inView: schools, province: schools },
      figures,
      undefined,
    );
    const table = mapTable(data, 'zh');
    expect(table.columns.map((c) => c.label)).toEqual([
      '市（州）',
      '当年新增专业数（个）',
      '占全省（合计 6 个）',
      '排名（共 2 个有数据的市州）',
      '学校数',
    ]);
    expect(cells(table, 'lanzhou')).toMatchObject({
      name: '兰州市',
      value: '4',
      share: '66.7%',
      rank: '1',
      schools: '3',
    });
    expect(cells(table, 'gannan')).toMatchObject({ value: '无高职院校', share: '—', rank: '—', schools: '0' });
    // CSV and XLSX get the raw numbers.
    expect(table.rows[0]?.cells.share?.value).toBe(66.67);
    expect(table.rows[0]?.cells.value?.value).toBe(4);
  });

  it('adds the share of the schools in view under a filter, the province’s share unchanged', () => {
    const inView = filterSchools(schools, { ...none, prefecture: 'jiuquan' });
    const table = mapTable(
      deriveMapData(metric('students'), prefectures, { inView, province: schools }, figures, undefined),
      'en',
    );
    expect(table.columns.map((c) => c.label)).toEqual([
      'Prefecture',
      'Enrolled students (students)',
      'Share of the province (1,000 students)',
      'Share of the schools in view (500 students)',
      'Rank over the schools in view (of 1 with data)',
      'Schools',
    ]);
    expect(cells(table, 'jiuquan')).toMatchObject({ value: '500', share: '50%', shareOfView: '100%', rank: '1' });
    expect(cells(table, 'lanzhou')).toMatchObject({ value: 'No school under the filters', share: '—' });
  });

  it('says a shared rank in the rank column', () => {
    const data = deriveMapData(
      metric('students'),
      prefectures,
      { inView: schools, province: schools },
      figures,
      undefined,
    );
    expect(cells(mapTable(data, 'zh'), 'jiuquan').rank).toBe('并列 1（2 个）');
    expect(cells(mapTable(data, 'en'), 'jiuquan').rank).toBe('joint 1 (2 tied)');
  });
});

describe('the map export model on the real data', () => {
  const real = {
    boundaries: dataset<Boundaries>(boundariesQuery),
    prefectures: dataset<Prefectures>(prefecturesQuery),
    schools: dataset<Schools>(schoolsQuery),
    figures: dataset<SchoolFigures>(schoolFiguresQuery),
  };
  const model = (lang: 'zh' | 'en', prefecture: 'jiuquan' | null) => {
    const inView = filterSchools(real.schools.list, { ...none, prefecture });
    const data = deriveMapData(
      mapMetrics(real.figures).find((m) => m.id === 'students')!,
      real.prefectures.list,
      { inView, province: real.schools.list },
      real.figures,
      undefined,
    );
    return mapExportModel({
      data,
      boundaries: real.boundaries,
      views: prefectureViews(data, lang, (id) => id),
      labels: prefectureLabels(real.boundaries, real.prefectures, lang),
      markers: schoolMarkers(real.boundaries, real.schools.list, real.figures, lang),
      visible: new Set(inView.map((s) => s.id)),
      selected: prefecture,
      lang,
      scope: { subtitle: 'filters', label: prefecture ? 'Jiuquan' : '' },
    });
  };

  it('titles, sources and names the file in the language on screen, with English punctuation', () => {
    const en = model('en', 'jiuquan');
    expect(en.title).toBe('By prefecture: Enrolled students');
    expect(en.unit).toBe('Unit: students');
    expect(en.source).toBe('Source: Gansu Higher Vocational Education Quality Report (2023), Table 2, p. 6');
    expect(exportFileName({ ...en.file, ext: 'png', lang: 'en' })).toBe(
      'Gansu-HVE-enrolled-students-map-Jiuquan-2023.png',
    );
    const zh = model('zh', 'jiuquan');
    expect(zh.title).toBe('各市（州）分布：在校生人数');
    expect(zh.source).toBe('来源：《甘肃省高等职业教育质量年度报告（2023）》表2 · 第6页');
  });

  it('draws the selected prefecture outlined, only the schools in view, and 14 names in English', () => {
    const en = model('en', 'jiuquan');
    if (en.figure.kind !== 'map') throw new Error('not a map');
    expect(en.figure.shapes.filter((s) => s.selected).map((s) => s.id)).toEqual(['jiuquan']);
    expect(en.figure.markers.map((m) => m.id)).toEqual(['jiuquan']);
    expect(en.figure.shapes.map((s) => s.label)).toContain('Jiuquan');
    expect(en.figure.shapes.every((s) => /^[A-Za-z ]+$/.test(s.label))).toBe(true);
    expect(en.figure.legend.at(-2)).toMatchObject({ label: 'No school under the filters', dashed: true });
  });

  it('exports the table with 酒泉市 at 4.4% of the province', () => {
    const row = model('zh', 'jiuquan').table.rows.find((r) => r.key === 'jiuquan')!;
    expect(row.cells.share).toEqual({ text: '4.4%', value: 4.42 });
    expect(row.cells.shareOfView?.text).toBe('100%');
  });
});
