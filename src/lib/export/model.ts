import type { Lang } from '@/lib/format';

/**
 * What a view exports, computed by a pure function from the data and the user's intent: never read
 * back from the page. The screen, every file format and the presentation pack draw from it.
 */
export interface ExportModel {
  /** Stable id of the view ("per-school-students", "map"): the registry key and part of test selectors. */
  id: string;
  lang: Lang;
  title: string;
  /** The filters or the scope of the figures, in words. */
  subtitle: string;
  /** The unit line ("单位：人"), when the figure has one unit. */
  unit?: string;
  /** The full, localised source line with pages. */
  source: string;
  /** Further lines under the source: the schematic-map note, data-note titles. */
  notes: string[];
  /** The parts of the file name: what it holds and for which filters (empty = the whole province). */
  file: { topic: string; scope: string };
  figure: Figure;
  /** Every number of the figure as a table: CSV, XLSX, table slides and the table view. */
  table: TableModel;
}

export type Figure = BarsFigure | GroupedBarsFigure | PanelsFigure | TableFigure | MapFigure | SheetFigure;

/** How a bar stands out: a compared school, the hovered one, a grouped remainder. */
export type BarTone = 'base' | 'picked' | 'hovered' | 'muted';

export interface BarDatum {
  key: string;
  label: string;
  /** null = not reported: drawn as a gap with its text, never as 0. */
  value: number | null;
  /** The value as shown beside the bar ("12,997", "91.38%", "未报告"). */
  valueText: string;
  tone?: BarTone;
  /** Extra lines for the tooltip on screen (share of the province, rank). */
  detail?: string[];
}

export interface ReferenceLine {
  value: number;
  label: string;
}

export interface BarsFigure {
  kind: 'bars';
  bars: BarDatum[];
  /** Axis ticks read as percentages. */
  percent?: boolean;
  reference?: ReferenceLine;
}

export interface Series {
  key: string;
  label: string;
  color: string;
  values: (number | null)[];
  valueTexts: string[];
}

/** Several series per category (schools per measure, years per indicator), with a legend. */
export interface GroupedBarsFigure {
  kind: 'grouped';
  categories: { key: string; label: string }[];
  series: Series[];
  percent?: boolean;
  reference?: ReferenceLine;
}

/** Small multiples: one bar chart per panel, each with its own scale. */
export interface PanelsFigure {
  kind: 'panels';
  panels: { key: string; title: string; figure: BarsFigure }[];
}

/** The table is the figure (comparison, scorecard): drawn whole, paginated on slides and pages. */
export interface TableFigure {
  kind: 'table';
}

export interface MapShape {
  id: string;
  /** Outer rings and holes, lon/lat. */
  polygons: [number, number][][][];
  fill: string;
  /** Drawn apart (dashed) when it has no school: never read as a low value. */
  dashed: boolean;
  label: string;
  labelAt: [number, number];
  selected?: boolean;
}

export interface MapMarker {
  id: string;
  at: [number, number];
  radiusKm: number;
  fill: string;
  stroke: string;
}

export interface MapFigure {
  kind: 'map';
  shapes: MapShape[];
  markers: MapMarker[];
  legend: { color: string; label: string; dashed?: boolean }[];
}

/** A one-page fact sheet: key figures as cards, then tables. */
export interface SheetFigure {
  kind: 'sheet';
  cards: { label: string; value: string; detail?: string }[];
  sections: { heading: string; table: TableModel }[];
}

export interface Column {
  key: string;
  label: string;
  numeric?: boolean;
}

/** A cell: its text as shown, and for numbers the raw value that CSV and XLSX write. */
export interface Cell {
  text: string;
  /** The number behind the text; null where it is not reported. Absent for text cells. */
  value?: number | null;
}

export interface TableRowModel {
  key: string;
  cells: Record<string, Cell>;
}

export interface TableModel {
  columns: Column[];
  rows: TableRowModel[];
}

/** A cell that is a number: shown formatted, exported raw. */
export function numberCell(value: number | null, text: string): Cell {
  return { text, value };
}

export function textCell(text: string): Cell {
  return { text };
}
