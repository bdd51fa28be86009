export type Lang = 'zh' | 'en';

const locales: Record<Lang, string> = { zh: 'zh-CN', en: 'en-US' };

/** The BCP 47 locale of a language: zh-CN, en-US (for <html lang>, dates, Intl). */
export function localeOf(lang: Lang): string {
  return locales[lang];
}

/** The language the switch offers. */
export function otherLang(lang: Lang): Lang {
  return lang === 'zh' ? 'en' : 'zh';
}
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

const compactFormats = new Map<string, Intl.NumberFormat>();

function compactFormat(key: string, make: () => Intl.NumberFormat): Intl.NumberFormat {
  let format = compactFormats.get(key);
  if (!format) {
    format = make();
    compactFormats.set(key, format);
  }
  return format;
}

/**
 * A large number in short (Intl compact notation): 29.4万 and 12.27亿 in Chinese, 294K and
 * 1.23 billion in English (billions spelled out: "1.23B" reads as a typo to many readers).
 */
export function formatCompact(value: number, lang: Lang): string {
  const abs = Math.abs(value);
  if (lang === 'zh') {
    const digits = abs >= 1e8 ? 2 : 1;
    return compactFormat(
      `zh:${digits}`,
      () => new Intl.NumberFormat('zh-CN', { notation: 'compact', maximumFractionDigits: digits }),
    ).format(value);
  }
  const long = abs >= 1e9;
  return compactFormat(
    `en:${long}`,
    () =>
      new Intl.NumberFormat('en-US', {
        notation: 'compact',
        compactDisplay: long ? 'long' : 'short',
        maximumSignificantDigits: 3,
      }),
  ).format(value);
}

/**
 * The short form beside a full number, or null where it would not help (below 10,000), so callers
 * show only the full number.
 */
export function formatShort(value: number, lang: Lang): string | null {
  return Math.abs(value) < 10_000 ? null : formatCompact(value, lang);
}

/**
 * A quantity in a unit as the report prints it, read right in each language. In English the
 * Chinese counting units are converted: 万元 (10,000 yuan) becomes yuan (¥1.23 billion),
 * 万人次 becomes person-times, 万 alone becomes the number itself.
 */
/** An amount in yuan, short, the sign before the currency: -¥10K, not ¥-10K. */
const yuan = (amount: number) => `${amount < 0 ? '-' : ''}¥${formatCompact(Math.abs(amount), 'en')}`;

export function formatQuantity(value: number, unit: { zh: string; en: string }, lang: Lang): string {
  if (lang === 'zh') return `${formatNumber(value, lang)}${unit.zh === '%' ? '%' : ` ${unit.zh}`}`.replace(' %', '%');
  if (unit.zh === '万元') return yuan(value * 10_000);
  if (unit.zh === '元' && Math.abs(value) >= 10_000) return yuan(value);
  if (unit.zh === '万人次') return `${formatCompact(value * 10_000, 'en')} person-times`;
  if (unit.zh.startsWith('万')) return `${formatCompact(value * 10_000, 'en')}${unit.en ? ` ${unit.en}` : ''}`;
  if (unit.zh === '%') return `${formatNumber(value, lang)}%`;
  return `${formatNumber(value, lang)}${unit.en ? ` ${unit.en}` : ''}`;
}

/** A share in percent: 91.38 → "91.38%". */
export function formatPercent(value: number, lang: Lang, maximumFractionDigits = 2): string {
  return `${formatNumber(value, lang, maximumFractionDigits)}%`;
}

/** part/whole as a percentage with its base spelled out, e.g. "8.7%（29 所中的 2.5 所）" is built by callers. */
export function share(part: number, whole: number): number | null {
  return whole > 0 ? (part / whole) * 100 : null;
}

/**
 * Thousands separators for the whole numbers inside a text from the data ("2023届毕业生 94358 人"
 * reads "2023届毕业生 94,358 人"). Only runs of five digits or more: four digits in the report's
 * texts are years (2023届), and decimals or numbers already grouped are left as they are.
 */
export function groupDigitsInText(text: string, lang: Lang): string {
  return text.replace(/(?<![\d.,])\d{5,}(?![\d.,])/g, (digits) => formatNumber(Number(digits), lang));
}

/** The singular of the English units the datasets use; a unit not listed stays as it is. */
const SINGULAR: Record<string, string> = {
  schools: 'school',
  students: 'student',
  graduates: 'graduate',
  teachers: 'teacher',
  libraries: 'library',
  courses: 'course',
  majors: 'major',
};

/** An English unit for a count: "1 school", "2 schools". */
export function englishUnit(unitEn: string, count: number): string {
  return count === 1 ? (SINGULAR[unitEn] ?? unitEn) : unitEn;
}
