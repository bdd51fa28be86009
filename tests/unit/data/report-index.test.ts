import { describe, expect, it } from 'vitest';
import { itemPage, REPORT_PAGES, sectionPage } from '@/data/report-index';
import { reportLines } from './report-text';

/** The lines of one index, from its heading to the next heading (or the 前 言 that follows them). */
function indexBlock(heading: string, next: string): string[] {
  const lines = reportLines();
  const start = lines.findIndex((l) => l.replace(/\s/g, '') === heading);
  const end = lines.findIndex((l, i) => i > start && l.replace(/\s/g, '') === next);
  if (start < 0 || end < 0) throw new Error(`no ${heading} … ${next} in the report text`);
  return lines.slice(start + 1, end).filter((l) => /\S\s*\t\s*\d+\s*$/.test(l));
}

/** An index line's entry (first cells, spaces and trailing dots removed) and its page (last cell). */
function entry(line: string): [string, number] {
  const cells = line.split('\t').map((c) => c.trim());
  const page = Number(cells.pop());
  return [
    cells
      .filter(Boolean)
      .join(' ')
      .replace(/\.{2,}|…+/g, '')
      .trim(),
    page,
  ];
}

/** The numbered items of an index ("表 12 …", "案例 09.…") as pages in order of their number. */
function numbered(lines: string[], prefix: RegExp): number[] {
  const pages: number[] = [];
  for (const line of lines) {
    const [text, page] = entry(line);
    const match = prefix.exec(text);
    if (match) pages[Number(match[1]) - 1] = page;
  }
  return pages;
}

describe('the page index against the report’s own indexes', () => {
  const contents = indexBlock('总目录', '表索引');
  const appendixAt = contents.findIndex((l) => entry(l)[0].replace(/\s/g, '') === '附表');

  it('has every section, challenge and the appendix of the 总目录 on its printed page', () => {
    const sections: Record<string, number> = {};
    for (const line of contents.slice(0, appendixAt + 1)) {
      const [text, page] = entry(line);
      const squeezed = text.replace(/\s/g, '');
      const id =
        /^(\d+(?:\.\d+)*)/.exec(text)?.[1] ??
        /^挑战(\d)/.exec(squeezed)?.[0] ??
        (squeezed === '前言' || squeezed === '附表' ? squeezed : undefined);
      if (!id) throw new Error(`unreadable 总目录 line: ${line}`);
      sections[id] = page;
    }
    expect(REPORT_PAGES.sections).toEqual(sections);
  });

  it('has 附表1–附表6 as the 总目录 lists them under 附表', () => {
    expect(REPORT_PAGES.appendix).toEqual(numbered(contents.slice(appendixAt + 1), /^表\s*(\d+)/));
  });

  it('has 表1–表18, 图1–图34 and 案例01–22 as their indexes list them', () => {
    const tables = numbered(indexBlock('表索引', '插图索引'), /^表\s*(\d+)/);
    const figures = numbered(indexBlock('插图索引', '案例索引'), /^图\s*(\d+)/);
    const cases = numbered(indexBlock('案例索引', '前言'), /^案例\s*(\d+)/);
    expect([tables.length, figures.length, cases.length]).toEqual([18, 34, 22]);
    expect(REPORT_PAGES.tables).toEqual(tables);
    expect(REPORT_PAGES.figures).toEqual(figures);
    expect(REPORT_PAGES.cases).toEqual(cases);
  });
});

describe('page look-ups', () => {
  it('gives a section not in the 总目录 the page of its nearest listed parent', () => {
    expect(sectionPage('1.2')).toBe(4);
    expect(sectionPage('1.2.3')).toBe(4);
    expect(sectionPage('7.1.2')).toBe(64);
    expect(sectionPage('挑战4')).toBe(69);
    expect(sectionPage('9.1')).toBeUndefined();
  });
  it('joins the parts of a section with dots to find it, not running them together', () => {
    // 2.5 is listed on p. 21 and 2 on p. 9: "25" is no section, so a look-up without the dot would
    // land on the chapter.
    expect(sectionPage('2.5')).toBe(21);
    expect(sectionPage('2.5.1')).toBe(21);
    expect(sectionPage('2.5.2')).toBe(21);
    expect(sectionPage('3.3.1')).toBe(32);
  });
  it('climbs more than one level to the nearest listed parent', () => {
    expect(sectionPage('1.2.3.4')).toBe(4);
    expect(sectionPage('6.5.1.2')).toBe(60);
    expect(sectionPage('8')).toBe(68);
  });
  it('finds numbered items and nothing past the last', () => {
    expect([itemPage('table', 2), itemPage('appendix', 4), itemPage('figure', 3), itemPage('case', 9)]).toEqual([
      6, 75, 7, 31,
    ]);
    expect(itemPage('table', 19)).toBeUndefined();
  });
});
