import type { BarTone, BarsFigure } from '@/lib/export/model';
import { textWidth, wrapText } from '@/lib/export/measure';
import { linearScale } from './scale';

export interface ChartBox {
  width: number;
  /** Fill this height (slides, pages); without it the chart takes its natural height. */
  height?: number;
  fontSize: number;
  formatTick: (value: number) => string;
}

export interface BarRowLayout {
  key: string;
  labelLines: string[];
  tone: BarTone;
  notReported: boolean;
  valueText: string;
  detail: string[];
  /** Vertical centre of the row. */
  y: number;
  barY: number;
  barHeight: number;
  barWidth: number;
  valueX: number;
}

export interface BarsLayout {
  width: number;
  height: number;
  fontSize: number;
  lineHeight: number;
  /** Right edge of the category labels. */
  labelRight: number;
  plotX: number;
  plotWidth: number;
  plotTop: number;
  axisY: number;
  ticks: { x: number; text: string }[];
  rows: BarRowLayout[];
  reference?: { x: number; label: string };
}

const AXIS_SPACE = 1.9; // in font sizes: tick marks and their numbers
const TOP_SPACE = 1.4; // room for the reference line's label

/**
 * Horizontal bars laid out in a box: labels on the left (wrapping onto a second line rather than
 * being cut), bars from a shared zero, each value printed at its bar's end, a round axis below.
 * With a fixed height the rows share it, and the type shrinks if the rows would be too tight.
 */
export function layoutBars(figure: BarsFigure, box: ChartBox): BarsLayout {
  const n = Math.max(1, figure.bars.length);
  const top = figure.reference ? box.fontSize * TOP_SPACE : box.fontSize * 0.4;
  let fontSize = box.fontSize;
  let rowHeight = fontSize * 2;
  if (box.height !== undefined) {
    const available = box.height - top - fontSize * AXIS_SPACE;
    rowHeight = Math.max(8, Math.min(fontSize * 4, available / n));
    fontSize = Math.max(7, Math.min(box.fontSize, rowHeight / 1.45));
  }
  const lineHeight = fontSize * 1.2;
  const labelLimit = box.width * 0.38;
  const longest = Math.max(0, ...figure.bars.map((b) => textWidth(b.label, fontSize)));
  const labelWidth = Math.min(labelLimit, longest);
  // A fixed height allows what fits; a natural height lets a long label take up to three lines
  // (a narrow phone column) and every row grows alike, so no label is ever cut short there.
  const fitLines = Math.max(1, Math.floor((rowHeight - 4) / lineHeight));
  const maxLines = box.height !== undefined ? Math.min(2, fitLines) : 3;
  if (box.height === undefined) {
    const needed = Math.max(1, ...figure.bars.map((b) => wrapText(b.label, labelWidth, fontSize, maxLines).length));
    rowHeight = Math.max(rowHeight, needed * lineHeight + fontSize * 0.6);
  }
  const valueWidth = Math.max(0, ...figure.bars.map((b) => textWidth(b.valueText, fontSize))) + fontSize * 0.5;
  const labelRight = labelWidth + fontSize * 0.2;
  const plotX = labelRight + fontSize * 0.6;
  const plotWidth = Math.max(40, box.width - plotX - valueWidth - fontSize * 0.3);
  const values = figure.bars.flatMap((b) => (b.value === null ? [] : [b.value]));
  const scale = linearScale(figure.reference ? [...values, figure.reference.value] : values);
  const barHeight = Math.max(3, Math.min(rowHeight * 0.68, fontSize * 1.5));
  const rows = figure.bars.map((bar, i) => {
    const y = top + rowHeight * (i + 0.5);
    const barWidth = bar.value === null ? 0 : scale.at(bar.value, plotWidth);
    return {
      key: bar.key,
      labelLines: wrapText(bar.label, labelWidth, fontSize, maxLines),
      tone: bar.tone ?? 'base',
      notReported: bar.value === null,
      valueText: bar.valueText,
      detail: bar.detail ?? [],
      y,
      barY: y - barHeight / 2,
      barHeight,
      barWidth,
      valueX: plotX + barWidth + fontSize * 0.3,
    };
  });
  const axisY = top + rowHeight * n;
  return {
    width: box.width,
    height: axisY + fontSize * AXIS_SPACE,
    fontSize,
    lineHeight,
    labelRight,
    plotX,
    plotWidth,
    plotTop: top,
    axisY,
    ticks: scale.ticks.map((v) => ({ x: plotX + scale.at(v, plotWidth), text: box.formatTick(v) })),
    rows,
    ...(figure.reference
      ? { reference: { x: plotX + scale.at(figure.reference.value, plotWidth), label: figure.reference.label } }
      : {}),
  };
}
