import type { BarTone } from '@/lib/export/model';

/**
 * Fonts for drawn charts and exported files: the app's own subset first (embedded in SVG files),
 * then the Chinese faces of Windows, macOS and Linux, so a file opened elsewhere keeps Chinese text.
 */
export const FONT_STACK =
  "'Gansu Sans', 'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif";

/**
 * English text in a Latin face first (the CJK face draws quotes and § full-width); Chinese
 * characters in a name or a title are still found further down the list.
 */
export const FONT_STACK_EN = `'Segoe UI', 'Helvetica Neue', Arial, 'Liberation Sans', 'Noto Sans', ${FONT_STACK}`;

export function fontStack(lang: 'zh' | 'en'): string {
  return lang === 'en' ? FONT_STACK_EN : FONT_STACK;
}

export const INK = '#1f2933';
export const MUTED_INK = '#52606d';
export const GRID = '#d9e2ec';
export const REFERENCE = '#b00020';

export const TONE_FILL: Record<BarTone, string> = {
  base: '#4a78a8',
  picked: '#08306b',
  hovered: '#f0a500',
  muted: '#9fb3c8',
};

/** Series colours for grouped bars: Dark2-like, distinct in greyscale print too. */
export const SERIES_COLORS = ['#08519c', '#d95f02', '#1b9e77', '#7570b3', '#e7298a'] as const;

/**
 * From a line's vertical centre to its baseline, in font sizes. Text is placed by its baseline,
 * not with dominant-baseline, which librsvg and LibreOffice do not all honour.
 */
export const BASELINE = 0.36;

/**
 * Secondary text (axis ticks, value labels, card labels): a step smaller than the labels, never
 * under 12 px, the smallest text the dashboard draws on a phone.
 */
export function smallFont(fontSize: number, step = 0.85): number {
  return Math.max(12, fontSize * step);
}
