import { describe, expect, it } from 'vitest';
import { layoutSheet } from '@/components/charts/sheet-layout';
import type { SheetFigure, TableModel } from '@/lib/export/model';

/** A table of `rows` rows of short text: its height grows with the rows. */
function table(rows: number): TableModel {
  return {
    columns: [
      { key: 'item', label: '项目' },
      { key: 'value', label: '数值', numeric: true },
    ],
    rows: Array.from({ length: rows }, (_, i) => ({
      key: String(i),
      cells: { item: { text: `第 ${i + 1} 项` }, value: { text: String(i), value: i } },
    })),
  };
}

const figure = (...rows: number[]): SheetFigure => ({
  kind: 'sheet',
  cards: [
    { label: '在校生人数', value: '12,997 人', detail: '全省第 6/29' },
    { label: '招生数', value: '4,442 人' },
  ],
  sections: rows.map((n, i) => ({ heading: `表 ${i + 1}`, table: table(n) })),
});

describe('the fact-sheet layout', () => {
  it('stacks its sections in one column down a page, and shrinks the type until they fit', () => {
    const natural = layoutSheet(figure(12, 8, 14, 4), 523, 10);
    expect(natural.sections.every((s) => s.x === 0)).toBe(true);
    expect(natural.sections.map((s) => s.y)).toEqual([...natural.sections.map((s) => s.y)].sort((a, b) => a - b));
    const page = layoutSheet(figure(12, 8, 14, 4), 523, 10, natural.height * 0.7);
    expect(page.height).toBeLessThanOrEqual(natural.height * 0.7);
    expect(page.fontSize).toBeLessThan(10);
  });

  it('puts the sections in two balanced columns across a slide, below the cards', () => {
    const slide = layoutSheet(figure(12, 8, 14, 4), 1776, 22, 700);
    expect(slide.height).toBeLessThanOrEqual(700);
    const left = slide.sections.filter((s) => s.x === 0);
    const right = slide.sections.filter((s) => s.x > 0);
    expect(left.map((s) => s.heading)).toEqual(['表 1', '表 2']);
    expect(right.map((s) => s.heading)).toEqual(['表 3', '表 4']);
    // Side by side: the right column starts where the left one does, each half the width.
    expect(right[0]?.y).toBe(left[0]?.y);
    expect(right[0]!.x).toBeGreaterThanOrEqual(left[0]!.table.width);
    expect(left[0]!.table.width).toBeLessThan(1776 / 2);
    const cardsBottom = Math.max(...slide.cards.map((c) => c.y + c.height));
    expect(left[0]!.y).toBeGreaterThan(cardsBottom);
  });

  it('keeps one section in one column even across a slide, and an image at its natural size', () => {
    expect(layoutSheet(figure(10), 1776, 22, 700).sections[0]?.x).toBe(0);
    const image = layoutSheet(figure(12, 8, 14, 4), 1120, 14);
    expect(image.fontSize).toBe(14);
    expect(image.sections.every((s) => s.x === 0)).toBe(true);
  });
});
