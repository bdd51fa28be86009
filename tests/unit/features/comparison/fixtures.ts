import {
  indexById,
  type Lists,
  type ReportCase,
  type School,
  type SchoolFigures,
  type SchoolMetric,
} from '@/data/domain';

/**
 * A small province, hand-written: two undergraduate schools (each other's peers), five junior
 * comprehensive ones (peers of each other), one medical school with no peer. Eight schools.
 */
function school(id: string, tier: School['tier'], typeId: School['typeId']): School {
  const type = { medicine: ['医学类', 'Medicine'], comprehensive: ['综合院校', 'Comprehensive'] } as Record<
    string,
    [string, string]
  >;
  const [typeZh, typeEn] = type[typeId] ?? ['理工类', 'Science and engineering'];
  return {
    id,
    seq: 1,
    nameZh: `${id}学院`,
    nameEn: `${id} College`,
    shortEn: `${id.toUpperCase()}`,
    otherNames: [],
    levelAsPrinted: tier === 'undergraduate' ? '职业本科' : '高职',
    tier,
    ownership: 'public',
    typeId,
    typeZh,
    typeEn,
    locationAsPrinted: '兰州市',
    prefectureId: 'lanzhou',
    source: '表1',
  };
}

export const province: School[] = [
  school('p1', 'undergraduate', 'science-engineering'),
  school('p2', 'undergraduate', 'science-engineering'),
  school('c1', 'junior-college', 'comprehensive'),
  school('c2', 'junior-college', 'comprehensive'),
  school('c3', 'junior-college', 'comprehensive'),
  school('c4', 'junior-college', 'comprehensive'),
  school('c5', 'junior-college', 'comprehensive'),
  school('m1', 'junior-college', 'medicine'),
];

const metric = (id: string, source: string, unit: [string, string], values: SchoolMetric['values']): SchoolMetric => ({
  id,
  labelZh: `${id}指标`,
  labelEn: `${id} figure`,
  unit: unit[0],
  unitEn: unit[1],
  source,
  values,
});

/** Enrolment, every school reporting. */
export const students = metric('students', '表2', ['人', 'students'], {
  p1: 500,
  p2: 300,
  c1: 100,
  c2: 200,
  c3: 150,
  c4: 50,
  c5: 250,
  m1: 400,
});

/** 表6-like: c5 leads with 2, four schools share 1 (a 4-way tie), three have 0. */
export const courses = metric('courses', '表6', ['门', 'courses'], {
  p1: 1,
  p2: 0,
  c1: 1,
  c2: 1,
  c3: 0,
  c4: 1,
  c5: 2,
  m1: 0,
});

/** Most schools share 0, and m1 is not reported (which is not 0). */
export const libraries = metric('libraries', '表6', ['个', 'libraries'], {
  p1: 1,
  p2: 0,
  c1: 0,
  c2: 0,
  c3: 0,
  c4: 0,
  c5: 0,
  m1: null,
});

/** Reported by two schools only. */
export const majors = metric('majors', '表16', ['个', 'majors'], {
  p1: 3,
  p2: null,
  c1: null,
  c2: 1,
  c3: null,
  c4: null,
  c5: null,
  m1: null,
});

export const admissions = metric('admissions', '表2', ['人', 'students'], {
  p1: 200,
  p2: 100,
  c1: 50,
  c2: 40,
  c3: 30,
  c4: 20,
  c5: 100,
  m1: 100,
});

const metrics = [students, courses, libraries, majors, admissions];
export const figures: SchoolFigures = { metrics, byId: indexById(metrics) };

const listRow = (cells: Record<string, string>, cellsEn: Record<string, string>, schoolIds: string[], seq = '1') => ({
  seq,
  cells,
  cellsEn,
  schoolIds,
});

export const lists: Lists = (() => {
  const all = [
    {
      id: 'textbooks',
      source: '表5',
      titleZh: '教材一览表',
      titleEn: 'Textbooks',
      columns: [
        { key: 'title', labelZh: '教材', labelEn: 'Textbook' },
        { key: 'unit', labelZh: '单位', labelEn: 'Unit' },
      ],
      rows: [
        listRow({ title: '化工原理', unit: 'p1学院' }, { title: 'Chemical engineering', unit: 'p1 College' }, ['p1']),
        listRow({ title: '护理学', unit: 'm1学院' }, { title: 'Nursing', unit: 'm1 College' }, ['m1'], '2'),
      ],
    },
    {
      id: 'narrative-recognitions',
      source: '§1–§8',
      titleZh: '认定与荣誉',
      titleEn: 'Recognitions',
      columns: [{ key: 'recognitionZh', labelZh: '认定', labelEn: 'Recognition' }],
      rows: [
        {
          seq: null,
          cells: { recognitionZh: '高水平专业群建设单位', detail: '高水平专业群建设单位 2 所（p1学院、c1学院）' },
          cellsEn: {
            recognitionZh: 'Unit building a high-level specialty group',
            detail: 'Two units building high-level specialty groups (p1 College, c1 College)',
          },
          schoolIds: ['p1', 'c1'],
          source: '§1.1',
        },
      ],
    },
  ];
  return { lists: all, byId: indexById(all) };
})();

export const cases: ReportCase[] = [
  {
    id: '案例03',
    number: 3,
    titleZh: '产教融合的c1路径',
    titleEn: 'c1’s way of industry–education integration',
    section: '§2.3.1',
    schoolIds: ['c1'],
    figures: [],
    summaryZh: '……',
    summaryEn: '…',
  },
];
