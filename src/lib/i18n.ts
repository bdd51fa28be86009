import type { Lang } from './format';
import { messages, type MessageKey } from './messages';

export type { Lang, MessageKey };

/** Fills {name} placeholders. */
export function translate(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = messages[key][lang];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** Picks the label of a data record in the active language. */
export function localName(lang: Lang, record: { nameZh: string; nameEn: string }): string {
  return lang === 'zh' ? record.nameZh : record.nameEn;
}

export function localLabel(lang: Lang, record: { labelZh: string; labelEn: string }): string {
  return lang === 'zh' ? record.labelZh : record.labelEn;
}
