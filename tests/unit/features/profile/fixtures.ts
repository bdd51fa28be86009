import { dataNote as note } from '../../fixtures';
import {
  indexById,
  indexNotes,
  type DataNote,
  type DataNotes,
  type Lists,
  type ReportCase,
  type School,
  type SchoolFigures,
  type SchoolMetric,
} from '@/data/domain';
import { prefectures } from '../../fixtures';

/**
 * A small province, hand-written: two undergraduate schools (each other's peers), five junior
 * comprehensive ones, one medical school with no peer. Eight schools in all.
 */
function school(id: string, tier: School['tier'], typeId: School['typeId'], extra: Partial<School> = {}): School {
  return {
    id,
    seq: 1,
    nameZh: `${id}学院`,
    nameEn: `${id} College`,
    shortEn: id,
    otherNames: [],
    levelAsPrinted: tier === 'undergraduate' ? '职业本科' : '高职',
    levelAsPrintedEn: tier === 'undergraduate' ? 'Vocational undergraduate' : 'Higher vocational',
    tier,
    ownership: 'public',
    typeId,
    typeZh: typeId === 'medicine' ? '医学类' : typeId === 'comprehensive' ? '综合院校' : '理工类',
    typeEn:
      typeId === 'medicine' ? 'Medicine' : typeId === 'comprehensive' ? 'Comprehensive' : 'Science and engineering',
    locationAsPrinted: '兰州市',
    locationAsPrintedEn: 'Lanzhou',
    prefectureId: 'lanzhou',
    source: '表1',
    ...extra,
  };
}

export const province: School[] = [
  school('p1', 'undergraduate', 'science-engineering', {
    otherNames: [{ name: 'p1职业技术学院', nameEn: 'p1 Polytechnic', kind: 'former', source: '表12' }],
  }),
  school('p2', 'undergraduate', 'science-engineering'),
  school('c1', 'junior-college', 'comprehensive'),
  school('c2', 'junior-college', 'comprehensive'),
  school('c3', 'junior-college', 'comprehensive'),
  school('c4', 'junior-college', 'comprehensive'),
  school('c5', 'junior-college', 'comprehensive', { prefectureId: 'jiuquan', locationAsPrinted: '酒泉市' }),
  school('m1', 'junior-college', 'medicine'),
];

export const prefectureIndex = indexById(prefectures);

const metric = (
  id: string,
  source: string,
  unit: [string, string],
  values: Record<string, number | null>,
): SchoolMetric => ({
  id,
  labelZh: `${id}（中文）`,
  labelEn: `${id} (English)`,
  unit: unit[0],
  unitEn: unit[1],
  source,
  values,
});

export const metrics: SchoolMetric[] = [
  metric('students', '表2', ['人', 'students'], {
    p1: 500,
    p2: 300,
    c1: 200,
    c2: 100,
    c3: 100,
    c4: 50,
    c5: 30,
    m1: 20,
  }),
  metric('admissions', '表2', ['人', 'students'], { p1: 100, p2: 60, c1: 50, c2: null, c3: 30, c4: 10, c5: 6, m1: 5 }),
  metric('graduates', '表2', ['人', 'graduates'], { p1: 90, p2: 50, c1: 40, c2: 20, c3: 20, c4: 10, c5: 5, m1: 4 }),
  /** Every school at 0: no school stands out, and there is no share of nothing. */
  metric('zeros', '表6', ['个', 'libraries'], { p1: 0, p2: 0, c1: 0, c2: 0, c3: 0, c4: 0, c5: 0, m1: 0 }),
  /** Four schools share the top. */
  metric('tie4', '表6', ['门', 'courses'], { p1: 0, p2: 0, c1: 1, c2: 1, c3: 1, c4: 0, c5: 0, m1: 1 }),
  /** c5 and m1 are not reported (表16 has no row for them): not 0. */
  metric('majors', '表16', ['个', 'majors'], { p1: 3, p2: 0, c1: 2, c2: 2, c3: 0, c4: 1, c5: null, m1: null }),
];

