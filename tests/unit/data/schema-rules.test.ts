import { describe, expect, it } from 'vitest';
import { z, type ZodMiniType } from 'zod/mini';
import { describeProblem, validate } from '@/data/load';
import { appendixFileSchema } from '@/data/schemas/appendix';
import { casesFileSchema } from '@/data/schemas/cases';
import { englishWhereChinese } from '@/data/schemas/common';
import { glossaryFileSchema } from '@/data/schemas/glossary';
import { listsFileSchema } from '@/data/schemas/lists';
import { schoolsFileSchema } from '@/data/schemas/schools';

/**
 * The rules the datasets' schemas add to their fields: English where there is Chinese, how the
 * appendix rows nest, unique glossary ids. Each test starts from a small valid file (built here,
 * in the shape of public/data) and changes one thing; what the user is told is
 * `field <path>: <detail>`.
 */

/** What the user is told about the file: `field <path>: <detail>`, or "accepted". */
function verdict(schema: ZodMiniType, raw: unknown): string {
  const result = validate(schema, raw);
  return result.ok ? 'accepted' : describeProblem(result.problem);
}

/** Every issue the schema finds, as a maintainer reads them off the ZodError. */
function issues(schema: ZodMiniType, raw: unknown) {
  return (schema.safeParse(raw).error?.issues ?? []).map(({ code, path, message }) => ({ code, path, message }));
}

const translation = { en: 'dashboard' };

// ---------------------------------------------------------------------------------------------
// English where there is Chinese (src/data/schemas/common.ts), through the datasets that use it

type OtherName = { name: string; nameEn?: string; kind: string; source: string };
type School = Record<string, unknown> & { otherNames: OtherName[] };

function schoolsFile() {
  const otherNames: OtherName[] = [
    { name: '兰州石化职业技术学院', nameEn: 'Lanzhou Petrochemical College', kind: 'former', source: '表12' },
  ];
  return {
    source: '表1',
    schools: [
      {
        id: 'lz-petrochemical',
        seq: 1,
        nameZh: '兰州石化职业技术大学',
        nameEn: 'Lanzhou Petrochemical University of Vocational Technology',
        shortEn: 'Lanzhou Petrochemical',
        otherNames,
        levelAsPrinted: '职业本科',
        levelAsPrintedEn: 'Vocational undergraduate',
        tier: 'undergraduate',
        ownership: 'public',
        typeId: 'science-engineering',
        typeZh: '理工类',
        typeEn: 'Science & engineering',
        locationAsPrinted: '兰州市',
        locationAsPrintedEn: 'Lanzhou',
        prefectureId: 'lanzhou',
        source: '表1',
      } as School,
    ],
    translation,
  };
}

type Case = Record<string, unknown> & { partnersZh?: string[]; partnersEn?: string[] };

/** The 22 cases the schema requires, the first with two partners. */
function casesFile() {
  const cases: Case[] = Array.from({ length: 22 }, (_, i) => {
    const number = i + 1;
    return {
      id: `案例${String(number).padStart(2, '0')}`,
      number,
      titleZh: '校企合作案例',
      titleEn: 'A school–enterprise cooperation case',
      section: '§2.1.3',
      schoolIds: ['lz-petrochemical'],
      figures: [],
      summaryZh: '案例摘要',
      summaryEn: 'Case summary',
    };
  });
  cases[0]!.partnersZh = ['兰州石化公司', 'ABB'];
  cases[0]!.partnersEn = ['Lanzhou Petrochemical Company', 'ABB'];
  return { translation, cases };
}

