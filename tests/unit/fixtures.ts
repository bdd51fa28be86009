import type { DataNote, Prefecture, School, SchoolMetric } from '@/data/domain';

/** Small hand-written fixtures: three prefectures, four schools. */
export const prefectures: Prefecture[] = [
  { id: 'lanzhou', nameZh: '兰州市', shortZh: '兰州市', nameEn: 'Lanzhou', shortEn: 'Lanzhou' },
  { id: 'jiuquan', nameZh: '酒泉市', shortZh: '酒泉市', nameEn: 'Jiuquan', shortEn: 'Jiuquan' },
  {
    id: 'gannan',
    nameZh: '甘南藏族自治州',
    shortZh: '甘南州',
    nameEn: 'Gannan Tibetan Autonomous Prefecture',
    shortEn: 'Gannan',
  },
];

function school(
  id: string,
  prefectureId: School['prefectureId'],
  tier: School['tier'],
  ownership: School['ownership'],
  typeId: School['typeId'],
): School {
  return {
    id,
    seq: 1,
    nameZh: `${id}学院`,
    nameEn: `${id} College`,
    shortEn: id,
    otherNames: [],
    levelAsPrinted: tier === 'undergraduate' ? '职业本科' : '高职',
    tier,
    ownership,
    typeId,
    typeZh: typeId,
    typeEn: typeId,
    locationAsPrinted: prefectureId,
    prefectureId,
    source: '表1',
  };
}

export const schools: School[] = [
  school('a', 'lanzhou', 'undergraduate', 'public', 'science-engineering'),
  school('b', 'lanzhou', 'junior-college', 'private', 'languages'),
  school('c', 'lanzhou', 'junior-college', 'public', 'comprehensive'),
  school('d', 'jiuquan', 'junior-college', 'public', 'comprehensive'),
];

export const students: SchoolMetric = {
  id: 'students',
  labelZh: '在校生人数',
  labelEn: 'Enrolled students',
  unit: '人',
  unitEn: 'students',
  source: '表2',
  values: { a: 300, b: 100, c: 100, d: 500 },
};

/** Reported by only some schools, as 表16 is: b is not reported, which is not zero. */
export const newMajors: SchoolMetric = {
  id: 'new-majors',
  labelZh: '当年新增专业数',
  labelEn: 'New majors',
  unit: '个',
  unitEn: 'majors',
  source: '表16',
  values: { a: 0, b: null, c: 4, d: 2 },
};

/** A data note of the report's commonest kind (text against table), touching what it is given. */
export function dataNote(id: string, touches: string[]): DataNote {
  return {
    id,
    kind: 'contradiction',
    comparison: 'text-vs-table',
    foundBy: 'cross-check',
    titleZh: `${id}：正文与表不一致`,
    titleEn: `${id}: the text and the table disagree`,
    values: [
      { labelZh: '正文', labelEn: 'Text', valueText: '1', source: '§1.2.1' },
      { labelZh: '表', labelEn: 'Table', valueText: '2', source: '表2' },
    ],
    explanationZh: '说明',
    explanationEn: 'Explanation',
    touches,
  };
}
