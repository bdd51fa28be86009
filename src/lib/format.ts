export type Lang = 'zh' | 'en';

const locales: Record<Lang, string> = { zh: 'zh-CN', en: 'en-US' };
const integerFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, maximumFractionDigits: number): Intl.NumberFormat {
  const key = `${lang}:${maximumFractionDigits}`;
  let format = integerFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locales[lang], { maximumFractionDigits, useGrouping: true });
    integerFormats.set(key, format);
  }
  return format;
}

/** 294013 → "294,013" in both languages; decimals kept as the report prints them (up to 2). */
export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 2): string {
  return numberFormat(lang, maximumFractionDigits).format(value);
}

/**
 * A short form for large counts: "29.4万" in Chinese, "294.0K" in English. Returns null where the
 * short form would not help (below 10,000), so callers show only the full number.
 */
export function formatShort(value: number, lang: Lang): string | null {
  if (Math.abs(value) < 10_000) return null;
  if (lang === 'zh') {
    if (Math.abs(value) >= 100_000_000) return `${formatNumber(value / 100_000_000, lang, 2)}亿`;
    return `${formatNumber(value / 10_000, lang, 1)}万`;
  }
  if (Math.abs(value) >= 1_000_000) return `${formatNumber(value / 1_000_000, lang, 1)}M`;
  return `${formatNumber(value / 1_000, lang, 1)}K`;
}

/** A share in percent: 91.38 → "91.38%". */
export function formatPercent(value: number, lang: Lang, maximumFractionDigits = 2): string {
  return `${formatNumber(value, lang, maximumFractionDigits)}%`;
}

/** part/whole as a percentage with its base spelled out, e.g. "8.7%（29 所中的 2.5 所）" is built by callers. */
export function share(part: number, whole: number): number | null {
  return whole > 0 ? (part / whole) * 100 : null;
}
