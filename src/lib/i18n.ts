import type { Lang } from './format';
import { citeSource } from './cite';
import { messages, type MessageKey } from './messages';

export type { Lang, MessageKey };

export type Messages = Record<string, { zh: string; en: string }>;
export type Params = Record<string, string | number>;

/** Fills {name} placeholders of a message from any dictionary (the shared one or a feature's own). */
export function fill(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

export function translate(lang: Lang, key: MessageKey, params: Params = {}): string {
  return fill(messages[key][lang], params);
}

/** Picks the label of a data record in the active language. */
export function localName(lang: Lang, record: { nameZh: string; nameEn: string }): string {
  return lang === 'zh' ? record.nameZh : record.nameEn;
}

export function localLabel(lang: Lang, record: { labelZh: string; labelEn: string }): string {
  return lang === 'zh' ? record.labelZh : record.labelEn;
}

/** A report source in the reader's language, with its printed page: 表2 · 第6页, Table 2, p. 6. */
export function localSource(lang: Lang, source: string): string {
  return citeSource(source, lang);
}
