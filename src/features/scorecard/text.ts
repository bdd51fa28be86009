import type { Lang } from '@/lib/format';
import { translateIn, type Params } from '@/lib/i18n';
import { scorecardMessages } from './messages';

export type ScorecardKey = keyof typeof scorecardMessages;

/** A scorecard message in a language, for the pure functions that build models and texts. */
export function scoreText(lang: Lang, key: ScorecardKey, params?: Params): string {
  return translateIn(scorecardMessages, lang, key, params);
}

/**
 * A report table's name without its page, for titles: "附表2" stays in Chinese, "Appendix 2" in
 * English ("表3" → "Table 3"). Sources with pages go through localSource.
 */
export function tableLabel(id: string, lang: Lang): string {
  if (lang === 'zh') return id;
  const appendix = /^附表(\d+)$/.exec(id);
  if (appendix) return `Appendix ${appendix[1]}`;
  const table = /^表(\d+)$/.exec(id);
  return table ? `Table ${table[1]}` : id;
}

/**
 * The Chinese original of a data string shown in English (the dashboard's translation), for a
 * title attribute; nothing in Chinese, where the text on screen is the original.
 */
export function originalOf(lang: Lang, zh: string): string | undefined {
  return lang === 'en' ? zh : undefined;
}
