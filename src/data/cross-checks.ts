import type { Appendix, Lists, Province, SchoolFigures, Schools } from './domain';
import { rankDescending } from './derive/rank';

/**
 * Automated cross-checks of the report against itself. Each failing check must be explained by a
 * data note with the same `check` id (a unit test holds the two lists together), so a new
 * contradiction cannot slip in unlisted and a note cannot outlive its cause.
 */
export interface CheckResult {
  id: string;
  pass: boolean;
  /** The compared values, for messages. */
  detail: string;
}

export interface CheckInput {
  schools: Schools;
  figures: SchoolFigures;
  province: Province;
  appendix: Appendix;
  lists: Lists;
}

type Check = (input: CheckInput) => CheckResult[];

function figure(input: CheckInput, id: string): number {
  const f = input.province.figureById.get(id);
  if (!f) throw new Error(`cross-check names unknown figure ${id}`);
  return f.value;
}

function appendixValue(input: CheckInput, table: string, row: string): number {
  const value = input.appendix.row(table, row)?.value;
  if (value === undefined || value === null) throw new Error(`cross-check names unknown or empty row ${table}/${row}`);
  return value;
}

function compare(id: string, a: number, b: number, tolerance = 1e-9): CheckResult {
  return { id, pass: Math.abs(a - b) <= tolerance, detail: `${a} vs ${b}` };
}

/** Per-school sums against the totals the report states (表2 against §1.2, 表6 against its 小计, 表16 against its 合计). */
const schoolSums: Check = ({ figures }) =>
  figures.metrics
    .filter((m) => m.statedTotal)
    .map((m) =>
      compare(
        `sum:${m.id}`,
        Object.values(m.values).reduce<number>((s, v) => s + (v ?? 0), 0),
        m.statedTotal?.value ?? NaN,
      ),
    );

/** The top-three rankings stated in §1.2.1 against 表2: same school at each rank, same value. */
const statedRankings: Check = (input) =>
  (
    [
      ['enrolment', 'students'],
      ['admissions', 'admissions'],
      ['graduates', 'graduates'],
    ] as const
  ).map(([stated, metricId]) => {
    const metric = input.figures.byId.get(metricId);
    if (!metric) throw new Error(`no metric ${metricId}`);
    const ranks = rankDescending(new Map(Object.entries(metric.values)));
    const problems: string[] = [];
    for (const place of [1, 2, 3]) {
      const f = input.province.figureById.get(`top-${stated}-${place}`);
      const schoolId = f?.schoolIds?.[0];
      if (!f || !schoolId) throw new Error(`no stated ranking top-${stated}-${place}`);
      const tableValue = metric.values[schoolId];
      if (tableValue !== f.value) problems.push(`#${place} ${schoolId}: text ${f.value}, 表2 ${tableValue}`);
      if (ranks.get(schoolId) !== place) problems.push(`#${place} ${schoolId} is #${ranks.get(schoolId)} in 表2`);
    }
    return { id: `ranking:${stated}`, pass: problems.length === 0, detail: problems.join('; ') };
  });

/** Stated percentages of the school count (§1.1) against the count itself. */
const statedShares: Check = (input) => {
  const all = input.schools.list.length;
  const pub = input.schools.list.filter((s) => s.ownership === 'public').length;
  const round1 = (x: number) => Math.round(x * 10) / 10;
  return [
    compare('share:public', figure(input, 'public-institutions-share'), round1((pub / all) * 100)),
    compare('share:private', figure(input, 'private-institutions-share'), round1(((all - pub) / all) * 100)),
  ];
};

