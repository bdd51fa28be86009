import { describe, expect, it } from 'vitest';
import {
  indexById,
  type Boundaries,
  type Lists,
  type Prefectures,
  type SchoolFigures,
  type Schools,
} from '@/data/domain';
import { boundariesQuery, listsQuery, prefecturesQuery, schoolFiguresQuery, schoolsQuery } from '@/data/queries';
import { NO_SCHOOL_FILL, NOT_REPORTED_FILL, SEQUENTIAL_BLUES } from '@/features/map/classify';
import { deriveMapData, LIST_METRICS, mapMetrics } from '@/features/map/map-metrics';
import { formatValue, prefectureViews, schoolMarkers } from '@/features/map/map-view';
import { newMajors, prefectures, schools, students } from '../../fixtures';
import { dataset } from '../../render-panel';

const figures: SchoolFigures = { metrics: [students, newMajors], byId: indexById([students, newMajors]) };
const metric = (id: string) => mapMetrics(figures).find((m) => m.id === id)!;
const name = (id: string) => `${id}学院`;

describe('the map view of each prefecture (fixtures)', () => {
  it('paints a prefecture without a school apart, dashed, and says so instead of a value', () => {
    const views = prefectureViews(
      deriveMapData(metric('students'), prefectures, schools, figures, undefined),
      'zh',
      name,
      false,
    );
    expect(views.get('gannan')).toMatchObject({
      fill: NO_SCHOOL_FILL,
      dashed: true,
      label: '甘南州：无高职院校',
      tooltipLines: ['甘南州', '无高职院校'],
    });
    const filtered = prefectureViews(
      deriveMapData(metric('students'), prefectures, schools.slice(0, 3), figures, undefined),
      'zh',
      name,
      true,
    );
    expect(filtered.get('jiuquan')).toMatchObject({
      fill: NO_SCHOOL_FILL,
      dashed: true,
      label: '酒泉市：筛选后无学校',
    });
  });

  it('paints a prefecture whose schools did not report the metric as not reported, not as a low value', () => {
    // Only b (not reported in 表16) is left in 兰州市.
    const inView = schools.filter((s) => s.id !== 'a' && s.id !== 'c');
    const views = prefectureViews(
      deriveMapData(metric('new-majors'), prefectures, inView, figures, undefined),
      'zh',
      name,
      true,
    );
    expect(views.get('lanzhou')).toMatchObject({ fill: NOT_REPORTED_FILL, dashed: false, label: '兰州市：未报告' });
    expect(views.get('jiuquan')?.fill).not.toBe(NOT_REPORTED_FILL);
    expect(NOT_REPORTED_FILL).not.toBe(NO_SCHOOL_FILL);
  });

  it('gives a prefecture its value, rank, share and schools in its label and tooltip', () => {
    const data = deriveMapData(metric('new-majors'), prefectures, schools, figures, undefined);
    const views = prefectureViews(data, 'zh', name, false);
    expect(views.get('lanzhou')?.label).toBe('兰州市：4 个，第 1 名（共 2 个有数据的市州）');
    expect(views.get('lanzhou')?.tooltipLines).toEqual([
      '兰州市',
      '4 个',
      '第 1 名（共 2 个有数据的市州）',
      '占全省 66.7%（全省合计 6 个）',
      '学校：a学院、b学院、c学院',
    ]);
    expect(prefectureViews(data, 'en', name, false).get('jiuquan')?.label).toBe('Jiuquan: 2 majors, rank 2 of 2');
  });

  it('colours prefectures with different values in different classes, the larger darker', () => {
    const views = prefectureViews(
      deriveMapData(metric('new-majors'), prefectures, schools, figures, undefined),
      'zh',
      name,
      false,
    );
    expect(views.get('lanzhou')?.fill).toBe(SEQUENTIAL_BLUES[4]);
    expect(views.get('jiuquan')?.fill).toBe(SEQUENTIAL_BLUES[0]);
  });

  it('counts a report list by prefecture, never as no school', () => {
    const list = LIST_METRICS[0]!;
    const lists = {
      lists: [],
      byId: new Map([
        [list.id, { rows: [{ prefectureId: 'gannan' }, { prefectureId: 'gannan' }, { prefectureId: 'lanzhou' }] }],
      ]),
    } as unknown as Lists;
    const views = prefectureViews(deriveMapData(list, prefectures, [], figures, lists), 'zh', name, true);
    expect(views.get('gannan')).toMatchObject({ fill: SEQUENTIAL_BLUES[4], dashed: false });
    expect(views.get('gannan')?.label).toBe('甘南州：2 人，第 1 名（共 3 个有数据的市州）');
    expect(views.get('jiuquan')?.label).toBe('酒泉市：0 人，第 3 名（共 3 个有数据的市州）');
  });

  it('formats a value with its unit, and a missing one as not reported', () => {
    expect(formatValue({ value: 12997 }, '人', 'zh')).toBe('12,997 人');
    expect(formatValue({ value: null }, 'students', 'en')).toBe('Not reported');
  });
});

describe('the map view on the real data', () => {
  const real = {
    prefectures: dataset<Prefectures>(prefecturesQuery),
    schools: dataset<Schools>(schoolsQuery),
    figures: dataset<SchoolFigures>(schoolFiguresQuery),
    lists: dataset<Lists>(listsQuery),
  };
  const views = (id: string) =>
    prefectureViews(
      deriveMapData(
        mapMetrics(real.figures).find((m) => m.id === id)!,
        real.prefectures.list,
        real.schools.list,
        real.figures,
        real.lists,
      ),
      'zh',
      name,
      false,
    );

  it('spreads the 13 prefectures with schools over the whole palette by students, 甘南州 apart', () => {
    const byStudents = views('students');
    const fills = real.prefectures.list.filter((p) => p.id !== 'gannan').map((p) => byStudents.get(p.id)?.fill);
    expect(new Set(fills)).toEqual(new Set(SEQUENTIAL_BLUES));
    // 兰州市 has most students of all (表2); 甘南州 has no school.
    expect(byStudents.get('lanzhou')?.fill).toBe(SEQUENTIAL_BLUES[4]);
    expect(byStudents.get('gannan')?.fill).toBe(NO_SCHOOL_FILL);
  });

  it('places one labelled marker per school, an undergraduate school marked as such', () => {
    const markers = schoolMarkers(dataset<Boundaries>(boundariesQuery), real.schools.list, real.figures, 'zh');
    expect(markers).toHaveLength(29);
    const jiuquan = markers.find((m) => m.id === 'jiuquan');
    expect(jiuquan).toMatchObject({
      undergraduate: false,
      label: '酒泉职业技术学院，在校生 12,997 人。按回车加入对比',
      tooltip: '酒泉职业技术学院：12,997',
    });
    expect(markers.find((m) => m.id === 'lz-petrochemical')?.undergraduate).toBe(true);
  });
});
