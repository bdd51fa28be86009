import { renderToStaticMarkup } from 'react-dom/server';
import type { ExportModel } from '@/lib/export/model';
import { fontEmbedCss } from '@/lib/export/fonts';
import { composePages } from './compose';
import { CompositionSvg } from './CompositionSvg';
import type { PagePlan } from './composition-layout';
import type { Target } from './targets';

const XML_HEADER = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** One page as a standalone SVG document. */
export function svgDocument(page: PagePlan, title: string, lang: 'zh' | 'en', fontCss?: string): string {
  return (
    XML_HEADER +
    renderToStaticMarkup(<CompositionSvg page={page} title={title} lang={lang} {...(fontCss ? { fontCss } : {})} />)
  );
}

/**
 * The model as SVG documents (one per page) for a target, with the app font embedded so the file
 * looks the same on any machine; programs that ignore embedded fonts fall back along FONT_STACK.
 */
export async function renderSvgPages(
  model: ExportModel,
  target: Target,
): Promise<{ pages: PagePlan[]; svgs: string[] }> {
  const fontCss = await fontEmbedCss();
  const pages = composePages(model, target);
  return { pages, svgs: pages.map((page) => svgDocument(page, model.title, model.lang, fontCss || undefined)) };
}
