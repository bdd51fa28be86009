import type { Lang } from './format';
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

/** A report source in the reader's language: 表2 → Table 2, 附表4 → Appendix 4, 图3 → Figure 3. */
export function localSource(lang: Lang, source: string): string {
  if (lang === 'zh') return source;
  return source
    .replace(/附表\s?(\d+)/g, 'Appendix $1')
    .replace(/表\s?(\d+)/g, 'Table $1')
    .replace(/图\s?(\d+)/g, 'Figure $1')
    .replace(/案例(\d+)/g, 'Case $1')
    .replace(/、/g, ', ');
}
