import type { SheetData } from 'write-excel-file/browser';
import type { TabularExport } from './csv';

/**
 * An Excel workbook: sheet 数据 the data with its column labels, sheet 来源 the title, scope and
 * source. write-excel-file is loaded only when asked for, so it never weighs on the first view.
 */
export async function toXlsx(table: TabularExport): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const data: SheetData = [
    table.columns.map((c) => ({ value: c.label, fontWeight: 'bold' as const })),
    ...table.rows.map((r) => table.columns.map((c) => r[c.key] ?? null)),
  ];
  const about: SheetData = [[{ value: table.title, fontWeight: 'bold' as const }], [table.scope], [table.source]];
  return writeXlsxFile([
    { data, sheet: '数据' },
    { data: about, sheet: '来源' },
  ]).toBlob();
}
