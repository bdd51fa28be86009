import type { SheetFigure } from '@/lib/export/model';
import { wrapText } from '@/lib/export/measure';
import { layoutTable, type TableLayout } from './table-layout';

export interface SheetLayout {
  width: number;
  height: number;
  fontSize: number;
  cards: { x: number; y: number; width: number; height: number; label: string[]; value: string; detail: string[] }[];
  sections: { y: number; heading: string; table: TableLayout }[];
}

function layoutAt(figure: SheetFigure, width: number, fontSize: number): SheetLayout {
  const columns = Math.max(1, Math.min(4, Math.floor(width / (fontSize * 13))));
  const gap = fontSize * 0.8;
  const cardWidth = (width - gap * (columns - 1)) / columns;
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
    x: (i % columns) * (cardWidth + gap),
    y: Math.floor(i / columns) * (cardHeight + gap),
    width: cardWidth,
    height: cardHeight,
  }));
  let y = cards.length > 0 ? Math.ceil(cards.length / columns) * (cardHeight + gap) + gap : 0;
  const sections = figure.sections.map((s) => {
    const table = layoutTable(s.table, width, fontSize * 0.9);
    const section = { y, heading: s.heading, table };
    y += fontSize * 1.8 + table.height + gap;
    return section;
  });
  return { width, height: y, fontSize, cards: placed, sections };
}

/**
 * A fact sheet: cards of key figures, then its tables. With a height (a page) the type shrinks
 * step by step until everything fits on that one page.
 */
export function layoutSheet(figure: SheetFigure, width: number, fontSize: number, height?: number): SheetLayout {
  let layout = layoutAt(figure, width, fontSize);
  for (let scale = 0.92; height !== undefined && layout.height > height && scale >= 0.45; scale -= 0.06) {
    layout = layoutAt(figure, width, fontSize * scale);
  }
  return layout;
}
