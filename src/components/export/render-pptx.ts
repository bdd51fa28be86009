import type PptxGenJS from 'pptxgenjs';
import type { BarsFigure, ExportModel, GroupedBarsFigure, TableModel } from '@/lib/export/model';
import { columnWidths, layoutTable, paginateTable } from '@/components/charts/table-layout';
import { TONE_FILL } from '@/components/charts/style';
import { renderSvgPages } from './render-svg';
import { svgToPng } from './render-png';
import { TARGETS } from './targets';
import { translate } from '@/lib/i18n';

type Slide = PptxGenJS.Slide;

/** 16:9 at PowerPoint's 13.333 × 7.5 inches. */
const W = 13.333;
const M = 0.45;
const BODY = { x: M, y: 1.55, w: W - 2 * M, h: 5.15 };

const face = (model: ExportModel) => (model.lang === 'zh' ? 'Microsoft YaHei' : 'Arial');
const lang = (model: ExportModel) => (model.lang === 'zh' ? 'zh-CN' : 'en-US');
const hex = (color: string) => color.replace('#', '').toUpperCase();

function frame(slide: Slide, model: ExportModel, page?: string): void {
  const text = { fontFace: face(model), lang: lang(model), color: '1F2933', margin: 0 };
  slide.addText(model.title, {
    ...text,
    x: M,
    y: 0.3,
    w: W - 2 * M,
    h: 0.75,
    fontSize: 26,
    bold: true,
    valign: 'top',
    fit: 'shrink',
  });
  const sub = [model.subtitle, model.unit].filter(Boolean).join(' · ');
  slide.addText(sub, {
    ...text,
    x: M,
    y: 1.05,
    w: W - 2 * M,
    h: 0.42,
    fontSize: 13,
    color: '52606D',
    valign: 'top',
    fit: 'shrink',
  });
  const foot = [model.source, ...model.notes, page].filter(Boolean).join('\n');
  slide.addText(foot, {
    ...text,
    x: M,
    y: 6.8,
    w: W - 2 * M,
    h: 0.6,
    fontSize: 9.5,
    color: '52606D',
    valign: 'bottom',
    fit: 'shrink',
  });
  slide.addNotes([model.source, ...model.notes].join('\n'));
}

/** Office draws the first category of a horizontal bar chart at the bottom: reverse, so the list reads top-down. */
function barsChart(pptx: PptxGenJS, slide: Slide, model: ExportModel, figure: BarsFigure, box = BODY): void {
  const bars = [...figure.bars].reverse();
  const labels = bars.map((b) => (b.value === null ? `${b.label}（${b.valueText}）` : b.label));
  slide.addChart(pptx.ChartType.bar, [{ name: model.unit ?? model.title, labels, values: bars.map((b) => b.value) }], {
    ...box,
    barDir: 'bar',
    chartColors: [hex(TONE_FILL.base)],
    showValue: true,
    dataLabelFormatCode: figure.percent ? '0.0#"%"' : '#,##0.##',
    dataLabelFontSize: bars.length > 20 ? 8 : 10,
    catAxisLabelFontSize: bars.length > 20 ? 8 : 11,
    catAxisLabelFontFace: face(model),
    valAxisLabelFontSize: 9,
    valAxisLabelFormatCode: figure.percent ? '0"%"' : '#,##0',
    showValAxisTitle: !!model.unit,
    valAxisTitle: model.unit ?? '',
    valAxisTitleFontSize: 10,
    showLegend: false,
    barGapWidthPct: 40,
    lang: lang(model),
  });
}

function groupedChart(pptx: PptxGenJS, slide: Slide, model: ExportModel, figure: GroupedBarsFigure): void {
  const order = figure.categories.map((_, i) => i).reverse();
  const data = [...figure.series].reverse().map((s) => ({
    name: s.label,
    labels: order.map((i) => figure.categories[i]?.label ?? ''),
    values: order.map((i) => s.values[i] ?? null),
  }));
  slide.addChart(pptx.ChartType.bar, data, {
    ...BODY,
    barDir: 'bar',
    barGrouping: 'clustered',
    chartColors: [...figure.series].reverse().map((s) => hex(s.color)),
    showValue: true,
    dataLabelFormatCode: figure.percent ? '0.0#"%"' : '#,##0.##',
    dataLabelFontSize: 8,
    catAxisLabelFontSize: 10,
    catAxisLabelFontFace: face(model),
    valAxisLabelFormatCode: figure.percent ? '0"%"' : '#,##0',
    showValAxisTitle: !!model.unit,
    valAxisTitle: model.unit ?? '',
    valAxisTitleFontSize: 10,
    showLegend: true,
    legendPos: 'b',
    legendFontFace: face(model),
    lang: lang(model),
  });
}

const PX = 96; // layout pixels per inch

/**
 * Native, editable tables, continued on further slides with the header repeated. Rows are split
 * with the same table layout as the images, so the deck says exactly how many slides it made.
 */
