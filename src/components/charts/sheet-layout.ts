import type { SheetFigure } from '@/lib/export/model';
import { wrapText } from '@/lib/export/measure';
import { layoutTable, type TableLayout } from './table-layout';

export interface SheetLayout {
  width: number;
  height: number;
  fontSize: number;
  cards: { x: number; y: number; width: number; height: number; label: string[]; value: string; detail: string[] }[];
  /** Each section's heading and table at its place: one column down a page, two across a slide. */
  sections: { x: number; y: number; heading: string; table: TableLayout }[];
}

/** Where the sections split into two columns so that the taller column is as short as it can be. */
function balancedSplit(heights: number[]): number {
  const total = heights.reduce((a, b) => a + b, 0);
  let best = 1;
  let bestTaller = Infinity;
  let left = 0;
  for (let k = 1; k < heights.length; k++) {
    left += heights[k - 1] as number;
    const taller = Math.max(left, total - left);
    if (taller < bestTaller) [best, bestTaller] = [k, taller];
  }
  return best;
}

function layoutAt(figure: SheetFigure, width: number, fontSize: number, columns: 1 | 2): SheetLayout {
  const cardColumns = Math.max(1, Math.min(4, Math.floor(width / (fontSize * 13))));
  const gap = fontSize * 0.8;
  const cardWidth = (width - gap * (cardColumns - 1)) / cardColumns;
  const inner = cardWidth - fontSize;
  const cards = figure.cards.map((card) => ({
    label: wrapText(card.label, inner, fontSize * 0.85, 2),
    value: card.value,
    detail: card.detail ? wrapText(card.detail, inner, fontSize * 0.8, 3) : [],
  }));
  const cardHeight = Math.max(
    ...cards.map((c) => fontSize * (0.85 * 1.2 * c.label.length + 2.2 + 0.8 * 1.25 * c.detail.length) + fontSize),
    fontSize * 4,
  );
  const placed = cards.map((c, i) => ({
    ...c,
    x: (i % cardColumns) * (cardWidth + gap),
    y: Math.floor(i / cardColumns) * (cardHeight + gap),
    width: cardWidth,
    height: cardHeight,
  }));
  const top = cards.length > 0 ? Math.ceil(cards.length / cardColumns) * (cardHeight + gap) + gap : 0;
  const two = columns === 2 && figure.sections.length > 1;
  const columnGap = gap * 2;
  const columnWidth = two ? (width - columnGap) / 2 : width;
  const tables = figure.sections.map((s) => layoutTable(s.table, columnWidth, fontSize * 0.9));
  const heights = tables.map((t) => fontSize * 1.8 + t.height + gap);
  const split = two ? balancedSplit(heights) : figure.sections.length;
  const bottoms = [top, top];
  const sections = figure.sections.map((s, i) => {
    const column = i < split ? 0 : 1;
    const section = {
      x: column * (columnWidth + columnGap),
      y: bottoms[column] as number,
      heading: s.heading,
      table: tables[i] as TableLayout,
    };
    bottoms[column] = (bottoms[column] as number) + (heights[i] as number);
    return section;
  });
  return { width, height: Math.max(...bottoms), fontSize, cards: placed, sections };
}

/** Type never shrinks below this share of the target's size: past it, the sheet is too long to read anyway. */
const SMALLEST = 0.35;

/**
 * A fact sheet: cards of key figures, then its tables. With a height (a page, a slide) the type
 * shrinks step by step until everything fits; across a wide target (a slide) the tables sit in
 * two balanced columns, so the type need not shrink as far.
 */
export function layoutSheet(figure: SheetFigure, width: number, fontSize: number, height?: number): SheetLayout {
  const columns = height !== undefined && width > height * 1.3 ? 2 : 1;
  let layout = layoutAt(figure, width, fontSize, columns);
  for (let scale = 0.94; height !== undefined && layout.height > height && scale >= SMALLEST; scale -= 0.04) {
    layout = layoutAt(figure, width, fontSize * scale, columns);
  }
  return layout;
}
