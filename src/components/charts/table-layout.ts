import type { TableModel } from '@/lib/export/model';
import { textWidth, wrapText } from '@/lib/export/measure';

export interface TableCellLayout {
  lines: string[];
  x: number;
  width: number;
  numeric: boolean;
}

export interface TableRowLayout {
  key: string;
  y: number;
  height: number;
  cells: TableCellLayout[];
  header: boolean;
}

export interface TableLayout {
  width: number;
  height: number;
  fontSize: number;
  lineHeight: number;
  rows: TableRowLayout[];
}

const PAD = 0.5; // cell padding, in font sizes

/**
 * Column widths for a table drawn at a width: numbers keep their natural width; text columns share
 * what is left and wrap. The first column (the row's name) is never narrower than a third of its text.
 */
export function columnWidths(table: TableModel, width: number, fontSize: number): number[] {
  const pad = fontSize * PAD * 2;
  const natural = table.columns.map(
    (c) =>
      Math.max(
        textWidth(c.label, fontSize),
        ...table.rows.map((r) => textWidth(r.cells[c.key]?.text ?? '', fontSize)),
      ) + pad,
  );
  const total = natural.reduce((a, b) => a + b, 0);
  if (total <= width) return natural.map((w) => (w / total) * width);
  const fixed = table.columns.map((c, i) => (c.numeric ? Math.min(natural[i] as number, width * 0.25) : 0));
  const flexible = natural.map((w, i) => (table.columns[i]?.numeric ? 0 : w));
  const room = Math.max(0, width - fixed.reduce((a, b) => a + b, 0));
  const flexTotal = flexible.reduce((a, b) => a + b, 0) || 1;
  return table.columns.map((c, i) =>
    c.numeric ? (fixed[i] as number) : Math.max(fontSize * 4, ((flexible[i] as number) / flexTotal) * room),
  );
}

function rowLayout(
  key: string,
  texts: string[],
  numeric: boolean[],
  widths: number[],
  y: number,
  fontSize: number,
  header: boolean,
): TableRowLayout {
  const lineHeight = fontSize * 1.25;
  let x = 0;
  const cells = texts.map((text, i) => {
    const w = widths[i] as number;
    const cell = { lines: wrapText(text, w - fontSize * PAD * 2, fontSize), x, width: w, numeric: numeric[i] ?? false };
    x += w;
    return cell;
  });
  const lines = Math.max(1, ...cells.map((c) => c.lines.length));
  return { key, y, height: lines * lineHeight + fontSize * PAD * 1.6, cells, header };
}

/** Every row and column of a table at a width; rows only as tall as their wrapped text. */
export function layoutTable(table: TableModel, width: number, fontSize: number): TableLayout {
  const widths = columnWidths(table, width, fontSize);
  const numeric = table.columns.map((c) => !!c.numeric);
  const header = rowLayout(
    '__header',
    table.columns.map((c) => c.label),
    numeric,
    widths,
    0,
    fontSize,
    true,
  );
  const rows = [header];
  let y = header.height;
  for (const row of table.rows) {
    const laid = rowLayout(
      row.key,
      table.columns.map((c) => row.cells[c.key]?.text ?? ''),
      numeric,
      widths,
      y,
      fontSize,
      false,
    );
    rows.push(laid);
    y += laid.height;
  }
  return { width, height: y, fontSize, lineHeight: fontSize * 1.25, rows };
}

/**
 * Splits a laid-out table into pages of at most `pageHeight`, the header repeated on each; a row is
 * never split. Returns one layout per page.
 */
export function paginateTable(layout: TableLayout, pageHeight: number): TableLayout[] {
  const [header, ...body] = layout.rows;
  if (!header) return [layout];
  const pages: TableLayout[] = [];
  let current: TableRowLayout[] = [];
  let y = header.height;
  const flush = () => {
    pages.push({ ...layout, height: y, rows: [{ ...header, y: 0 }, ...current] });
    current = [];
    y = header.height;
  };
  for (const row of body) {
    if (current.length > 0 && y + row.height > pageHeight) flush();
    current.push({ ...row, y });
    y += row.height;
  }
  if (current.length > 0 || pages.length === 0) flush();
  return pages;
}
