import { download } from '@/lib/export/download';
import { exportFileName } from '@/lib/export/file-name';
import type { ExportModel } from '@/lib/export/model';
import { tabularFromModel } from '@/lib/export/tabular';
import { TARGETS } from './targets';

export type ExportFormat = 'png' | 'svg' | 'pdf' | 'csv' | 'xlsx' | 'pptx';
export type ImageSize = '1x' | '2x' | '4x' | 'slide';

const PIXEL_RATIO: Record<ImageSize, number> = { '1x': 1, '2x': 2, '4x': 4, slide: 1 };

/** The file name for a model in its language; several pages get -p1, -p2 … */
export function fileNameFor(model: ExportModel, ext: string, page?: number): string {
  const name = exportFileName({ topic: model.file.topic, scope: model.file.scope, ext, lang: model.lang });
  return page === undefined ? name : name.replace(new RegExp(`\\.${ext}$`), `-p${page}.${ext}`);
}

/**
 * Makes and downloads one file of a model. Every renderer loads on demand, so none of them weighs
 * on the first view. Returns the names of the files made.
 */
export async function runExport(model: ExportModel, format: ExportFormat, size: ImageSize = '2x'): Promise<string[]> {
  if (format === 'csv') {
    const { toCsv } = await import('@/lib/export/csv');
    const name = fileNameFor(model, 'csv');
    download(new Blob([toCsv(tabularFromModel(model))], { type: 'text/csv;charset=utf-8' }), name);
    return [name];
  }
  if (format === 'xlsx') {
    const { toXlsx } = await import('@/lib/export/xlsx');
    const name = fileNameFor(model, 'xlsx');
    download(await toXlsx(tabularFromModel(model)), name);
    return [name];
  }
  if (format === 'pdf') {
    const { renderPdf } = await import('./render-pdf');
    const name = fileNameFor(model, 'pdf');
    download(await renderPdf(model), name);
    return [name];
  }
  if (format === 'pptx') {
    const { renderPptx } = await import('./render-pptx');
    const name = fileNameFor(model, 'pptx');
    download((await renderPptx([model])).blob, name);
    return [name];
  }
  const { renderSvgPages } = await import('./render-svg');
  const target = format === 'png' && size === 'slide' ? TARGETS.slide : TARGETS.image;
  const { pages, svgs } = await renderSvgPages(model, target);
  const names: string[] = [];
  for (const [i, svg] of svgs.entries()) {
    const name = fileNameFor(model, format, svgs.length > 1 ? i + 1 : undefined);
    if (format === 'svg') download(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }), name);
    else {
      const { svgToPng } = await import('./render-png');
      const page = pages[i];
      if (page) download(await svgToPng(svg, page.width, page.height, PIXEL_RATIO[size]), name);
    }
    names.push(name);
  }
  return names;
}
