import type { Lang } from './format';
import { citeSource } from './cite';
import { messages, type MessageKey } from './messages';

export type { Lang, MessageKey };

/**
 * A message in both languages. `enOne` is the English for a count of one ("1 school"), chosen by
 * Intl.PluralRules from the `count` parameter; Chinese needs no plural form.
 */
export interface Message {
  zh: string;
  en: string;
  enOne?: string;
}
export type Dictionary = Record<string, Message>;
/** @deprecated the old name of Dictionary. */
export type Messages = Dictionary;
export type Params = Record<string, string | number>;

const englishPlural = new Intl.PluralRules('en-US');

/** Fills {name} placeholders of a message from any dictionary (the shared one or a feature's own). */
export function fill(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** A message's text in a language, with the English singular where the count is one. */
export function messageText(message: Message, lang: Lang, params: Params = {}): string {
  if (lang === 'zh') return message.zh;
  const count = params.count;
  if (message.enOne && typeof count === 'number' && englishPlural.select(count) === 'one') return message.enOne;
  return message.en;
}

/** A message of a feature's dictionary or, failing that, of the shared one. */
export function translateIn<D extends Dictionary>(
  dict: D,
  lang: Lang,
  key: (keyof D & string) | MessageKey,
  params: Params = {},
): string {
  const message: Message | undefined = (dict as Dictionary)[key] ?? (messages as Dictionary)[key];
  return message ? fill(messageText(message, lang, params), params) : key;
}

/** A shared message. */
export function translate(lang: Lang, key: MessageKey, params: Params = {}): string {
  return translateIn({}, lang, key, params);
}

/**
 * The `<field>Zh` or `<field>En` of a data record in the active language: pick(lang, school, 'name'),
 * pick(lang, metric, 'label'), pick(lang, prefecture, 'short').
 */
export function pick<K extends string>(lang: Lang, record: { [P in `${K}Zh` | `${K}En`]: string }, field: K): string {
  return lang === 'zh' ? record[`${field}Zh`] : record[`${field}En`];
}

/** @deprecated use pick(lang, record, 'name'). */
export function localName(lang: Lang, record: { nameZh: string; nameEn: string }): string {
  return pick(lang, record, 'name');
}

/** @deprecated use pick(lang, record, 'label'). */
export function localLabel(lang: Lang, record: { labelZh: string; labelEn: string }): string {
  return pick(lang, record, 'label');
}

/** A report source in the reader's language, with its printed page: 表2 · 第6页, Table 2, p. 6. */
export function localSource(lang: Lang, source: string): string {
  return citeSource(source, lang);
}

const lists = new Map<Lang, Intl.ListFormat>();

/** A list in the language's own way: "甲、乙和丙", "A, B, and C". */
export function formatList(items: readonly string[], lang: Lang): string {
  let format = lists.get(lang);
  if (!format) {
    format = new Intl.ListFormat(lang === 'zh' ? 'zh-CN' : 'en-US', { style: 'long', type: 'conjunction' });
    lists.set(lang, format);
  }
  return format.format(items);
}
