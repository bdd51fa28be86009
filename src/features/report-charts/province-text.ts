import { formatNumber, type Lang } from '@/lib/format';
import { translateIn, type MessageKey, type Params } from '@/lib/i18n';
import { chartsMessages, type ChartsMessage } from './messages';
import { provinceMessages, type ProvinceMessage } from './province-messages';

const dictionary = { ...chartsMessages, ...provinceMessages };
export type ChartWord = ChartsMessage | ProvinceMessage | MessageKey;

/** The other tabs' messages (with the panel's and the shared ones) in a language. */
export function provinceText(lang: Lang, key: ChartWord, params?: Params): string {
  return translateIn(dictionary, lang, key, params);
}

/** Both languages of a message, for series that carry labelZh and labelEn. */
export function bothLanguages(key: ChartWord, params?: Params): { labelZh: string; labelEn: string } {
  return { labelZh: provinceText('zh', key, params), labelEn: provinceText('en', key, params) };
}

/** A count of schools: "12 所" / "12 schools", "1 school". */
export function schoolsText(count: number, lang: Lang): string {
  return `${formatNumber(count, lang)} ${provinceText(lang, 'unitSchools', { count })}`;
}
