import { smallFont } from './style';
import type { GroupedBarsFigure } from '@/lib/export/model';
import { textWidth, wrapText } from '@/lib/export/measure';
import type { ChartBox } from './bars-layout';
import { linearScale } from './scale';

export interface GroupedBarLayout {
  series: string;
  color: string;
  y: number;
  height: number;
  width: number;
  valueText: string;
  valueX: number;
  notReported: boolean;
}

export interface GroupedRowLayout {
  key: string;
  labelLines: string[];
  y: number;
  bars: GroupedBarLayout[];
}

export interface GroupedLayout {
  width: number;
  height: number;
  fontSize: number;
  lineHeight: number;
  labelRight: number;
  plotX: number;
  plotWidth: number;
  plotTop: number;
  axisY: number;
  ticks: { x: number; text: string }[];
  rows: GroupedRowLayout[];
  reference?: { x: number; label: string };
}

/**
 * Several series per category, one thin bar each, values at the bars' ends. The legend is drawn by
 * the composition (or the page) around it, from the same series.
 */
export function layoutGrouped(figure: GroupedBarsFigure, box: ChartBox): GroupedLayout {
  const n = Math.max(1, figure.categories.length);
  const s = Math.max(1, figure.series.length);
  const top = figure.reference ? box.fontSize * 1.4 : box.fontSize * 0.4;
  let fontSize = box.fontSize;
  let barHeight = fontSize * 1.05;
  const gap = () => fontSize * 0.9;
  if (box.height !== undefined) {
    const available = box.height - top - fontSize * 1.9;
    const perRow = available / n;
    barHeight = Math.max(3, Math.min(fontSize * 1.4, (perRow - gap()) / s));
    fontSize = Math.max(7, Math.min(box.fontSize, barHeight * s + gap() > perRow ? perRow / (s + 1) : box.fontSize));
  }
  const rowHeight = barHeight * s + gap();
  const lineHeight = fontSize * 1.2;
  const maxLines = Math.max(1, Math.floor(rowHeight / lineHeight));
  const labelWidth = Math.min(
    box.width * 0.34,
    Math.max(0, ...figure.categories.map((c) => textWidth(c.label, fontSize))),
  );
  const valueFont = smallFont(fontSize);
  const valueWidth =
    Math.max(0, ...figure.series.flatMap((x) => x.valueTexts.map((t) => textWidth(t, valueFont)))) + fontSize * 0.4;
  const labelRight = labelWidth + fontSize * 0.2;
  const plotX = labelRight + fontSize * 0.6;
  const plotWidth = Math.max(40, box.width - plotX - valueWidth);
  const values = figure.series.flatMap((x) => x.values.filter((v): v is number => v !== null));
  const scale = linearScale(figure.reference ? [...values, figure.reference.value] : values);
  const rows = figure.categories.map((category, i) => {
    const rowTop = top + rowHeight * i + gap() / 2;
    return {
      key: category.key,
      labelLines: wrapText(category.label, labelWidth, fontSize, maxLines),
      y: rowTop + (barHeight * s) / 2,
      bars: figure.series.map((series, k) => {
        const value = series.values[i] ?? null;
        const width = value === null ? 0 : scale.at(value, plotWidth);
        return {
          series: series.key,
          color: series.color,
          y: rowTop + barHeight * k,
          height: barHeight * 0.86,
          width,
          valueText: series.valueTexts[i] ?? '',
          valueX: plotX + width + fontSize * 0.25,
          notReported: value === null,
        };
      }),
    };
  });
  const axisY = top + rowHeight * n;
  return {
    width: box.width,
    height: axisY + fontSize * 1.9,
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
