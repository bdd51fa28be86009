import type { ListRow, Lists, ReportCase, ReportList, School } from '@/data/domain';
import { searchNames } from '@/data/derive/search';

/** The compiled list of what the narrative and the cases recognise named schools for. */
export const RECOGNITIONS_LIST = 'narrative-recognitions';
/** The section whose 办学内涵 paragraph names the national high-level school and specialty groups. */
export const STATUS_SECTION = '§1.1';

/** A text from the data in both languages (the English is the dashboard's translation). */
export interface Bilingual {
  zh: string;
  en: string;
}

export interface ListEntry {
  key: string;
  /** The row's number as printed (序号), where it has one. */
  seq: string | null;
  text: Bilingual;
}

export interface ListMention {
  listId: string;
  source: string;
  title: Bilingual;
  entries: ListEntry[];
}

export interface Recognition {
  key: string;
  source: string;
  title: Bilingual;
  /** The report's own words, verbatim, and their translation. */
  quote: Bilingual;
}

export interface CaseMention {
  id: string;
  number: number;
  title: Bilingual;
  /** The section the case sits in (§2.3.1). */
  section: string;
}

export interface Mentions {
  /** What §1.1 names the school as (中国特色高水平高等职业学校建设单位 …); empty where it names it not. */
  status: Recognition[];
  lists: ListMention[];
  recognitions: Recognition[];
  cases: CaseMention[];
}

const SEPARATOR = ' · ';

/**
 * A row's text without the cells that only repeat the school's own name (表14's 学校名称, 表12's
 * 学校): the profile already says whose entries these are. The group heading comes first, once.
 */
function entryText(row: ListRow, list: ReportList, ownNames: ReadonlySet<string>): Bilingual {
  const pieces: Bilingual[] = [];
  if (row.group) pieces.push({ zh: row.group, en: row.groupEn ?? row.group });
  for (const column of list.columns) {
    const zh = row.cells[column.key];
    if (!zh || ownNames.has(zh.trim())) continue;
    pieces.push({ zh, en: row.cellsEn?.[column.key] ?? zh });
  }
  const seen = new Set<string>();
  const unique = pieces.filter((p) => !seen.has(p.zh) && seen.add(p.zh));
  return { zh: unique.map((p) => p.zh).join(SEPARATOR), en: unique.map((p) => p.en).join(SEPARATOR) };
}

function recognitionOf(row: ListRow, list: ReportList, index: number): Recognition {
  const titleZh = row.cells.recognitionZh ?? '';
  const quoteZh = row.cells.detail ?? titleZh;
  return {
    key: `${row.source ?? list.source}-${index}`,
    source: row.source ?? list.source,
    title: { zh: titleZh, en: row.cellsEn?.recognitionZh ?? row.cells.recognitionEn ?? titleZh },
    quote: { zh: quoteZh, en: row.cellsEn?.detail ?? quoteZh },
  };
}

/**
 * Everything the report's lists, recognitions and cases say of one school, with their sources. A
 * missing dataset (lists.json or cases.json failed) gives empty parts: the caller names the file.
 */
export function mentionsOf(
  school: School,
  lists: Lists | undefined,
  cases: readonly ReportCase[] | undefined,
): Mentions {
  const ownNames = new Set(searchNames(school));
  const out: Mentions = { status: [], lists: [], recognitions: [], cases: [] };
  for (const list of lists?.lists ?? []) {
    const rows = list.rows.filter((r) => r.schoolIds.includes(school.id));
    if (rows.length === 0) continue;
    if (list.id === RECOGNITIONS_LIST) {
      for (const [i, row] of rows.entries()) {
        const recognition = recognitionOf(row, list, i);
        (recognition.source === STATUS_SECTION ? out.status : out.recognitions).push(recognition);
      }
      continue;
    }
    out.lists.push({
      listId: list.id,
      source: list.source,
      title: { zh: list.titleZh, en: list.titleEn },
      entries: rows.map((row, i) => ({
        key: `${list.id}-${row.seq ?? i}-${i}`,
        seq: row.seq,
        text: entryText(row, list, ownNames),
      })),
    });
  }
  for (const c of cases ?? []) {
    if (c.schoolIds.includes(school.id))
      out.cases.push({ id: c.id, number: c.number, title: { zh: c.titleZh, en: c.titleEn }, section: c.section });
  }
  return out;
}
