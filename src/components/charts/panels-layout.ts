import type { PanelsFigure } from '@/lib/export/model';
import { wrapText } from '@/lib/export/measure';
import { layoutBars, type BarsLayout, type ChartBox } from './bars-layout';

export interface PanelsLayout {
  width: number;
  height: number;
  fontSize: number;
  panels: { key: string; titleLines: string[]; x: number; y: number; bars: BarsLayout }[];
}

/** Small multiples in a grid (three across when there is room), each with its own scale. */
export function layoutPanels(figure: PanelsFigure, box: ChartBox): PanelsLayout {
  const { fontSize } = box;
  const columns = Math.max(1, Math.min(figure.panels.length, Math.floor(box.width / (fontSize * 22)), 3));
  const gap = fontSize * 1.2;
  const panelWidth = (box.width - gap * (columns - 1)) / columns;
  const rowsOfPanels = Math.ceil(figure.panels.length / columns);
  const titleHeight = fontSize * 2.6;
  const panelHeight =
    box.height !== undefined ? (box.height - gap * (rowsOfPanels - 1)) / rowsOfPanels - titleHeight : undefined;
  const laid = figure.panels.map((panel, i) => ({
    key: panel.key,
    titleLines: wrapText(panel.title, panelWidth, fontSize, 2),
    bars: layoutBars(panel.figure, {
      ...box,
      width: panelWidth,
      ...(panelHeight !== undefined ? { height: panelHeight } : {}),
    }),
    column: i % columns,
    row: Math.floor(i / columns),
  }));
  const rowHeights = Array.from(
    { length: rowsOfPanels },
    (_, r) => Math.max(...laid.filter((p) => p.row === r).map((p) => p.bars.height)) + titleHeight,
  );
  const rowTop = (r: number) => rowHeights.slice(0, r).reduce((a, b) => a + b + gap, 0);
  return {
    width: box.width,
    height: rowTop(rowsOfPanels) - gap,
    fontSize,
    panels: laid.map((p) => ({
      key: p.key,
      titleLines: p.titleLines,
      x: p.column * (panelWidth + gap),
      y: rowTop(p.row),
      bars: p.bars,
    })),
  };
}
