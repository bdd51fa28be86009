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

/** Where to cite a row: its table and the 序号 of the numbered row it belongs to. */
export interface Citation {
  tableId: string;
  seq: string | null;
  /** A 其中 sub-row of the numbered row. */
  subRow: boolean;
}

export function citation(table: AppendixTable, row: AppendixRow): Citation {
  const byId = new Map(table.rows.map((r) => [r.id, r]));
  let top = row;
  // parentId chains end at a level-0 row; the guard stops a malformed cycle.
  for (let hops = 0; top.parentId && hops < table.rows.length; hops++) top = byId.get(top.parentId) ?? top;
  return { tableId: table.id, seq: top.seq, subRow: row.level > 0 };
}

/** The data-notes key of a row, as data-notes.json `touches` spells it. */
export function rowNoteKey(tableId: string, rowId: string): string {
  return `appendix:${tableId}/${rowId}`;
}

/** Every printed row of the given tables. */
export function countRows(tables: readonly AppendixTable[]): number {
  return tables.reduce((sum, table) => sum + table.rows.length, 0);
}
