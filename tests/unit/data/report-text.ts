import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The report's text, as extracted from the PDF (tables tab-separated). It lives beside the
 * checkout (README: "Where every number comes from"); GANSU_REPORT_TXT points elsewhere.
 */
export const REPORT_PATH =
  process.env.GANSU_REPORT_TXT ?? join(process.cwd(), '..', 'shared', 'report', 'gansu-hve-quality-report-2023.txt');

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