/** Appendix rows whose parts are printed beside their total. */
const appendixParts: Check = (input) => {
  const sum = (table: string, rows: string[]) => rows.reduce((s, r) => s + appendixValue(input, table, r), 0);
  const levels = (base: string) => [`${base}-national`, `${base}-provincial`, `${base}-school`];
  return [
    compare(
      'parts:附表1/employed-three-sectors',
      appendixValue(input, '附表1', 'employed-three-sectors'),
      sum('附表1', ['primary-sector', 'secondary-sector', 'tertiary-sector']),
    ),
    compare(
      'parts:附表3/resource-libraries',
      appendixValue(input, '附表3', 'resource-libraries'),
      sum('附表3', levels('resource-libraries')),
    ),
    compare(
      'parts:附表3/quality-online-courses',
      appendixValue(input, '附表3', 'quality-online-courses'),
      sum('附表3', levels('quality-online-courses')),
    ),
    compare(
      'parts:附表3/virtual-simulation-bases',
      appendixValue(input, '附表3', 'virtual-simulation-bases'),
      sum('附表3', levels('virtual-simulation-bases')),
    ),
    compare(
      'parts:附表5/standards-adopted-abroad',
      appendixValue(input, '附表5', 'standards-adopted-abroad'),
      sum('附表5', ['specialty-standards', 'course-standards']),
    ),
    {
      id: 'parts:附表4/type-c-grassroots',
      pass: appendixValue(input, '附表4', 'type-c-grassroots') <= appendixValue(input, '附表4', 'first-employment'),
      detail: `C类 ${appendixValue(input, '附表4', 'type-c-grassroots')} of ${appendixValue(input, '附表4', 'first-employment')}`,
    },
    {
      id: 'parts:附表2/graduates-survey-count',
      pass:
        (input.appendix.row('附表2', 'graduates')?.surveyCount ?? 0) >=
        (input.appendix.row('附表2', 'new-graduates')?.surveyCount ?? 0) +
          (input.appendix.row('附表2', 'graduates-within-three-years')?.surveyCount ?? 0),
      detail: 'survey count of all graduates vs its two groups',
    },
    compare(
      'parts:表4',
      input.province.doubleQualifiedTeachers.total.total,
      input.province.doubleQualifiedTeachers.rows.reduce((s, r) => s + r.total, 0),
    ),
    compare(
      'parts:表7',
      input.province.training.totalPersons,
      input.province.training.groups.reduce((s, g) => s + g.persons, 0),
    ),
  ];
};

/** The same quantity stated in two places: narrative, tables and appendix. */
const samePairs: Check = (input) => {
  const f = (id: string) => figure(input, id);
  const a = (table: string, row: string) => appendixValue(input, table, row);
  const metricTotal = (id: string) => input.figures.byId.get(id)?.statedTotal?.value ?? NaN;
  const median2023 = (id: string) => input.province.basicConditions.rows.find((r) => r.id === id)?.median2023 ?? NaN;
  return [
    compare('same:students', f('full-time-students'), a('附表6', 'full-time-students')),
    compare('same:graduates', f('graduates-2023'), a('附表1', 'graduates')),
    compare('same:destination-secured', f('graduates-destination-secured'), a('附表1', 'destination-secured')),
    compare('same:vertical-research-funding', f('vertical-research-funding'), a('附表4', 'vertical-research-funding')),
    compare(
      'same:horizontal-research-funding',
      f('horizontal-research-funding'),
      a('附表4', 'horizontal-service-income'),
    ),
    compare('same:ip-projects', f('ip-projects'), a('附表4', 'ip-projects')),
    compare('same:training-projects', input.province.training.projects, a('附表4', 'non-degree-training-projects')),
    compare('same:training-hours', input.province.training.hours, a('附表4', 'non-degree-training-hours')),
    compare('same:training-income', input.province.training.incomeWanYuan, a('附表4', 'non-degree-training-income')),
    compare('same:intl-students', f('intl-students-2023'), a('附表5', 'intl-students')),
    compare('same:double-qualified-ratio', f('double-qualified-ratio-average'), a('附表3', 'double-qualified-ratio')),
    compare('same:student-teacher-ratio', f('student-teacher-ratio'), a('附表3', 'student-teacher-ratio')),
    compare(
      'same:equipment-value-per-student',
      median2023('equipment-value'),
      a('附表3', 'equipment-value-per-student'),
    ),
    compare(
      'same:national-libraries',
      f('national-resource-libraries-built'),
      a('附表3', 'resource-libraries-national'),
    ),
    compare(
      'same:national-libraries-led',
      metricTotal('national-libraries-led'),
      a('附表3', 'resource-libraries-national'),
    ),
    compare(
      'same:national-library-lead-schools',
      f('national-resource-library-lead-schools'),
      metricTotal('national-libraries-led'),
    ),
    compare(
      'same:national-courses',
      f('national-quality-online-courses-built'),
      a('附表3', 'quality-online-courses-national'),
    ),
    compare(
      'same:national-courses-led',
      metricTotal('national-courses-led'),
      a('附表3', 'quality-online-courses-national'),
    ),
    {
      id: 'same:national-courses-2022',
      pass: f('national-quality-online-courses-2022') <= a('附表3', 'quality-online-courses-national'),
      detail: '2022 selections vs all national courses',
    },
    compare(
      'same:provincial-courses',
      metricTotal('provincial-courses-led'),
      a('附表3', 'quality-online-courses-provincial'),
    ),
    compare(
      'same:national-plan-textbooks',
      f('national-plan-textbooks-selected'),
      a('附表3', 'textbooks-national-plan'),
    ),
    compare('same:specialties', f('specialty-points'), a('附表3', 'specialties')),
    compare('same:new-specialties', f('specialty-points-added'), metricTotal('new-majors')),
    compare('same:certificates', f('x-certificate-holders'), a('附表6', 'skill-certificate-holders')),
    compare('same:head-teacher-studios', f('head-teacher-studios-s2-2-2'), f('head-teacher-studios-s2-3-1')),
    {
      // 28 高职学校（专科） took part: more than the 27 专科-level schools, but the two vocational
      // universities also run 专科 programmes (表5, §1.2.1), so the bound is all 29 schools.
      id: 'same:contest-schools',
      pass: f('provincial-contest-schools') <= input.schools.list.length,
      detail: 'schools in the contest vs all schools',
    },
    {
      id: 'same:per-student-appropriation',
      pass: a('附表6', 'per-student-appropriation') >= f('per-student-appropriation-target') * 10_000,
      detail: 'appendix appropriation vs the 1.2万 stated',
    },
  ];
};

