import Papa from 'papaparse';

export interface TabularExport {
  title: string;
  /** The report table or section, printed as its own header row. */
  source: string;
  scope: string;
  columns: { key: string; label: string }[];
  rows: Record<string, string | number | null>[];
}

/** Excel reads UTF-8 Chinese correctly only with a byte-order mark. */
export const BOM = '\uFEFF';

/**
 * CSV with three header lines (title, scope, source), a blank line, then the column labels and one
 * line per row. Papa Parse does the quoting (commas, quotes and line breaks inside cells).
 */
export function toCsv(table: TabularExport): string {
  const preamble = [[table.title], [table.scope], [table.source], []];
  const header = table.columns.map((c) => c.label);
  const body = table.rows.map((r) => table.columns.map((c) => r[c.key] ?? ''));
  return BOM + Papa.unparse([...preamble, header, ...body], { newline: '\r\n' });
}
