import { describe, expect, it } from 'vitest';
import {
  indexById,
  type Boundaries,
  type Lists,
  type Prefectures,
  type SchoolFigures,
  type Schools,
} from '@/data/domain';
import { filterSchools } from '@/data/derive/filter';
import { boundariesQuery, listsQuery, prefecturesQuery, schoolFiguresQuery, schoolsQuery } from '@/data/queries';
import { NO_SCHOOL_FILL, NOT_REPORTED_FILL, SEQUENTIAL_BLUES } from '@/features/map/classify';
import { deriveMapData, LIST_METRICS, mapMetrics } from '@/features/map/map-metrics';
import { standingLine, valueText } from '@/features/map/map-text';
import { prefectureViews, schoolMarkers } from '@/features/map/map-view';
import { newMajors, prefectures, schools, students } from '../../fixtures';
import { dataset } from '../../render-panel';

const figures: SchoolFigures = { metrics: [students, newMajors], byId: indexById([students, newMajors]) };
const metric = (id: string) => mapMetrics(figures).find((m) => m.id === id)!;
const name = (id: string) => `${id}学院`;
const derive = (id: string, inView = schools) =>
  deriveMapData(metric(id), prefectures, { inView, province: schools }, figures, undefined);
const none = { prefecture: null, tier: null, ownership: null, schoolType: null };

describe('the map view of each prefecture (fixtures)', () => {
  it('paints a prefecture without a school apart, dashed, and says so instead of a value', () => {
    expect(prefectureViews(derive('students'), 'zh', name).get('gannan')).toMatchObject({
      fill: NO_SCHOOL_FILL,
      dashed: true,
      label: '甘南州：无高职院校',
      tooltipLines: ['甘南州', '无高职院校'],
    });
    expect(prefectureViews(derive('students', schools.slice(0, 3)), 'zh', name).get('jiuquan')).toMatchObject({
      fill: NO_SCHOOL_FILL,
      dashed: true,
      label: '酒泉市：筛选后无学校',
    });
  });

  it('paints a prefecture whose schools did not report the metric as not reported, not as a low value', () => {
    // Only b (not reported in 表16) is left in 兰州市.
    const inView = schools.filter((s) => s.id !== 'a' && s.id !== 'c');
    const views = prefectureViews(derive('new-majors', inView), 'zh', name);
    expect(views.get('lanzhou')).toMatchObject({ fill: NOT_REPORTED_FILL, dashed: false, label: '兰州市：未报告' });
    expect(views.get('jiuquan')?.fill).not.toBe(NOT_REPORTED_FILL);
    expect(NOT_REPORTED_FILL).not.toBe(NO_SCHOOL_FILL);
  });

  it('gives a prefecture its value, standing, share of the province and schools in its label and tooltip', () => {
    const views = prefectureViews(derive('new-majors'), 'zh', name);
    expect(views.get('lanzhou')?.label).toBe(
      '兰州市：4 个，第 1 名（共 2 个有数据的市州），占全省 66.7%（全省合计 6 个）',
    );
    expect(views.get('lanzhou')?.tooltipLines).toEqual([
      '兰州市',
      '4 个',
      '第 1 名（共 2 个有数据的市州）',
      '占全省 66.7%（全省合计 6 个）',
      '学校：a学院、b学院和c学院',
    ]);
    expect(prefectureViews(derive('new-majors'), 'en', name).get('jiuquan')?.label).toBe(
      'Jiuquan: 2 majors, #2 of 2 prefectures with data, 33.3% of the province (6 majors in all)',
    );
  });

  it('keeps the share of the province under a filter and says the share of the schools in view apart', () => {
    const tier = filterSchools(schools, { ...none, tier: 'junior-college' });
    const lines = prefectureViews(derive('students', tier), 'zh', name).get('lanzhou')?.tooltipLines;
    // b and c: 200 of the province's 1,000 students, and 200 of the 700 in view.
    expect(lines).toEqual([
      '兰州市',
      '200 人',
      '按所显示学校，第 2 名（共 2 个有数据的市州）',
      '占全省 20%（全省合计 1,000 人）',
      '占所显示学校 28.6%（所显示学校合计 700 人）',
      '学校：b学院和c学院',
    ]);
    const english = prefectureViews(derive('students', tier), 'en', name).get('lanzhou')?.tooltipLines;
    expect(english?.[2]).toBe('#2 of 2 prefectures with data, over the schools in view');
  });

  it('says a tie as a tie, and gives no standing where only one prefecture has a value', () => {
    // 500 and 500: both prefectures share the value, and the text says so rather than "first".
    const views = prefectureViews(derive('students'), 'zh', name);
    expect(views.get('lanzhou')?.tooltipLines[2]).toBe('2 个市州均为 500（共 2 个有数据的市州）');
    expect(standingLine({ rank: 2, tiedWith: 2, of: 5, value: 7 }, false, 'zh')).toBe(
      '并列第 2 名（2 个市州并列，共 5 个有数据的市州）',
    );
    expect(standingLine({ rank: 2, tiedWith: 2, of: 5, value: 7 }, false, 'en')).toBe(
      'joint #2 of 5 prefectures with data, 2 tied',
    );
    const one = prefectureViews(derive('students', [schools[3]!]), 'zh', name).get('jiuquan');
    expect(one?.tooltipLines).toEqual([
      '酒泉市',
      '500 人',
      '占全省 50%（全省合计 1,000 人）',
      '占所显示学校 100%（所显示学校合计 500 人）',
      '学校：d学院',
    ]);
  });

  it('colours prefectures with different values in different classes, the larger darker', () => {
    const views = prefectureViews(derive('new-majors'), 'zh', name);
    expect(views.get('lanzhou')?.fill).toBe(SEQUENTIAL_BLUES[4]);
    expect(views.get('jiuquan')?.fill).toBe(SEQUENTIAL_BLUES[0]);
  });

  it('counts a report list by prefecture, never as no school, its shares of the whole list', () => {
    const list = LIST_METRICS[0]!;
    const lists = {
      lists: [],
      byId: new Map([
        [list.id, { rows: [{ prefectureId: 'gannan' }, { prefectureId: 'gannan' }, { prefectureId: 'lanzhou' }] }],
      ]),
    } as unknown as Lists;
    // Filters do not apply to a list: the schools in view do not change it.
    const data = deriveMapData(list, prefectures, { inView: [], province: schools }, figures, lists);
    const views = prefectureViews(data, 'zh', name);
    expect(views.get('gannan')).toMatchObject({ fill: SEQUENTIAL_BLUES[4], dashed: false });
    expect(views.get('gannan')?.label).toBe(
      '甘南州：2 人，第 1 名（共 3 个有数据的市州），占全省名单 66.7%（名单共 3 人）',
    );
    expect(views.get('jiuquan')?.label).toBe(
      '酒泉市：0 人，第 3 名（共 3 个有数据的市州），占全省名单 0%（名单共 3 人）',
    );
  });

  it('formats a value with its unit, singular in English for one, and a missing one as not reported', () => {
    expect(valueText(12997, metric('students'), 'zh')).toBe('12,997 人');
    expect(valueText(1, metric('schools'), 'en')).toBe('1 school');
    expect(valueText(4, metric('schools'), 'en')).toBe('4 schools');
    expect(valueText(null, metric('students'), 'en')).toBe('Not reported');
  });
});