function listRows(input: CheckInput, id: string) {
  const list = input.lists.byId.get(id);
  if (!list) throw new Error(`cross-check names unknown list ${id}`);
  return list.rows;
}

/** Counts the narrative states against the rows of the list it describes. */
const listCounts: Check = (input) => {
  const count = (checkId: string, figureId: string, rows: unknown[]) =>
    compare(checkId, figure(input, figureId), rows.length);
  const groupRows = (listId: string, prefix: string) =>
    listRows(input, listId).filter((r) => r.group?.startsWith(prefix));
  return [
    // A printed row may hold two titles (表5 row 25: 化工原理 上 and 下): count titles, not rows.
    compare(
      'count:textbooks',
      figure(input, 'national-plan-textbooks-selected'),
      listRows(input, 'textbooks').reduce((n, r) => n + (r.entryCount ?? 1), 0),
    ),
    count('count:learning-stars-province', 'learning-stars-2023', listRows(input, 'learning-stars-province')),
    count(
      'count:lifelong-brands-province',
      'lifelong-learning-brands-2023',
      listRows(input, 'lifelong-brands-province'),
    ),
    count('count:learning-stars-national', 'national-learning-stars', listRows(input, 'learning-stars-national')),
    count(
      'count:lifelong-brands-national',
      'national-lifelong-learning-brands',
      listRows(input, 'lifelong-brands-national'),
    ),
    count('count:industry-communities', 'industry-education-communities', listRows(input, 'industry-communities')),
    count('count:industry-enterprises', 'integration-enterprises', listRows(input, 'industry-enterprises')),
    count(
      'count:red-gene-schools',
      'red-gene-demonstration-schools',
      groupRows('red-culture-bases', '甘肃省红色基因传承示范校'),
    ),
    count(
      'count:red-culture-bases',
      'red-culture-study-bases',
      groupRows('red-culture-bases', '甘肃省职业教育红色文化研学旅行'),
    ),
    count(
      'count:national-civilised-campuses',
      'national-civilised-campuses',
      groupRows('civilised-campuses', '国家级'),
    ),
    count('count:civilised-campuses', 'provincial-civilised-campuses', groupRows('civilised-campuses', '甘肃省第')),
  ];
};

/** A school printed under a name other than its 表1 name. */
const schoolNames: Check = (input) => {
  const printed = new Map<string, Set<string>>();
  for (const list of input.lists.lists) {
    for (const row of list.rows) {
      for (const [schoolId, name] of Object.entries(row.nameAsPrinted ?? {})) {
        if (name !== input.schools.byId.get(schoolId)?.nameZh)
          printed.set(schoolId, (printed.get(schoolId) ?? new Set()).add(name));
      }
    }
  }
  return input.schools.list.map((s) => ({
    id: `name:${s.id}`,
    pass: !printed.has(s.id),
    detail: [...(printed.get(s.id) ?? [])].join('、'),
  }));
};

