import { beforeAll, describe, expect, it } from 'vitest';
import type { AppendixTable } from '@/data/domain';
import { loadAll } from './load-all';
import { printedAppendix, type PrintedAppendixRow } from './report-text';

/**
 * Every row of 附表1–附表6: its 序号, nesting and star, pinned. Each line is one row in printed
 * order: indentation = level (a 其中 part of the row above it one level up), then the printed 序号,
 * the id, * where the report prints a star, and "=id" for a blank-label row that is the indicator
 * of that row in a second unit (学时).
 *
 * Reading decisions, where the text alone does not say:
 * - An unnumbered row printed without 其中 is an indicator of its own (附表3 专业数量, 附表4
 *   横向技术服务产生的经济效益, 附表5 接收国外留学生人数, 附表6 教职工总数 …), not a part of
 *   the row above it.
 * - A 其中 run ends at a row that counts something else: a sum of money or hours under a count
 *   (附表4 专利成果转化到款额, 附表6 行业导师年课时总量 / 年支付行业导师课酬), or a row that
 *   restates a full indicator name (附表5 开发并被国外采用的职业教育资源数量 / 装备数量).
 * - 附表6: the 其中 under 4 belongs to 教职工总数 (16,325), not to 教职员工额定编制数 (13,169):
 *   专任教师 alone are 13,632.
 * - 附表6: the text puts 序号 5 on 班主任人数; the PDF prints it beside 参加国家学生体质健康标准
 *   测试人数, and 班主任 are staff of item 4 (the shift is the text extraction's).
 */
const OUTLINE: Record<string, string[]> = {
  附表1: [
    '1 graduates*',
    '2 destination-secured',
    '  further-study',
    '    to-undergraduate',
    '3 in-province-destination-rate',
    '4 monthly-income',
    '5 employed-three-sectors',
    '  primary-sector',
    '  secondary-sector',
    '  tertiary-sector',
    '6 self-employment-rate',
    '7 promotion-within-three-years',
  ],
  附表2: [
    '1 current-students',
    '  classroom-education',
    '  extracurricular-education',
    '  ideological-political-teaching',
    '  general-course-teaching',
    '  specialty-course-teaching',
    '2 graduates',
    '  new-graduates',
    '  graduates-within-three-years',
    '3 staff',
    '4 employers',
    '5 parents',
  ],
  附表3: [
    '1 student-teacher-ratio*',
    '2 double-qualified-ratio*',
    '3 senior-title-ratio*',
    '4 specialty-groups*',
    'specialties*',
    '5 courses*',
    'courses-hours =courses',
    '  course-certificate-courses*',
    '  course-certificate-courses-hours =course-certificate-courses',
    '  online-courses',
    '  online-courses-hours =online-courses',
    '6 resource-libraries',
    '  resource-libraries-national*',
    '    resource-libraries-national-platform*',
    '  resource-libraries-provincial',
    '    resource-libraries-provincial-platform*',
    '  resource-libraries-school',
    '    resource-libraries-school-platform*',
    '7 quality-online-courses*',
    'quality-online-courses-hours =quality-online-courses',
    'quality-online-courses-avg-students*',
    '  quality-online-courses-national*',
    '    quality-online-courses-national-platform*',
    '  quality-online-courses-provincial',
    '    quality-online-courses-provincial-platform*',
    '  quality-online-courses-school',
    '    quality-online-courses-school-platform*',
    '8 virtual-simulation-bases',
    '  virtual-simulation-bases-national*',
    '    virtual-simulation-bases-national-platform*',
    '  virtual-simulation-bases-provincial',
    '    virtual-simulation-bases-provincial-platform*',
    '  virtual-simulation-bases-school',
    '    virtual-simulation-bases-school-platform*',
    '9 textbooks',
    '  textbooks-national-plan*',
    '  textbooks-school-enterprise',
    '  textbooks-new-form',
    '  textbooks-platform*',
    '10 internet-bandwidth*',
    '11 campus-backbone-bandwidth*',
    '12 practice-workstations-per-student*',
    '13 equipment-value-per-student*',
  ],
  附表4: [
    '1 first-employment*',
    '  type-a-local*',
    '  type-b-west-northeast*',
    '  type-c-grassroots*',
    '  type-d-large-enterprises*',
    '2 horizontal-service-income',
    'horizontal-service-benefit',
    '3 vertical-research-funding*',
    '4 tech-property-income*',
    '5 ip-projects*',
    '  patents-granted*',
    '    invention-patents-granted*',
    '  patents-transferred',
    'patent-commercialisation-income',
    '6 non-degree-training-projects*',
    'non-degree-training-hours*',
    'public-benefit-training-hours*',
    '7 non-degree-training-income',
  ],
  附表5: [
    '1 intl-student-specialties',
    'intl-students',
    'visiting-foreign-teachers',
    '2 standards-adopted-abroad',
    '  specialty-standards',
    '  course-standards',
    'resources-adopted-abroad',
    'equipment-adopted-abroad',
    '3 schools-abroad',
    '  schools-abroad-specialties',
    '  schools-abroad-students',
    '4 sino-foreign-specialties',
    '  sino-foreign-students',
    '5 teacher-days-abroad',
    '6 teachers-in-intl-organisations',
    '7 intl-competition-awards',
  ],
  附表6: [
    '1 full-time-students*',
    '2 per-student-appropriation',
    '3 special-appropriations',
    '4 authorised-staff-posts',
    'total-staff',
    '  full-time-teachers',
    '  ideological-political-teachers*',
    '  pe-teachers',
    '  arts-teachers',
    '  counsellors*',
    '  class-advisers',
    '5 fitness-test-participants',
    '  fitness-pass-rate',
    '6 skill-certificate-holders',
    '7 enterprise-equipment-value',
    '8 open-practice-centres',
    '9 industry-mentors*',
    '  craftsmen-model-worker-mentors',
    'mentor-class-hours*',
    'mentor-fees',
    '10 internship-funds',
    '  internship-insurance',
  ],
};

