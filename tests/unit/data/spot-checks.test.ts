import { beforeAll, describe, expect, it } from 'vitest';
import { loadAll } from './load-all';

/** Figures from every table of the report, read off the report by hand. */
let data: Awaited<ReturnType<typeof loadAll>>;
beforeAll(async () => {
  data = await loadAll();
});
const metric = (id: string, school: string) => data.figures.byId.get(id)?.values[school];
const figure = (id: string) => data.province.figureById.get(id)?.value;
const row = (table: string, id: string) => data.appendix.row(table, id);
const list = (id: string) => data.lists.byId.get(id)?.rows ?? [];

describe('spot checks against the report', () => {
  it('表1', () => {
    const police = data.schools.byId.get('gs-police');
    expect(police).toMatchObject({
      seq: 4,
      nameZh: '甘肃警察职业学院',
      levelAsPrinted: '高职',
      tier: 'junior-college',
      ownership: 'public',
      typeZh: '政法类',
      prefectureId: 'lanzhou',
    });
    expect(data.schools.byId.get('linxia-modern')).toMatchObject({
      locationAsPrinted: '临夏州',
      prefectureId: 'linxia',
    });
    expect(data.schools.byId.get('lz-technology')?.ownership).toBe('private');
    expect(data.schools.list.filter((s) => s.tier === 'undergraduate').map((s) => s.id)).toEqual([
      'lz-petrochemical',
      'lz-resources-environment',
    ]);
  });
  it('表2', () => {
    expect([metric('students', 'wuwei'), metric('admissions', 'wuwei'), metric('graduates', 'wuwei')]).toEqual([
      13471, 4578, 4838,
    ]);
    expect([metric('students', 'dingxi'), metric('admissions', 'dingxi'), metric('graduates', 'dingxi')]).toEqual([
      681, 0, 0,
    ]);
  });
  it('表3 and 表4', () => {
    const books = data.province.basicConditions.rows.find((r) => r.labelZh.includes('图书'));
    expect(books).toMatchObject({ median2021: 71.7, median2022: 62.96, median2023: 92.41, threshold: 60 });
    expect(data.province.doubleQualifiedTeachers.rows[1]).toMatchObject({
      levelZh: '高职',
      junior: 2375,
      senior: 389,
      intermediate: 1808,
      total: 4572,
    });
  });
  it('表5', () => {
    expect(list('textbooks')[9]?.cells).toMatchObject({ chiefEditor: '张军荣', editorUnit: '甘肃卫生职业学院' });
    expect(list('textbooks')[9]?.schoolIds).toEqual(['gs-health']);
  });
  it('表6: 定西职业技术学院 has no row, which is not reported, not zero', () => {
    expect(metric('national-libraries-joined', 'wuwei')).toBe(1);
    expect(metric('provincial-courses-led', 'lz-petrochemical')).toBe(46);
    expect(metric('provincial-courses-led', 'dingxi')).toBeNull();
  });
  it('表7', () => {
    expect(data.province.training.groups.find((g) => g.labelZh === '农民工')?.persons).toBe(4047);
    expect(data.province.training.totalPersons).toBe(270229);
  });
  it('表8 to 表11', () => {
    expect(list('learning-stars-province')[16]).toMatchObject({
      prefectureId: 'linxia',
      cells: expect.objectContaining({ name: '贾汝锐' }),
    });
    expect(list('lifelong-brands-province')).toHaveLength(10);
    expect(list('learning-stars-national').map((r) => r.cells.name)).toContain('高子荣');
    expect(list('lifelong-brands-national')[4]?.schoolIds).toEqual(['bailie']);
  });
  it('表12 to 表15', () => {
    expect(list('civilised-campuses')[13]?.schoolIds).toEqual(['wuwei']);
    expect(list('red-culture-bases')[7]?.schoolIds).toEqual(['wuwei']);
    expect(list('overseas-programmes').find((r) => r.cells.partnerCountry === '泰国')?.cells.students).toBe('4');
    expect(list('course-standards').filter((r) => r.schoolIds.includes('bailie'))).toHaveLength(5);
  });
  it('表16: schools absent from the table are not reported', () => {
    expect(metric('new-majors', 'baiyin-mining')).toBe(13);
    expect(metric('new-majors', 'lz-petrochemical')).toBe(0);
    expect(metric('new-majors', 'dingxi')).toBeNull();
  });
  it('表17 and 表18', () => {
    expect(list('industry-communities')[12]).toMatchObject({
      schoolIds: ['gs-industry'],
      cells: expect.objectContaining({ leadEnterprises: '天水华天科技股份有限公司' }),
    });
    expect(list('industry-enterprises')[35]?.cells).toEqual({
      enterpriseName: '甘肃金昌化学工业集团有限公司',
      industry: '化学原料和化学制品制造业',
    });
  });
  it('the narrative', () => {
    expect(figure('graduates-destination-rate')).toBe(91.38);
    expect(figure('intake-general-high-school-share')).toBe(41.43);
    expect(figure('double-qualified-teachers')).toBe(5765);
    expect(figure('x-certificate-pass-rate')).toBe(79.2);
  });
  it('附表1 to 附表6', () => {
    expect(row('附表1', 'monthly-income')?.value).toBe(3980.34);
    expect(row('附表2', 'parents')).toMatchObject({ value: 94.34, surveyCount: 50258, surveyMethod: '网上调查' });
    expect(row('附表3', 'internet-bandwidth')?.value).toBe(4840.49);
    expect(row('附表4', 'patents-granted')?.value).toBe(253);
    expect(row('附表5', 'schools-abroad')?.value).toBe(3);
    expect(row('附表6', 'arts-teachers')).toMatchObject({ value: null, valueText: '-' });
    expect(data.appendix.tables.map((t) => t.rows.length)).toEqual([12, 12, 43, 18, 16, 22]);
  });
  it('the 22 cases', () => {
    expect(data.cases.cases).toHaveLength(22);
    expect(data.cases.cases.find((c) => c.id === '案例09')?.schoolIds).toEqual(['jiuquan']);
  });
});