/** 表14's programmes against the schools' enrolment (表2) and against 附表5. */
const programmes: Check = (input) => {
  const rows = listRows(input, 'overseas-programmes');
  const students = input.figures.byId.get('students')?.values ?? {};
  const sizeChecks = rows.map((row) => {
    const schoolId = row.schoolIds[0] ?? '';
    const size = Number(row.cells.students);
    return {
      id: `programme-size:${schoolId}`,
      pass: size <= (students[schoolId] ?? Infinity),
      detail: `${size} in the programme, ${students[schoolId]} in the school`,
    };
  });
  const canada = rows.find((r) => r.cells.partnerCountry === '加拿大');
  return [
    ...sizeChecks,
    compare(
      'same:sino-foreign-students',
      Number(canada?.cells.students),
      appendixValue(input, '附表5', 'sino-foreign-students'),
    ),
  ];
};

/** 表14 and 表15 list what 附表5 counts: the same programmes, students and standards. */
const tablesAgainstAppendix: Check = (input) => {
  const a = (row: string) => appendixValue(input, '附表5', row);
  const programmes = listRows(input, 'overseas-programmes');
  const students = programmes.reduce((s, r) => s + Number(r.cells.students), 0);
  return [
    {
      id: 'rows:表14/附表5',
      pass: programmes.length === a('sino-foreign-specialties') && students === a('sino-foreign-students'),
      detail: `表14 ${programmes.length} programmes, ${students} students; 附表5 ${a('sino-foreign-specialties')}, ${a('sino-foreign-students')}`,
    },
    compare('rows:表15/附表5', listRows(input, 'course-standards').length, a('standards-adopted-abroad')),
  ];
};

/** §1.1's four affiliations (government or enterprise sponsors) against the public schools of 表1. */
const affiliations: Check = (input) => {
  const sum = ['provincial', 'education-department', 'municipal', 'enterprise'].reduce(
    (s, kind) => s + figure(input, `affiliation-${kind}`),
    0,
  );
  return [compare('sum:affiliations', sum, input.schools.list.filter((s) => s.ownership === 'public').length)];
};

/**
 * 挑战2 says land area and teaching space per student are widely (普遍) below standard: then 表3's
 * 2023 medians should be below the 合格 threshold, since a median at or above it means at least
 * half the schools meet it.
 */
const challengeAgainstMedians: Check = ({ province }) => {
  const named = ['land-area', 'teaching-admin-space'];
  const rows = named.map((id) => {
    const row = province.basicConditions.rows.find((r) => r.id === id);
    if (!row) throw new Error(`cross-check names unknown 表3 row ${id}`);
    return row;
  });
  const meeting = rows.filter((r) => r.median2023 >= r.threshold);
  return [
    {
      id: 'challenge:挑战2/表3',
      pass: meeting.length === 0,
      detail: meeting.map((r) => `${r.id}: median ${r.median2023} ≥ ${r.threshold}`).join('; '),
    },
  ];
};

/** Place names, company forms and 集团, which many enterprises share; the rest tells them apart. */
const GENERIC_NAME_PARTS =
  /股份有限公司|有限责任公司|有限公司|（集团）|集团|公司|甘肃省|甘肃|兰州|天水|酒泉|白银|武威/g;

/** The longest run of at least `min` characters two names share outside their generic parts. */
export function sharedNameCore(a: string, b: string, min = 5): string | null {
  const parts = (name: string) => name.split(GENERIC_NAME_PARTS).filter((p) => p.length >= min);
  const others = parts(b);
  let best = '';
  for (const part of parts(a)) {
    for (let i = 0; i < part.length; i++) {
      for (let j = part.length; j - i > Math.max(best.length, min - 1); j--) {
        const run = part.slice(i, j);
        if (others.some((o) => o.includes(run))) best = run;
      }
    }
  }
  return best === '' ? null : best;
}

/** Two entries of 表18 that may be one enterprise under two names (a question, not a certainty). */
const enterpriseTwice: Check = (input) => {
  const names = listRows(input, 'industry-enterprises').map((r) => r.cells.enterpriseName ?? '');
  const pairs: string[] = [];
  names.forEach((a, i) =>
    names.slice(i + 1).forEach((b) => {
      const core = sharedNameCore(a, b);
      if (core) pairs.push(`${a} / ${b} (${core})`);
    }),
  );
  return [{ id: 'duplicates:表18', pass: pairs.length === 0, detail: pairs.join('; ') }];
};

const checks: Check[] = [
  schoolSums,
  statedRankings,
  statedShares,
  appendixParts,
  samePairs,
  listCounts,
  schoolNames,
  programmes,
  tablesAgainstAppendix,
  affiliations,
  challengeAgainstMedians,
  enterpriseTwice,
];

export function runCrossChecks(input: CheckInput): CheckResult[] {
  return checks.flatMap((check) => check(input));
}