export const figures: SchoolFigures = { metrics, byId: indexById(metrics) };

const row = (cells: Record<string, string>, cellsEn: Record<string, string>, schoolIds: string[], extra = {}) => ({
  seq: null,
  cells,
  cellsEn,
  schoolIds,
  ...extra,
});

export const lists: Lists = (() => {
  const all: Lists['lists'] = [
    {
      id: 'civilised-campuses',
      source: '表12',
      titleZh: '文明校园名单',
      titleEn: 'Civilised campuses',
      columns: [
        { key: 'category', labelZh: '类别', labelEn: 'Category' },
        { key: 'school', labelZh: '学校', labelEn: 'School' },
      ],
      rows: [
        // The school under its former name: the cell only names the school, so the entry leaves it out.
        {
          ...row(
            { category: '全国文明校园', school: 'p1职业技术学院' },
            { category: 'National civilised campus', school: 'p1 Polytechnic' },
            ['p1'],
          ),
          seq: '1',
        },
        {
          ...row(
            { category: '省级文明校园', school: 'c1学院' },
            { category: 'Provincial civilised campus', school: 'c1 College' },
            ['c1'],
          ),
          seq: '2',
        },
      ],
    },
    {
      id: 'narrative-recognitions',
      source: '§1–§8',
      titleZh: '认定与荣誉',
      titleEn: 'Recognitions',
      columns: [
        { key: 'recognitionZh', labelZh: '认定', labelEn: 'Recognition (Chinese)' },
        { key: 'recognitionEn', labelZh: '认定（英文）', labelEn: 'Recognition (English)' },
        { key: 'detail', labelZh: '原文', labelEn: 'Quote' },
      ],
      rows: [
        row(
          {
            recognitionZh: '高水平专业群建设单位',
            recognitionEn: 'High-level specialty group',
            detail: '高水平专业群建设单位 2 所（p1学院、c1学院）',
          },
          {
            recognitionZh: 'High-level specialty group',
            detail: 'Two high-level specialty groups (p1 College, c1 College)',
          },
          ['p1', 'c1'],
          { source: '§1.1' },
        ),
        row(
          { recognitionZh: '校园文化品牌', recognitionEn: 'Campus culture brand', detail: 'p1学院的“胡杨文化”' },
          { recognitionZh: 'Campus culture brand', detail: 'p1 College’s “Desert Poplar Culture”' },
          ['p1'],
          { source: '§4.1' },
        ),
      ],
    },
  ];
  return { lists: all, byId: indexById(all) };
})();

export const cases: ReportCase[] = [
  {
    id: '案例03',
    number: 3,
    titleZh: 'p1学院打造教师培养新模式',
    titleEn: 'p1 College builds a new model of teacher development',
    section: '§2.3.1',
    schoolIds: ['p1'],
    figures: [],
    summaryZh: '摘要',
    summaryEn: 'Summary',
  },
  {
    id: '案例09',
    number: 9,
    titleZh: 'c1学院服务企业',
    titleEn: 'c1 College serves enterprises',
    section: '§3.2',
    schoolIds: ['c1'],
    figures: [],
    summaryZh: '摘要',
    summaryEn: 'Summary',
  },
];

export const notesList: DataNote[] = [
  note('p1-students', ['school-metric:students/p1']),
  note('c1-students', ['school-metric:students/c1']),
  note('tie4-totals', ['school-metric:tie4']),
  note('p1-name', ['school:p1', 'list:civilised-campuses']),
  note('case-03', ['case:案例03']),
  note('campus-count', ['list:civilised-campuses']),
];

/** As the app indexes them (school-level keys are filed under their metric too). */
export const dataNotes = (list: DataNote[] = notesList): DataNotes => indexNotes(list);
