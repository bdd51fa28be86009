import { renderImage, SLIDE } from '@/lib/export/compose';
import type { ExportableView } from '@/lib/export/registry';

/** 16:9 at PowerPoint's 13.333 × 7.5 inches. */
const SLIDE_W = 13.333;
const SLIDE_H = 7.5;
const TITLE_H = 0.9;

/**
 * One slide per view: the title as an editable text box, the composed image below it (subtitle,
 * chart, source), and the source again in the speaker notes. pptxgenjs loads only when asked for.
 */
export async function buildPresentation(
  views: readonly ExportableView[],
  onProgress: (done: number) => void,
): Promise<Blob> {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = '甘肃省高等职业教育质量年度报告（2023）';
  let done = 0;
  for (const view of views) {
    const node = view.node();
    if (!node) continue;
    const content = view.content();
    const image = await renderImage(node, { ...content, title: '' }, 'png', 'slide');
    const slide = pptx.addSlide();
    slide.addText(content.title, {
      x: 0.4,
      y: 0.2,
      w: SLIDE_W - 0.8,
      h: TITLE_H,
      fontSize: 28,
      bold: true,
      fontFace: 'Noto Sans CJK SC',
    });
    const imageH = SLIDE_H - TITLE_H - 0.3;
    const imageW = (imageH * SLIDE.width) / SLIDE.height;
    slide.addImage({ data: image, x: (SLIDE_W - imageW) / 2, y: TITLE_H + 0.2, w: imageW, h: imageH });
    slide.addNotes(content.source);
    onProgress(++done);
  }
  return (await pptx.write({ outputType: 'blob' })) as Blob;
}
