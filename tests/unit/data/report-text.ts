import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The report's text, as extracted from the PDF (tables tab-separated). A copy lives in the
 * repository (docs/report), so a clean clone tests on its own; GANSU_REPORT_TXT points elsewhere.
 */
export const REPORT_PATH =
  process.env.GANSU_REPORT_TXT ?? join(process.cwd(), 'docs', 'report', 'gansu-hve-quality-report-2023.txt');

let cached: string | undefined;

export function reportText(): string {
  if (cached !== undefined) return cached;
  if (!existsSync(REPORT_PATH)) {
    throw new Error(`The report text is needed to check the data against it: not found at ${REPORT_PATH}`);
  }
  cached = readFileSync(REPORT_PATH, 'utf8');
  return cached;
}

export function reportLines(): string[] {
  return reportText().split(/\r?\n/);
}

/** One printed row of an appendix table (附表1–附表6), cells as printed. */
export interface PrintedAppendixRow {
  seq: string | null;
  /** The label cell as printed, with 其中： and * still on it; '' where the report leaves it blank. */
  label: string;
  unit: string;
  valueText: string;
  surveyCount?: string;
  surveyMethod?: string;
}

/** 附表1–附表6 as the report text prints them, from the 附表 heading to the end. */
export function printedAppendix(): Map<string, PrintedAppendixRow[]> {
  const lines = reportLines();
  const start = lines.findIndex((l) => l.trim() === '附表');
  if (start < 0) throw new Error('no 附表 heading in the report text');
  const tables = new Map<string, PrintedAppendixRow[]>();
  let current: PrintedAppendixRow[] | undefined;
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('主办')) break;
    const heading = /^表\s*([1-6])\s/.exec(line);
    if (heading) {
      current = [];
      tables.set(`附表${heading[1]}`, current);
      continue;
    }
    const cells = line.split('\t').map((c) => c.trim());
    if (!current || cells.length < 4 || cells[0] === '序号') continue;
    const [seq = '', label = '', unit = '', valueText = '', surveyCount, surveyMethod] = cells;
    current.push({
      seq: seq === '' ? null : seq,
      label,
      unit,
      valueText,
      ...(surveyCount ? { surveyCount } : {}),
      ...(surveyMethod ? { surveyMethod } : {}),
    });
  }
  return tables;
}

/** A heading of the report's body: a section (§1.2.3), a challenge (§8 挑战4), a case, an appendix table. */
interface Heading {
  line: number;
  ref: string;
}

let headings: Heading[] | undefined;

/** Every heading of the body (after the indexes), in order. */
function bodyHeadings(): Heading[] {
  if (headings) return headings;
  const lines = reportLines();
  // The body starts at the second 前 言: the first is the 总目录's entry.
  const start = lines.reduce((last, l, i) => (l.replace(/\s/g, '') === '前言' ? i : last), -1);
  const found: Heading[] = [];
  let inAppendix = false;
  lines.forEach((line, i) => {
    if (i < start) return;
    if (inAppendix) {
      const table = /^表\s*([1-6])\s/.exec(line);
      if (table) found.push({ line: i, ref: `附表${table[1]}` });
      return;
    }
    if (line.trim() === '附表') {
      inAppendix = true;
      found.push({ line: i, ref: '附表' });
      return;
    }
    // Body headings put a space after the number; table rows put a tab.
    const section = /^([1-8](?:\.\d+){0,2}) +[\u4e00-\u9fff]/.exec(line);
    const reportCase = /^案例\s?(\d{2})[.．]/.exec(line);
    const challenge = /^挑战\s?(\d)[：:]/.exec(line);
    if (section) found.push({ line: i, ref: `§${section[1]}` });
    else if (reportCase) found.push({ line: i, ref: `案例${reportCase[1]}` });
    else if (challenge) found.push({ line: i, ref: `§8 挑战${challenge[1]}` });
  });
  headings = found;
  return found;
}

/** Whether heading `other` lies inside `ref` (a subsection, or a case or challenge within it). */
function inside(ref: string, other: string): boolean {
  if (!ref.startsWith('§') || ref.includes('挑战')) return false;
  if (other.startsWith('§')) return other.startsWith(`${ref}.`) || other.startsWith(`${ref} `);
  return other.startsWith('案例');
}

/**
 * The text of one part of the report: a section with its subsections and the cases printed in it,
 * a challenge, a case, or an appendix table. Throws for a part the report does not have.
 */
export function sectionText(ref: string): string {
  const all = bodyHeadings();
  const at = all.findIndex((h) => h.ref === ref);
  const head = all[at];
  if (!head) throw new Error(`no ${ref} in the report text`);
  const next = all.slice(at + 1).find((h) => !inside(ref, h.ref));
  return reportLines()
    .slice(head.line, next?.line ?? undefined)
    .join('\n');
}
