import type { AppendixRow, AppendixTable } from '@/data/domain';

/**
 * A printed number with thousands separators, its decimals kept as printed ("6609.00" stays
 * "6,609.00", which formatting the parsed 6609 would lose). Anything else ("17.6:1") is returned as is.
 */
export function withThousandsSeparators(printed: string): string {
  const match = /^(-?)(\d+)(\.\d+)?$/.exec(printed);
  if (!match) return printed;
  const [, sign = '', whole = '', decimals = ''] = match;
  return `${sign}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${decimals}`;
}

/** The value as the report prints it, with separators; null where the report prints "-". */
export function printedValue(row: Pick<AppendixRow, 'value' | 'valueText'>): string | null {
  return row.value === null ? null : withThousandsSeparators(row.valueText);
}

/** Where to cite a row: its table and the 序号 printed beside it (or above it). */
export interface Citation {
  tableId: string;
  /** Null only for a row printed before any numbered row, which the table alone cites. */
  seq: string | null;
  /** A 其中 part of the numbered row. */
  subRow: boolean;
}

/**
 * A row the report prints without a 序号 (a 其中 part, a second indicator such as 附表5's 资源数量, a
 * second unit) sits in the merged 序号 cell of the nearest numbered row above it, so that row's
 * number is how a reader cites it: "附表5 第2项".
 */
export function citation(table: AppendixTable, row: AppendixRow): Citation {
  const at = table.rows.findIndex((r) => r.id === row.id);
  let seq: string | null = null;
  for (let i = at; i >= 0 && seq === null; i--) seq = table.rows[i]?.seq ?? null;
  return { tableId: table.id, seq, subRow: row.level > 0 };
}

/** The data-notes key of a row, as data-notes.json `touches` spells it. */
export function rowNoteKey(tableId: string, rowId: string): string {
  return `appendix:${tableId}/${rowId}`;
}
