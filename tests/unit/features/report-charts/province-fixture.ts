import { indexById, type Lists, type Province } from '@/data/domain';

/** A figure of province.json, hand-written. */
function figure(id: string, value: number, unit = '人', unitEn = 'graduates', extra: object = {}) {
  return {
    id,
    group: 'g',
    labelZh: `${id}（中）`,
    labelEn: `${id} (en)`,
    value,
    unit,
    unitEn,
    source: '§1.2.3',
    ...extra,
  };
}

const figures = [
  figure('graduates-2023', 200),
  figure('graduates-destination-secured', 180),
  figure('graduates-further-study', 40),
  figure('graduates-primary-sector', 10),
  figure('graduates-secondary-sector', 30),
  figure('graduates-tertiary-sector', 80),
  figure('intake-general-high-school-share', 60.5, '%', '%', {
    base: '在校生',
    baseEn: 'Students enrolled in 2023',
  }),
  figure('provincial-student-first-prizes', 12, '项', 'prizes'),
  figure('provincial-student-second-prizes', 20, '项', 'prizes'),
  figure('provincial-student-third-prizes', 30, '项', 'prizes'),
  figure('national-all-first-prize-groups', 2, '组', 'groups'),
];

/** A small province: six graduates' figures, one intake share, part of the contest figures, 表3, 表4, 表7. */
export const province = {
  figures,
  figureById: indexById(figures),
  basicConditions: {
    source: '表3',
    rows: [
      {
        id: 'books',
        labelZh: '生均图书',
        labelEn: 'Library books per student',
        unit: '册/生',
        unitEn: 'volumes per student',
        median2021: 71.7,
        median2022: 62.96,
        median2023: 92.41,
        threshold: 60,
      },
    ],
  },
  doubleQualifiedTeachers: {
    source: '表4',
    rows: [
      { levelZh: '职业本科', levelEn: 'Vocational undergraduate', junior: 3, intermediate: 2, senior: 1, total: 6 },
      { levelZh: '高职', levelEn: 'Higher vocational', junior: 10, intermediate: 5, senior: 1, total: 16 },
    ],
    total: { junior: 13, intermediate: 7, senior: 2, total: 22 },
  },
  training: {
    source: '表7',
    totalPersons: 400,
    groups: [
      { id: 'enterprise-staff', labelZh: '企业职工', labelEn: 'Enterprise employees', persons: 300 },
      { id: 'other', labelZh: '其他', labelEn: 'Others', persons: 100 },
    ],
  },
} as unknown as Province;

const row = (prefectureId: string | undefined) => ({
  seq: '1',
  cells: {},
  cellsEn: {},
  schoolIds: [],
  ...(prefectureId ? { prefectureId } : {}),
});

const stars = {
  id: 'learning-stars-province',
  source: '表8',
  titleZh: '百姓学习之星名单',
  titleEn: 'Learning Stars list',
  columns: [],
  rows: [row('lanzhou'), row('lanzhou'), row('jiuquan'), row(undefined)],
};

/** 表8 with four entries: two in 兰州市, one in 酒泉市, one a school's. */
export const lists = { lists: [stars], byId: indexById([stars]) } as unknown as Lists;
