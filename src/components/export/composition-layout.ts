import type { ExportModel } from '@/lib/export/model';
import { textWidth, wrapText } from '@/lib/export/measure';
import { layoutBars, type BarsLayout } from '@/components/charts/bars-layout';
import { layoutGrouped, type GroupedLayout } from '@/components/charts/grouped-layout';
import { layoutMap, type MapLayout } from '@/components/charts/map-layout';
import { layoutPanels, type PanelsLayout } from '@/components/charts/panels-layout';
import { layoutSheet, type SheetLayout } from '@/components/charts/sheet-layout';
import { layoutTable, paginateTable, type TableLayout } from '@/components/charts/table-layout';
import { INK, MUTED_INK } from '@/components/charts/style';
import type { Target } from './targets';

export type FigureLayout =
  | { kind: 'bars'; layout: BarsLayout }
  | { kind: 'grouped'; layout: GroupedLayout }
  | { kind: 'panels'; layout: PanelsLayout }
  | { kind: 'table'; layout: TableLayout }
  | { kind: 'map'; layout: MapLayout }
  | { kind: 'sheet'; layout: SheetLayout };

export interface TextLine {
  text: string;
  x: number;
  y: number;
  fontSize: number;
  color: string;
  bold?: boolean;
}

export interface LegendItem {
  x: number;
  y: number;
  size: number;
  color: string;
  dashed: boolean;
  label: string;
  fontSize: number;
}

/** One image, slide or page: every position is decided here, the renderer only draws. */
export interface PagePlan {
  width: number;
  height: number;
  lines: TextLine[];
  legend: LegendItem[];
  figure: { x: number; y: number; content: FigureLayout };
}

interface Block {
  lines: string[];
  fontSize: number;
  color: string;
  bold?: boolean;
}

function block(
  text: string | undefined,
  width: number,
  fontSize: number,
  color: string,
  maxLines: number,
  bold = false,
): Block[] {
  return text ? [{ lines: wrapText(text, width, fontSize, maxLines), fontSize, color, bold }] : [];
}

const blockHeight = (blocks: Block[]) => blocks.reduce((h, b) => h + b.lines.length * b.fontSize * 1.3, 0);

function legendItems(model: ExportModel): { color: string; label: string; dashed: boolean }[] {
  const { figure } = model;
  if (figure.kind === 'grouped') return figure.series.map((s) => ({ color: s.color, label: s.label, dashed: false }));
  if (figure.kind === 'map') return figure.legend.map((l) => ({ color: l.color, label: l.label, dashed: !!l.dashed }));
  return [];
}

/** Legend swatches in rows that wrap at the width. */
function placeLegend(
  items: { color: string; label: string; dashed: boolean }[],
  x0: number,
  y0: number,
  width: number,
  fontSize: number,
): { items: LegendItem[]; height: number } {
  const size = fontSize * 0.9;
  let x = x0;
  let y = y0;
  const placed = items.map((item) => {
    const w = size + fontSize * 0.4 + textWidth(item.label, fontSize) + fontSize * 1.2;
    if (x > x0 && x + w > x0 + width) {
      x = x0;
      y += fontSize * 1.5;
    }
    const at = { ...item, x, y, size, fontSize };
    x += w;
    return at;
  });
  return { items: placed, height: items.length > 0 ? y - y0 + fontSize * 1.6 : 0 };
}

/** The figure drawn for an area; tables come back as several pages when the area has a height. */
function layoutFigure(
  model: ExportModel,
  width: number,
  height: number | undefined,
  fontSize: number,
  formatTick: (v: number) => string,
): FigureLayout[] {
  const box = { width, fontSize, formatTick, ...(height !== undefined ? { height } : {}) };
  const { figure } = model;
  switch (figure.kind) {
    case 'bars':
      return [{ kind: 'bars', layout: layoutBars(figure, box) }];
    case 'grouped':
      return [{ kind: 'grouped', layout: layoutGrouped(figure, box) }];
    case 'panels':
      return [{ kind: 'panels', layout: layoutPanels(figure, box) }];
    case 'map':
      return [{ kind: 'map', layout: layoutMap(figure, width, height ?? width * 0.62, fontSize) }];
    case 'sheet':
      return [{ kind: 'sheet', layout: layoutSheet(figure, width, fontSize, height) }];
    case 'table': {
      const table = layoutTable(model.table, width, fontSize);
      return height === undefined
        ? [{ kind: 'table', layout: table }]
        : paginateTable(table, height).map((layout) => ({ kind: 'table', layout }));
    }
  }
}

function figureHeight(content: FigureLayout): number {
  return content.layout.height;
}

/**
 * Lays out a model for a target: title, subtitle and unit on top, the figure filling the space
 * between, legend, source and notes below. `pageLabel(i, n)` numbers continued pages.
 */
export function layoutComposition(
  model: ExportModel,
  target: Target,
  formatTick: (v: number) => string,
  pageLabel: (page: number, pages: number) => string,
): PagePlan[] {
  const f = target.fontSize;
  const p = target.padding;
  const inner = target.width - 2 * p;
  const header = [
    ...block(model.title, inner, f * 1.9, INK, 3, true),
    ...block(model.subtitle, inner, f * 1.05, MUTED_INK, 3),
    ...block(model.unit, inner, f * 0.92, MUTED_INK, 1),
  ];
  const footer = [
    ...block(model.source, inner, f * 0.9, MUTED_INK, 3),
    ...model.notes.flatMap((note) => block(note, inner, f * 0.85, MUTED_INK, 2)),
  ];
  const chartFont = f * 0.93;
  const legendDraft = placeLegend(legendItems(model), 0, 0, inner, chartFont);
  const gap = f * 0.9;
  const headerHeight = blockHeight(header);
  // Room for "续 2/3" when a table runs over several pages.
  const footerHeight = blockHeight(footer) + (model.figure.kind === 'table' && target.height ? f * 1.3 : 0);
  const area =
    target.height !== undefined
      ? target.height - 2 * p - headerHeight - footerHeight - legendDraft.height - 2 * gap
      : undefined;
  const figures = layoutFigure(model, inner, area, chartFont, formatTick);
  return figures.map((content, index) => {
    const lines: TextLine[] = [];
    let y = p;
    const put = (blocks: Block[]) => {
      for (const b of blocks) {
        for (const text of b.lines) {
          y += b.fontSize * 1.3;
          lines.push({
            text,
            x: p,
            y: y - b.fontSize * 0.32,
            fontSize: b.fontSize,
            color: b.color,
            ...(b.bold ? { bold: true } : {}),
          });
        }
      }
    };
    put(header);
    y += gap;
    const figureTop = y;
    y += area ?? figureHeight(content);
    y += gap;
    const legend = placeLegend(legendItems(model), p, y, inner, chartFont);
    y += legend.height;
    if (figures.length > 1) put(block(pageLabel(index + 1, figures.length), inner, f * 0.85, MUTED_INK, 1));
    put(footer);
    const height = target.height ?? Math.ceil(y + p);
    return { width: target.width, height, lines, legend: legend.items, figure: { x: p, y: figureTop, content } };
  });
}