function tablePages(data: TableModel, box = BODY): TableModel[] {
  const fontSize = data.columns.length > 6 ? 8 : 10;
  const pages = paginateTable(layoutTable(data, box.w * PX, (fontSize * PX) / 72), box.h * PX);
  const byKey = new Map(data.rows.map((r) => [r.key, r]));
  return pages.map((page) => ({
    columns: data.columns,
    rows: page.rows.filter((r) => !r.header).flatMap((r) => byKey.get(r.key) ?? []),
  }));
}

function table(slide: Slide, model: ExportModel, data: TableModel, box = BODY): void {
  const fontSize = data.columns.length > 6 ? 8 : 10;
  const widths = columnWidths(data, box.w * PX, (fontSize * PX) / 72).map((px) => px / PX);
  const align = (numeric?: boolean) => (numeric ? ('right' as const) : ('left' as const));
  const head = data.columns.map((c) => ({
    text: c.label,
    options: { bold: true, fill: { color: 'EEF2F6' }, align: align(c.numeric) },
  }));
  const rows = data.rows.map((r) =>
    data.columns.map((c) => ({ text: r.cells[c.key]?.text ?? '', options: { align: align(c.numeric) } })),
  );
  slide.addTable([head, ...rows], {
    ...box,
    colW: widths,
    fontSize,
    fontFace: face(model),
    lang: lang(model),
    border: { type: 'solid', pt: 0.5, color: 'D9E2EC' },
    margin: 0.04,
  });
}

async function picture(slide: Slide, model: ExportModel): Promise<void> {
  const { pages, svgs } = await renderSvgPages(
    { ...model, title: '', subtitle: '', unit: '', source: '', notes: [] },
    { ...TARGETS.slide, height: 1080 },
  );
  const page = pages[0];
  const svg = svgs[0];
  if (!page || !svg) return;
  const png = await svgToPng(svg, page.width, page.height, 1.5);
  const data = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error ?? new Error('could not read the image'));
    reader.readAsDataURL(png);
  });
  const h = BODY.h;
  const w = Math.min(BODY.w, (h * page.width) / page.height);
  slide.addImage({ data, x: (W - w) / 2, y: BODY.y, w, h });
}

/** One view onto one slide (tables may continue onto more): native charts and tables where Office has them. */
async function addModel(pptx: PptxGenJS, model: ExportModel): Promise<number> {
  const { figure } = model;
  if (figure.kind === 'table') {
    const pages = tablePages(model.table);
    pages.forEach((page, i) => {
      const slide = pptx.addSlide();
      frame(
        slide,
        model,
        pages.length > 1 ? translate(model.lang, 'exportPageOf', { page: i + 1, pages: pages.length }) : undefined,
      );
      table(slide, model, page);
    });
    return pages.length;
  }
  const slide = pptx.addSlide();
  frame(slide, model);
  if (figure.kind === 'bars') barsChart(pptx, slide, model, figure);
  else if (figure.kind === 'grouped') groupedChart(pptx, slide, model, figure);
  else if (figure.kind === 'panels') {
    const columns = Math.min(3, figure.panels.length);
    const rows = Math.ceil(figure.panels.length / columns);
    const w = BODY.w / columns;
    const h = BODY.h / rows;
    figure.panels.forEach((panel, i) => {
      const box = { x: BODY.x + (i % columns) * w, y: BODY.y + Math.floor(i / columns) * h, w: w - 0.1, h: h - 0.1 };
      barsChart(pptx, slide, { ...model, unit: panel.title }, panel.figure, box);
    });
  } else if (figure.kind === 'sheet') {
    const cards = figure.cards.map((c) => `${c.label}：${c.value}${c.detail ? `（${c.detail}）` : ''}`).join('\n');
    slide.addText(cards, {
      x: BODY.x,
      y: BODY.y,
      w: BODY.w * 0.38,
      h: BODY.h,
      fontSize: 11,
      fontFace: face(model),
      lang: lang(model),
      valign: 'top',
      fit: 'shrink',
    });
    const first = figure.sections[0];
    if (first) table(slide, model, first.table, { x: BODY.x + BODY.w * 0.4, y: BODY.y, w: BODY.w * 0.6, h: BODY.h });
  } else await picture(slide, model);
  return 1;
}

/** A 16:9 deck of the models in order; pptxgenjs loads only when asked for. */
export async function renderPptx(
  models: readonly ExportModel[],
  onProgress: (done: number) => void = () => {},
): Promise<{ blob: Blob; slides: number }> {
  const { default: Pptx } = await import('pptxgenjs');
  const pptx = new Pptx();
  pptx.layout = 'LAYOUT_WIDE';
  const zh = models[0]?.lang !== 'en';
  pptx.title = zh
    ? '甘肃省高等职业教育质量年度报告（2023）'
    : 'Gansu Higher Vocational Education Quality Report (2023)';
  let done = 0;
  let slides = 0;
  for (const model of models) {
    slides += await addModel(pptx, model);
    onProgress(++done);
  }
  return { blob: (await pptx.write({ outputType: 'blob' })) as Blob, slides };
}
