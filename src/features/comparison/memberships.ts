import type { Lists, ListRow, ReportCase, ReportList, School } from '@/data/domain';
import { searchNames } from '@/data/derive/search';
import { compareMessages } from './messages';

/** The compiled list of what the narrative and the cases recognise named schools for. */
const RECOGNITIONS_LIST = 'narrative-recognitions';
/** Where a case list's entries are cited from: every case of the report. */
export const CASES_SOURCE = '案例01—22';

/** A text from the data in both languages (the English is the dashboard's translation). */
export interface Bilingual {
  zh: string;
  en: string;
}

export type MembershipKind = 'list' | 'recognition' | 'cases';

/** One list, recognition or the cases, with what it says of each compared school. */
export interface Membership {
  key: string;
  kind: MembershipKind;
  source: string;
  title: Bilingual;
  /** For each compared school that it names, the entries (text as printed and translated). */
  entries: Record<string, Bilingual[]>;
  /** Cases are numbered: kept for their label (案例03, Case 3). */
  caseNumbers?: Record<string, number[]>;
}

const SEPARATOR = ' · ';

/**
 * A row's text without the cells that only repeat a compared school's name (表14's 学校名称, 表12's
 * 学校): the column already says whose entry it is. The group heading comes first, once.
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

function recognitions(list: ReportList, schools: readonly School[]): Membership[] {
  const out: Membership[] = [];
  for (const row of list.rows) {
    const hits = schools.filter((s) => row.schoolIds.includes(s.id));
    if (hits.length === 0) continue;
    const titleZh = row.cells.recognitionZh ?? '';
    const source = row.source ?? list.source;
    const key = `${RECOGNITIONS_LIST}:${source}:${titleZh}`;
    let item = out.find((m) => m.key === key);
    if (!item) {
      item = {
        key,
        kind: 'recognition',
        source,
        title: { zh: titleZh, en: row.cellsEn?.recognitionZh ?? row.cells.recognitionEn ?? titleZh },
        entries: {},
      };
      out.push(item);
    }
    const quote = { zh: row.cells.detail ?? titleZh, en: row.cellsEn?.detail ?? row.cells.detail ?? titleZh };
    for (const s of hits) (item.entries[s.id] ??= []).push(quote);
  }
  return out;
}

/**
 * Everything the report's lists, recognitions and cases say about the compared schools, list by
 * list, so that what one school has and another lacks stands side by side. A missing dataset
 * (lists.json or cases.json failed) gives no rows for it: the view names the file.
 */
export function memberships(
  schools: readonly School[],
  lists: Lists | undefined,
  cases: readonly ReportCase[] | undefined,
): Membership[] {
  const out: Membership[] = [];
  const ownNames = new Set(schools.flatMap((s) => searchNames(s)));
  for (const list of lists?.lists ?? []) {
    if (list.id === RECOGNITIONS_LIST) {
      out.push(...recognitions(list, schools));
      continue;
    }
    const entries: Record<string, Bilingual[]> = {};
    for (const row of list.rows)
      for (const s of schools)
        if (row.schoolIds.includes(s.id)) (entries[s.id] ??= []).push(entryText(row, list, ownNames));
    if (Object.keys(entries).length > 0)
      out.push({
        key: list.id,
        kind: 'list',
        source: list.source,
        title: { zh: list.titleZh, en: list.titleEn },
        entries,
      });
  }
  const caseEntries: Record<string, Bilingual[]> = {};
  const caseNumbers: Record<string, number[]> = {};
  for (const c of cases ?? [])
    for (const s of schools)
      if (c.schoolIds.includes(s.id)) {
        (caseEntries[s.id] ??= []).push({ zh: c.titleZh, en: c.titleEn });
        (caseNumbers[s.id] ??= []).push(c.number);
      }
  if (Object.keys(caseEntries).length > 0)
    out.push({
      key: 'cases',
      kind: 'cases',
      source: CASES_SOURCE,
      title: { zh: compareMessages.cases.zh, en: compareMessages.cases.en },
      entries: caseEntries,
      caseNumbers,
    });
  return out;
}
