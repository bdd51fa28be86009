import { fontEmbedCss, fontsReady } from './fonts';

export type ImageSize = '1x' | '2x' | '4x' | 'slide';

export interface CompositionText {
  title: string;
  subtitle: string;
  /** The full source line, e.g. 来源：《…》表2. */
  source: string;
  /** Further lines under the source (the map's schematic note). */
  notes?: string[];
}

export const SLIDE = { width: 1920, height: 1080 } as const;
const BASE_WIDTH = 1200;
const PIXEL_RATIO: Record<ImageSize, number> = { '1x': 1, '2x': 2, '4x': 4, slide: 1 };

/** Parts of a live view that never belong in an image. */
const NOT_IN_IMAGES =
  '.leaflet-control-container, button, select, .chart-actions, .recharts-tooltip-wrapper, .map-tooltip, [data-export-ignore]';

function text(tag: string, className: string, content: string): HTMLElement {
  const el = document.createElement(tag);
  el.className = className;
  el.textContent = content;
  return el;
}

/** SVG charts scale with the composition only if they have a viewBox. */
function makeScalable(root: HTMLElement): void {
  // Only each chart's own surface: legend icons are small recharts surfaces too and must keep their size.
  root.querySelectorAll<SVGSVGElement>('.recharts-wrapper > svg.recharts-surface').forEach((svg) => {
    const w = svg.getAttribute('width');
    const h = svg.getAttribute('height');
    if (!svg.getAttribute('viewBox') && w && h) svg.setAttribute('viewBox', `0 0 ${parseFloat(w)} ${parseFloat(h)}`);
    svg.style.width = '100%';
    svg.style.height = 'auto';
  });
}

/**
 * A static composition (title, subtitle, the view, source) built beside the page, not a
 * screenshot: buttons, tooltips and controls are left out.
 */
export function buildComposition(view: HTMLElement, content: CompositionText, size: ImageSize): HTMLElement {
  const slide = size === 'slide';
  const box = document.createElement('div');
  box.className = `export-composition${slide ? ' export-slide' : ''}`;
  box.style.width = `${slide ? SLIDE.width : BASE_WIDTH}px`;
  if (slide) box.style.height = `${SLIDE.height}px`;
  box.append(text('div', 'export-title', content.title), text('div', 'export-subtitle', content.subtitle));
  const body = document.createElement('div');
  body.className = 'export-body';
  const clone = view.cloneNode(true) as HTMLElement;
  clone.querySelectorAll(NOT_IN_IMAGES).forEach((el) => el.remove());
  makeScalable(clone);
  body.append(clone);
  box.append(body, text('div', 'export-source', content.source));
  for (const note of content.notes ?? []) box.append(text('div', 'export-note', note));
  return box;
}

/** Renders a view as a PNG or SVG data URL at the requested size. */
export async function renderImage(
  view: HTMLElement,
  content: CompositionText,
  format: 'png' | 'svg',
  size: ImageSize,
): Promise<string> {
  const { toPng, toSvg } = await import('html-to-image');
  await fontsReady();
  const fontEmbedCSS = await fontEmbedCss();
  const box = buildComposition(view, content, size);
  const stage = document.createElement('div');
  stage.className = 'export-stage';
  stage.append(box);
  document.body.append(stage);
  try {
    const width = box.offsetWidth;
    const height = size === 'slide' ? SLIDE.height : box.offsetHeight;
    const options = {
      width,
      height,
      backgroundColor: '#ffffff',
      pixelRatio: PIXEL_RATIO[size],
      fontEmbedCSS,
      cacheBust: false,
    };
    return format === 'png' ? await toPng(box, options) : await toSvg(box, options);
  } finally {
    stage.remove();
  }
}
