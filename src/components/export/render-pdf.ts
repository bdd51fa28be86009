import type { ExportModel } from '@/lib/export/model';
import { composePages } from './compose';
import { svgDocument } from './render-svg';
import { pageFor } from './targets';

/** The TrueType copy of the app font (jsPDF embeds only TrueType); fetched on the first PDF. */
const TTF_URL = `${import.meta.env.BASE_URL}fonts/gansu-sans-subset.ttf`;
let fontBase64: Promise<string> | null = null;

function loadFont(): Promise<string> {
  fontBase64 ??= fetch(TTF_URL)
    .then((r) => (r.ok ? r.arrayBuffer() : Promise.reject(new Error(`font ${r.status}`))))
    .then((buffer) => {
      const bytes = new Uint8Array(buffer);
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return btoa(binary);
    });
  return fontBase64;
}

/**
 * A vector PDF on A4: the same pages as the SVG, drawn by svg2pdf.js into jsPDF with the app font
 * embedded, so text stays text (searchable, copyable, found by pdftotext). Both load on demand.
 */
export async function renderPdf(model: ExportModel): Promise<Blob> {
  const [{ jsPDF }, { svg2pdf }, font] = await Promise.all([import('jspdf'), import('svg2pdf.js'), loadFont()]);
  const target = pageFor(model.figure.kind);
  const pages = composePages(model, target);
  const orientation = target.width > (target.height ?? 0) ? 'landscape' : 'portrait';
  const doc = new jsPDF({ orientation, unit: 'pt', format: 'a4', compress: true });
  doc.addFileToVFS('GansuSans.ttf', font);
  // One face serves both weights: the subset has only the regular one.
  doc.addFont('GansuSans.ttf', 'Gansu Sans', 'normal');
  doc.addFont('GansuSans.ttf', 'Gansu Sans', 'bold');
  doc.setFont('Gansu Sans', 'normal');
  doc.setProperties({ title: model.title, subject: model.source, creator: 'Gansu HVE dashboard' });
  doc.setLanguage(model.lang === 'zh' ? 'zh-CN' : 'en-US');
  const parser = new DOMParser();
  for (const [i, page] of pages.entries()) {
    if (i > 0) doc.addPage('a4', orientation);
    const element = parser.parseFromString(svgDocument(page, model.title, model.lang), 'image/svg+xml').documentElement;
    await svg2pdf(element, doc, { x: 0, y: 0, width: page.width, height: page.height });
  }
  return doc.output('blob');
}