describe('an English field is required where the Chinese one has Chinese in it (strings)', () => {
  it('accepts the small schools file', () => {
    expect(verdict(schoolsFileSchema, schoolsFile())).toBe('accepted');
  });

  it('refuses a Chinese name without English, or with an empty one, naming the English field', () => {
    const missing = schoolsFile();
    delete missing.schools[0]!.otherNames[0]!.nameEn;
    expect(verdict(schoolsFileSchema, missing)).toBe(
      'field schools[0].otherNames[0].nameEn: nameEn is required where name is given',
    );
    const empty = schoolsFile();
    empty.schools[0]!.otherNames[0]!.nameEn = '';
    expect(verdict(schoolsFileSchema, empty)).toBe(
      'field schools[0].otherNames[0].nameEn: nameEn is required where name is given',
    );
  });

  it('names each pair by its own fields', () => {
    const file = schoolsFile();
    delete file.schools[0]!.locationAsPrintedEn;
    expect(verdict(schoolsFileSchema, file)).toBe(
      'field schools[0].locationAsPrintedEn: locationAsPrintedEn is required where locationAsPrinted is given',
    );
  });

  it('needs no English for a name without Chinese characters', () => {
    const file = schoolsFile();
    file.schools[0]!.otherNames = [{ name: 'LPUVT', kind: 'variant', source: '表12' }];
    expect(verdict(schoolsFileSchema, file)).toBe('accepted');
  });

  it('reports it as one custom issue at the English field', () => {
    const file = schoolsFile();
    delete file.schools[0]!.levelAsPrintedEn;
    expect(issues(schoolsFileSchema, file)).toEqual([
      {
        code: 'custom',
        path: ['schools', 0, 'levelAsPrintedEn'],
        message: 'levelAsPrintedEn is required where levelAsPrinted is given',
      },
    ]);
  });
});

describe('an English list is required where the Chinese list has Chinese in it (arrays)', () => {
  const refused = 'field cases[0].partnersEn: partnersEn is required where partnersZh is given';

  it('accepts the small cases file', () => {
    expect(verdict(casesFileSchema, casesFile())).toBe('accepted');
  });

  it('refuses Chinese partners without English, where only one of them is Chinese', () => {
    const file = casesFile();
    delete file.cases[0]!.partnersEn;
    expect(verdict(casesFileSchema, file)).toBe(refused);
  });

  it('refuses an English list shorter than the Chinese one', () => {
    const file = casesFile();
    file.cases[0]!.partnersEn = ['Lanzhou Petrochemical Company'];
    expect(verdict(casesFileSchema, file)).toBe(refused);
  });

  it('needs no English for partners without Chinese characters', () => {
    const file = casesFile();
    file.cases[0]!.partnersZh = ['ABB', 'SAP'];
    delete file.cases[0]!.partnersEn;
    expect(verdict(casesFileSchema, file)).toBe('accepted');
  });
});

