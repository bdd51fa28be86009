import { indexAppendix, type AppendixRow, type AppendixTable, type Figure } from '@/data/domain';
import type { ProvinceFile } from '@/data/schemas/province';

/** A row with the fields the report prints; value null where it prints "-". */
export function row(id: string, value: number | null, extra: Partial<AppendixRow> = {}): AppendixRow {
  return {
    id,
    seq: null,
    level: 0,
    labelZh: `${id}中文`,
    labelEn: `${id} en`,
    starred: false,
    unit: '人',
    unitEn: 'people',
    value,
    valueText: value === null ? '-' : String(value),
    ...extra,
  };
}

const survey = { unit: '%', unitEn: undefined, surveyMethod: '网上调查', surveyMethodEn: 'Online survey' };

function table(id: string, rows: AppendixRow[]): AppendixTable {
  return { id, titleZh: `${id}标题`, titleEn: `${id} title`, year: 2023, rows };
}

/** Small hand-written appendix: 1,000 graduates, 900 placed; sectors printed as 100 but adding to 110. */
export const appendixTables: AppendixTable[] = [
  table('附表1', [
    row('graduates', 1000, { seq: '1', labelZh: '毕业生人数' }),
    row('destination-secured', 900, { seq: '2', labelZh: '毕业去向落实人数' }),
    row('further-study', 300, { level: 1, parentId: 'destination-secured' }),
    row('to-undergraduate', 250, { level: 2, parentId: 'further-study' }),
    row('monthly-income', 4000.5, { seq: '3', unit: '元', unitEn: 'yuan', valueText: '4000.50' }),
    row('employed-three-sectors', 100, { seq: '4' }),
    row('primary-sector', 20, { level: 1, parentId: 'employed-three-sectors' }),
    row('secondary-sector', 30, { level: 1, parentId: 'employed-three-sectors' }),
    row('tertiary-sector', 60, { level: 1, parentId: 'employed-three-sectors' }),
  ]),
  table('附表2', [
    row('current-students', 85.5, { seq: '1', ...survey, surveyCount: 2000 }),
    row('classroom-education', 80, { level: 1, parentId: 'current-students', ...survey, surveyCount: 2000 }),
    row('employers', null, { seq: '2', ...survey }),
  ]),
  table('附表3', [
    row('student-teacher-ratio', 17.6, { seq: '1', unit: ':', unitEn: undefined, valueText: '17.6:1', starred: true }),
  ]),
  // As 附表5 and 附表6 print them: rows without a 序号 of their own under a numbered one.
  table('附表5', [
    row('standards-adopted-abroad', 108, { seq: '2' }),
    row('specialty-standards', 16, { level: 1, parentId: 'standards-adopted-abroad' }),
    row('resources-adopted-abroad', 37),
  ]),
  table('附表6', [
    row('per-student-appropriation', 12345.6, { seq: '1', unit: '元', unitEn: 'yuan', valueText: '12345.60' }),
    row('class-advisers', null, { seq: '2' }),
    row('total-staff', 500),
    row('counsellors', 40, { level: 1, parentId: 'total-staff' }),
    row('special-appropriations', 170683.7, { seq: '3', unit: '万元', unitEn: '10,000 yuan', valueText: '170683.7' }),
  ]),
];

export const appendix = indexAppendix(appendixTables);

export function printedRate(value: number): ReadonlyMap<string, Figure> {
  const figure: Figure = {
    id: 'graduates-destination-rate',
    group: 'graduates',
    labelZh: '毕业生去向落实率',
    labelEn: 'rate',
    value,
    unit: '%',
    unitEn: '%',
    source: '§1.2.3',
  };
  return new Map([[figure.id, figure]]);
}

export const basicConditions: ProvinceFile['basicConditions'] = {
  source: '表3',
  titleZh: '办学基本条件',
  titleEn: 'Basic conditions',
  rows: [
    {
      id: 'space',
      labelZh: '生均用房',
      labelEn: 'Space',
      unit: '平方米/生',
      unitEn: 'm²',
      median2021: 20,
      median2022: 12,
      median2023: 16,
      threshold: 16,
    },
    {
      id: 'books',
      labelZh: '生均图书',
      labelEn: 'Books',
      unit: '册/生',
      unitEn: 'volumes',
      median2021: 90,
      median2022: 60,
      median2023: 120,
      threshold: 60,
    },
  ],
};
