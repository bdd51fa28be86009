/**
 * The report's printed page numbers, as its own indexes give them: 总目录 (sections, 挑战 1–5,
 * 附表 and the six appendix tables, listed there as "表 1 人才培养质量计分卡 71" …), 表索引,
 * 插图索引 and 案例索引. tests/unit/data/report-index.test.ts reads those index lines from the
 * report text and checks every number here against them.
 */
export const REPORT_PAGES = {
  /** 总目录: 前言, chapters 1–8 and their sections x.y, 8's challenges, the appendix. */
  sections: {
    前言: 1,
    '1': 2,
    '1.1': 2,
    '1.2': 4,
    '1.3': 7,
    '2': 9,
    '2.1': 9,
    '2.2': 12,
    '2.3': 15,
    '2.4': 18,
    '2.5': 21,
    '2.6': 24,
    '2.7': 25,
    '3': 29,
    '3.1': 29,
    '3.2': 30,
    '3.3': 32,
    '3.4': 34,
    '3.5': 35,
    '4': 40,
    '4.1': 40,
    '4.2': 41,
    '4.3': 43,
    '5': 45,
    '5.1': 45,
    '5.2': 48,
    '5.3': 49,
    '6': 51,
    '6.1': 51,
    '6.2': 54,
    '6.3': 56,
    '6.4': 57,
    '6.5': 60,
    '7': 64,
    '7.1': 64,
    '7.2': 66,
    '7.3': 66,
    '7.4': 66,
    '8': 68,
    挑战1: 68,
    挑战2: 68,
    挑战3: 68,
    挑战4: 69,
    挑战5: 69,
    附表: 71,
  } as Record<string, number>,
  /** 表索引: 表1–表18. */
  tables: [3, 6, 8, 17, 19, 26, 31, 36, 37, 38, 38, 40, 42, 46, 46, 55, 58, 61],
  /** 总目录, under 附表: 附表1–附表6. */
  appendix: [71, 72, 73, 75, 76, 77],
  /** 插图索引: 图1–图34. */
  figures: [
    4, 4, 7, 10, 11, 12, 13, 15, 16, 17, 18, 21, 23, 25, 28, 30, 32, 33, 34, 39, 41, 43, 44, 47, 48, 50, 52, 53, 54, 57,
    59, 60, 65, 65,
  ],
  /** 案例索引: 案例01–案例22. */
  cases: [11, 15, 16, 18, 22, 23, 24, 28, 31, 33, 35, 38, 43, 44, 46, 47, 50, 52, 53, 56, 59, 60],
} as const;

export type ReportItemKind = 'table' | 'appendix' | 'figure' | 'case';

const ITEM_PAGES: Record<ReportItemKind, readonly number[]> = {
  table: REPORT_PAGES.tables,
  appendix: REPORT_PAGES.appendix,
  figure: REPORT_PAGES.figures,
  case: REPORT_PAGES.cases,
};

/** The page of 表N, 附表N, 图N or 案例NN; undefined for a number the report does not have. */
export function itemPage(kind: ReportItemKind, n: number): number | undefined {
  return ITEM_PAGES[kind][n - 1];
}

/**
 * The page of a section (§1.2.3 → "1.2.3", 挑战4, 前言). The 总目录 lists sections down to x.y only:
 * a deeper section (1.2.3, 7.1.2) takes the page of its nearest listed parent (1.2, 7.1), which is
 * where the reader starts looking; it may begin a page or two later.
 */
export function sectionPage(id: string): number | undefined {
  const parts = id.split('.');
  for (let n = parts.length; n > 0; n--) {
    const page = REPORT_PAGES.sections[parts.slice(0, n).join('.')];
    if (page !== undefined) return page;
  }
  return undefined;
}