/** The one 序号 the text extraction moved up a row: table, row id, 序号 in the text. */
const SHIFTED_SEQ = [['附表6', 'class-advisers', '5', 'fitness-test-participants']] as const;

function outline(table: AppendixTable): string[] {
  return table.rows.map(
    (r) =>
      `${'  '.repeat(r.level)}${r.seq ? `${r.seq} ` : ''}${r.id}${r.starred ? '*' : ''}` +
      (r.secondUnitOf ? ` =${r.secondUnitOf}` : ''),
  );
}

let tables: AppendixTable[];
let printed: Map<string, PrintedAppendixRow[]>;
beforeAll(async () => {
  tables = (await loadAll()).appendix.tables;
  printed = printedAppendix();
});

describe('appendix structure', () => {
  it('nests and stars every row as pinned', () => {
    expect(Object.fromEntries(tables.map((t) => [t.id, outline(t)]))).toEqual(OUTLINE);
  });

  it.each(['附表1', '附表2', '附表3', '附表4', '附表5', '附表6'])(
    '%s: every row has the label, unit, value, star and 序号 the report prints',
    (id) => {
      const rows = tables.find((t) => t.id === id)?.rows ?? [];
      const text = printed.get(id) ?? [];
      expect(rows.map((r) => r.id)).toHaveLength(text.length);
      const shifted = new Map<string, string | null>();
      for (const [table, from, seq, to] of SHIFTED_SEQ) {
        if (table === id) shifted.set(from, seq).set(to, null);
      }
      let labelled = rows[0];
      rows.forEach((row, i) => {
        const p = text[i];
        if (!p) throw new Error(`${id}: no printed row ${i + 1}`);
        const at = `${id}/${row.id}`;
        expect(shifted.has(row.id) ? shifted.get(row.id) : row.seq, at).toBe(p.seq);
        expect([row.unit, row.valueText, row.surveyCount?.toString(), row.surveyMethod], at).toEqual([
          p.unit,
          p.valueText,
          p.surveyCount,
          p.surveyMethod,
        ]);
        if (p.label === '') {
          // A blank label: the indicator above, counted in a second unit, with its label and no star.
          expect([row.secondUnitOf, row.labelZh, row.starred], at).toEqual([labelled?.id, labelled?.labelZh, false]);
          return;
        }
        labelled = row;
        expect(row.secondUnitOf, at).toBeUndefined();
        expect(row.labelZh, at).toBe(p.label.replace(/^其中：/, '').replace(/\*$/, ''));
        expect(row.starred, at).toBe(p.label.endsWith('*'));
        // Printed with 其中: always a part of the row above; numbered rows are never parts.
        if (p.label.startsWith('其中：')) expect(row.level, at).toBeGreaterThan(0);
        if (row.seq !== null) expect(row.level, at).toBe(0);
      });
    },
  );

  it('has 123 rows, every parent one level up and printed above its parts', () => {
    expect(tables.reduce((n, t) => n + t.rows.length, 0)).toBe(123);
    for (const table of tables) {
      table.rows.forEach((row, i) => {
        if (!row.parentId) return;
        const at = table.rows.findIndex((r) => r.id === row.parentId);
        expect(at, `${table.id}/${row.id}`).toBeGreaterThanOrEqual(0);
        expect(at).toBeLessThan(i);
        expect(table.rows[at]?.level).toBe(row.level - 1);
      });
    }
  });
});
