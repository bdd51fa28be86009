import { itemPage, sectionPage, type ReportItemKind } from '@/data/report-index';

export type CiteLang = 'zh' | 'en';

/** One reference of a source string: what it names, its page(s), and any word printed after it. */
interface Ref {
  zh: string;
  en: string;
  pages: [number] | [number, number] | [];
}

const EN_ITEM: Record<ReportItemKind, [string, string]> = {
  table: ['Table', 'Tables'],
  appendix: ['Appendix', 'Appendices'],
  figure: ['Figure', 'Figures'],
  case: ['Case', 'Cases'],
};
const ZH_ITEM: Record<ReportItemKind, string> = { table: '表', appendix: '附表', figure: '图', case: '案例' };

/** Words the data prints after a reference ("表6 小计"), in English. */
const EN_SUFFIX: Record<string, string> = { 小计: 'subtotal', 合计: 'total', 其中: 'of which' };

const DASH = '\\s*[–—-]\\s*';
const ITEM = new RegExp(`^(附表|表|图|案例)\\s?(\\d+)(?:${DASH}(?:附表|表|图|案例)?(\\d+))?\\s*(.*)$`);
const SECTION = new RegExp(`^§\\s?(\\d+(?:\\.\\d+)*)(?:${DASH}§?(\\d+(?:\\.\\d+)*))?(?:\\s*挑战\\s?(\\d))?\\s*(.*)$`);

function pagesOf(first: number | undefined, last: number | undefined, range: boolean): Ref['pages'] {
  if (first === undefined) return [];
  if (!range || last === undefined || last === first) return [first];
  return [first, last];
}

function suffixEn(suffix: string): string {
  return suffix ? ` ${EN_SUFFIX[suffix] ?? suffix}` : '';
}

function parseRef(piece: string): Ref {
  const item = ITEM.exec(piece);
  if (item) {
    const [, mark = '', from = '', to, suffix = ''] = item;
    const kind = (Object.keys(ZH_ITEM) as ReportItemKind[]).find((k) => ZH_ITEM[k] === mark) ?? 'table';
    const [one, many] = EN_ITEM[kind];
    const n = Number(from);
    const end = to === undefined ? undefined : Number(to);
    const en = end === undefined ? `${one} ${n}` : `${many} ${n}–${end}`;
    return {
      zh: piece,
      en: `${en}${suffixEn(suffix)}`,
      pages: pagesOf(itemPage(kind, n), end === undefined ? undefined : itemPage(kind, end), end !== undefined),
    };
  }
  const section = SECTION.exec(piece);
  if (section) {
    const [, from = '', to, challenge, suffix = ''] = section;
    if (challenge !== undefined) {
      return {
        zh: piece,
        en: `§${from} Challenge ${challenge}${suffixEn(suffix)}`,
        pages: pagesOf(sectionPage(`挑战${challenge}`), undefined, false),
      };
    }
    const en = to === undefined ? `§${from}` : `§${from}–§${to}`;
    return {
      zh: piece,
      en: `${en}${suffixEn(suffix)}`,
      pages: pagesOf(sectionPage(from), to === undefined ? undefined : sectionPage(to), to !== undefined),
    };
  }
  return { zh: piece, en: piece, pages: [] };
}

function cite(ref: Ref, lang: CiteLang): string {
  const [first, last] = ref.pages;
  if (first === undefined) return lang === 'zh' ? ref.zh : ref.en;
  if (lang === 'zh') return `${ref.zh} · 第${last === undefined ? first : `${first}—${last}`}页`;
  return `${ref.en}, ${last === undefined ? `p. ${first}` : `pp. ${first}–${last}`}`;
}

/**
 * A source string of the data ("表2", "表1、图1", "§1.2.3、图3", "附表4", "案例09", "§8 挑战4",
 * "案例01—22", "表6 小计") as a citation with the report's printed page, in the reader's language:
 * "表2 · 第6页", "表1 · 第3页、图1 · 第4页" / "Table 2, p. 6", "Table 1, p. 3; Figure 1, p. 4",
 * "Appendix 4, p. 75", "Case 9, p. 31", "§1.2.3, p. 4", "Cases 1–22, pp. 11–60".
 *
 * A section deeper than the 总目录 lists takes its nearest listed parent's page (see
 * src/data/report-index.ts); a range cites the pages where its first and last items begin. A part
 * the function cannot read is returned as it is, without a page. Pure: views, tooltips and exports
 * call it with the active language.
 */
export function citeSource(source: string, lang: CiteLang): string {
  const pieces = source
    .split('、')
    .map((p) => p.trim())
    .filter(Boolean);
  return pieces.map((p) => cite(parseRef(p), lang)).join(lang === 'zh' ? '、' : '; ');
}

/** The printed pages a source string points at, in order (a range gives its first and last). */
export function sourcePages(source: string): number[] {
  return source
    .split('、')
    .map((p) => p.trim())
    .filter(Boolean)
    .flatMap((p) => parseRef(p).pages);
}
