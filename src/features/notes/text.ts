import type { Lang } from '@/lib/format';

/** A data text as shown: in English the dashboard's translation, with the Chinese original to hover. */
export interface LocalText {
  text: string;
  /** The Chinese original, where the text on screen is the dashboard's translation of it. */
  original?: string;
}

/**
 * A data string in the reader's language. The report is Chinese only, so English is the
 * dashboard's translation and keeps the original one hover away; where the data has no English
 * (a plain number, which needs none) the printed text is shown as it is.
 */
export function localText(lang: Lang, zh: string, en: string | undefined): LocalText {
  if (lang === 'zh') return { text: zh };
  const text = en ?? westernPunctuation(zh);
  return text === zh ? { text } : { text, original: zh };
}

const PUNCTUATION: Record<string, string> = { '、': ', ', '，': ', ', '；': '; ', '：': ': ', '（': ' (', '）': ')' };

/**
 * A text the data gives no English for, because it has no Chinese word ("1、2、4"), with its
 * Chinese punctuation made English ("1, 2, 4"): punctuation is the only Chinese left in it.
 */
function westernPunctuation(text: string): string {
  return text
    .replace(/[、，；：（）]/g, (mark) => PUNCTUATION[mark] ?? mark)
    .replace(/\s+\)/g, ')')
    .replace(/\(\s+/g, '(')
    .trim();
}

/** The note id an address's hash points at (#data-note-<id>), or null. */
export function noteInHash(hash: string): string | null {
  const prefix = '#data-note-';
  return hash.startsWith(prefix) && hash.length > prefix.length ? decodeURIComponent(hash.slice(prefix.length)) : null;
}