describe('the map view on the real data', () => {
  const real = {
    prefectures: dataset<Prefectures>(prefecturesQuery),
    schools: dataset<Schools>(schoolsQuery),
    figures: dataset<SchoolFigures>(schoolFiguresQuery),
    lists: dataset<Lists>(listsQuery),
  };
  const realData = (id: string, inView = real.schools.list) =>
    deriveMapData(
      mapMetrics(real.figures).find((m) => m.id === id)!,
      real.prefectures.list,
      { inView, province: real.schools.list },
      real.figures,
      real.lists,
    );
  const views = (id: string) => prefectureViews(realData(id), 'zh', name);

  it('spreads the 13 prefectures with schools over the whole palette by students, 甘南州 apart', () => {
    const byStudents = views('students');
    const fills = real.prefectures.list.filter((p) => p.id !== 'gannan').map((p) => byStudents.get(p.id)?.fill);
    expect(new Set(fills)).toEqual(new Set(SEQUENTIAL_BLUES));
    // 兰州市 has most students of all (表2); 甘南州 has no school.
    expect(byStudents.get('lanzhou')?.fill).toBe(SEQUENTIAL_BLUES[4]);
    expect(byStudents.get('gannan')?.fill).toBe(NO_SCHOOL_FILL);
  });

  it('gives 酒泉市 4.4% of the province’s students with ?prefecture=jiuquan, not 100%', () => {
    const jiuquan = filterSchools(real.schools.list, { ...none, prefecture: 'jiuquan' });
    const row = realData('students', jiuquan).rows.find((r) => r.prefecture.id === 'jiuquan')!;
    expect(row.value).toBe(12997);
    expect(row.share).toBeCloseTo((12997 / 294013) * 100, 6);
    expect(prefectureViews(realData('students', jiuquan), 'zh', name).get('jiuquan')?.tooltipLines).toContain(
      '占全省 4.4%（全省合计 294,013 人）',
    );
  });

  it('places one labelled marker per school, an undergraduate school marked as such', () => {
    const markers = schoolMarkers(dataset<Boundaries>(boundariesQuery), real.schools.list, real.figures, 'zh');
    expect(markers).toHaveLength(29);
    expect(markers.find((m) => m.id === 'jiuquan')).toMatchObject({
      undergraduate: false,
      label: '酒泉职业技术学院，在校生 12,997 人。按回车查看概况或加入对比',
      tooltip: '酒泉职业技术学院：在校生 12,997 人',
    });
    expect(markers.find((m) => m.id === 'lz-petrochemical')?.undergraduate).toBe(true);
    const english = schoolMarkers(dataset<Boundaries>(boundariesQuery), real.schools.list, real.figures, 'en');
    expect(english.find((m) => m.id === 'jiuquan')?.tooltip).toBe(
      'Jiuquan Vocational and Technical College: 12,997 students',
    );
  });
});