describe('englishWhereChinese on a record of its own', () => {
  /** Fields typed as loosely as the helper allows: an empty string gets past the field's own type. */
  const record = () =>
    z
      .object({
        tagsZh: z.optional(z.array(z.string())),
        tagsEn: z.optional(z.array(z.string())),
        noteZh: z.optional(z.string()),
        noteEn: z.optional(z.string()),
      })
      .check(englishWhereChinese(['tagsZh', 'tagsEn'], ['noteZh', 'noteEn']));

  it('accepts a record with English for every Chinese entry, or with nothing Chinese', () => {
    expect(
      verdict(record(), { tagsZh: ['高职', '%'], tagsEn: ['Vocational', '%'], noteZh: '注', noteEn: 'Note' }),
    ).toBe('accepted');
    expect(verdict(record(), { tagsZh: ['5 / 5'], noteZh: 'n/a' })).toBe('accepted');
    expect(verdict(record(), {})).toBe('accepted');
  });

  it('counts an empty English entry as missing, wherever it is in the list', () => {
    const refused = 'field tagsEn: tagsEn is required where tagsZh is given';
    expect(verdict(record(), { tagsZh: ['高职', '本科'], tagsEn: ['Vocational', ''] })).toBe(refused);
    expect(verdict(record(), { tagsZh: ['高职', '本科'], tagsEn: ['', 'Undergraduate'] })).toBe(refused);
    expect(verdict(record(), { tagsZh: ['高职'], tagsEn: [''] })).toBe(refused);
  });

  it('counts an empty English string as missing', () => {
    expect(verdict(record(), { noteZh: '注', noteEn: '' })).toBe(
      'field noteEn: noteEn is required where noteZh is given',
    );
  });

  it('reports every pair that lacks its English, each as a custom issue', () => {
    expect(issues(record(), { tagsZh: ['高职'], noteZh: '注' })).toEqual([
      { code: 'custom', path: ['tagsEn'], message: 'tagsEn is required where tagsZh is given' },
      { code: 'custom', path: ['noteEn'], message: 'noteEn is required where noteZh is given' },
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// The lists of the report (src/data/schemas/lists.ts)

type ListRow = {
  seq: string | null;
  cells: Record<string, string>;
  cellsEn?: Record<string, string>;
  schoolIds: string[];
  group?: string;
  groupEn?: string;
};

function listsFile() {
  const rows: ListRow[] = [
    {
      seq: '1',
      cells: { name: '库力达尔', unit: '酒泉市', count: '5 / 5' },
      cellsEn: { name: 'Kulidar', unit: 'Jiuquan' },
      schoolIds: [],
      group: '酒泉市',
      groupEn: 'Jiuquan',
    },
  ];
  return {
    lists: [
      {
        id: 'craftsmen',
        source: '表9',
        titleZh: '工匠名单',
        titleEn: 'Craftsmen',
        columns: [
          { key: 'name', labelZh: '姓名', labelEn: 'Name' },
          { key: 'unit', labelZh: '单位', labelEn: 'Unit' },
          { key: 'count', labelZh: '数量', labelEn: 'Count' },
        ],
        rows,
      },
    ],
    translation,
  };
}

const firstRow = (file: ReturnType<typeof listsFile>) => file.lists[0]!.rows[0]!;

describe('a list row', () => {
  it('is accepted with English for its Chinese cells and its group (none for "5 / 5")', () => {
    expect(verdict(listsFileSchema, listsFile())).toBe('accepted');
  });

  it('is refused where a Chinese cell has no English, naming the cell', () => {
    const noneAtAll = listsFile();
    delete firstRow(noneAtAll).cellsEn;
    expect(verdict(listsFileSchema, noneAtAll)).toBe(
      'field lists[0].rows[0].cellsEn.name: English is required for the Chinese cell name',
    );
    const oneMissing = listsFile();
    delete firstRow(oneMissing).cellsEn!.unit;
    expect(verdict(listsFileSchema, oneMissing)).toBe(
      'field lists[0].rows[0].cellsEn.unit: English is required for the Chinese cell unit',
    );
  });

  it('is refused where a group has no English', () => {
    const file = listsFile();
    delete firstRow(file).groupEn;
    expect(verdict(listsFileSchema, file)).toBe(
      'field lists[0].rows[0].groupEn: groupEn is required where group is given',
    );
  });

  it('needs no groupEn where it has no group', () => {
    const file = listsFile();
    delete firstRow(file).group;
    delete firstRow(file).groupEn;
    expect(verdict(listsFileSchema, file)).toBe('accepted');
  });

  it('reports each missing English as a custom issue', () => {
    const file = listsFile();
    delete firstRow(file).cellsEn;
    delete firstRow(file).groupEn;
    expect(issues(listsFileSchema, file)).toEqual([
      {
        code: 'custom',
        path: ['lists', 0, 'rows', 0, 'cellsEn', 'name'],
        message: 'English is required for the Chinese cell name',
      },
      {
        code: 'custom',
        path: ['lists', 0, 'rows', 0, 'cellsEn', 'unit'],
        message: 'English is required for the Chinese cell unit',
      },
      { code: 'custom', path: ['lists', 0, 'rows', 0, 'groupEn'], message: 'groupEn is required where group is given' },
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// The glossary (src/data/schemas/glossary.ts)

function glossaryFile() {
  const term = (id: string, termZh: string, termEn: string) => ({
    id,
    termZh,
    termEn,
    definitionZh: '定义',
    definitionEn: 'Definition',
    sections: ['§2.3.1'],
  });
  return {
    translation,
    definitions: 'dashboard',
    terms: [
      term('double-qualified-teacher', '双师型教师', 'Double-qualified teacher'),
      term('one-x', '1+X证书', '1+X'),
    ],
  };
}

describe('the glossary', () => {
  it('accepts terms with distinct ids', () => {
    expect(verdict(glossaryFileSchema, glossaryFile())).toBe('accepted');
  });

  it('refuses two terms with the same id', () => {
    const file = glossaryFile();
    file.terms[1]!.id = 'double-qualified-teacher';
    expect(verdict(glossaryFileSchema, file)).toBe('field terms: term ids must be unique');
  });
});

// ---------------------------------------------------------------------------------------------
// How the appendix rows nest (src/data/schemas/appendix.ts)

type Row = {
  id: string;
  seq: string | null;
  level: number;
  parentId?: string;
  secondUnitOf?: string;
  labelZh: string;
  labelEn: string;
  starred: boolean;
  unit: string;
  unitEn: string;
  value: number;
  valueText: string;
};

function row(id: string, level: number, links: { parentId?: string; secondUnitOf?: string } = {}): Row {
  return {
    id,
    seq: level === 0 ? '1' : null,
    level,
    ...links,
    labelZh: '指标',
    labelEn: 'Indicator',
    starred: false,
    unit: '人',
    unitEn: 'people',
    value: 1,
    valueText: '1',
  };
}

/**
 * Six tables; the first nests every way the report does:
 * courses (0) › online (1) › national (2); courses-hours is courses in a second unit (0, no
 * parent); online-hours is online in a second unit (1, under courses); staff (0) › teachers (1).
 */
function appendixFile() {
  const nested = [
    row('courses', 0),
    row('courses-hours', 0, { secondUnitOf: 'courses' }),
    row('online', 1, { parentId: 'courses' }),
    row('online-hours', 1, { parentId: 'courses', secondUnitOf: 'online' }),
    row('national', 2, { parentId: 'online' }),
    row('staff', 0),
    row('teachers', 1, { parentId: 'staff' }),
  ];
  return {
    tables: [1, 2, 3, 4, 5, 6].map((n) => ({
      id: `附表${n}`,
      titleZh: '计分卡',
      titleEn: 'Scorecard',
      year: 2023,
      rows: n === 1 ? nested : [row(`total-${n}`, 0)],
    })),
    translation,
  };
}

const rowOf = (file: ReturnType<typeof appendixFile>, id: string) => file.tables[0]!.rows.find((r) => r.id === id)!;

describe('the appendix rows', () => {
  const misplaced = 'field tables[0].rows: parentId must name a row one level up; secondUnitOf a row at the same place';

  it('accept rows nested two levels deep, and rows in a second unit at their row’s place', () => {
    expect(verdict(appendixFileSchema, appendixFile())).toBe('accepted');
  });

  it('refuse a level-0 row with a parent, and a sub-item without one', () => {
    const rule = 'a level-0 row has no parentId, a sub-item (level 1 or 2) has one';
    const parented = appendixFile();
    rowOf(parented, 'staff').parentId = 'courses';
    expect(verdict(appendixFileSchema, parented)).toBe(`field tables[0].rows[5]: ${rule}`);
    const orphan = appendixFile();
    delete rowOf(orphan, 'teachers').parentId;
    expect(verdict(appendixFileSchema, orphan)).toBe(`field tables[0].rows[6]: ${rule}`);
  });

  it('refuse a parent at the same level, or two levels up', () => {
    const sameLevel = appendixFile();
    rowOf(sameLevel, 'teachers').parentId = 'online';
    expect(verdict(appendixFileSchema, sameLevel)).toBe(misplaced);
    const twoUp = appendixFile();
    rowOf(twoUp, 'national').parentId = 'courses';
    expect(verdict(appendixFileSchema, twoUp)).toBe(misplaced);
  });

  it('refuse a parentId that names no row', () => {
    const file = appendixFile();
    rowOf(file, 'teachers').parentId = 'nobody';
    expect(verdict(appendixFileSchema, file)).toBe(misplaced);
  });

  it('refuse a second unit of a row at another level', () => {
    const file = appendixFile();
    rowOf(file, 'online-hours').secondUnitOf = 'courses';
    expect(verdict(appendixFileSchema, file)).toBe(misplaced);
  });

  it('refuse a second unit of a row at the same level under another parent', () => {
    const file = appendixFile();
    rowOf(file, 'online-hours').secondUnitOf = 'teachers';
    expect(verdict(appendixFileSchema, file)).toBe(misplaced);
  });

  it('refuse a secondUnitOf that names no row', () => {
    const file = appendixFile();
    rowOf(file, 'courses-hours').secondUnitOf = 'nobody';
    expect(verdict(appendixFileSchema, file)).toBe(misplaced);
  });
});
