import { formatNumber, formatPercent, formatQuantity, type Lang } from '@/lib/format';
import { translate, translateIn, type MessageKey, type Params } from '@/lib/i18n';
import { chartsMessages, type ChartsMessage } from './messages';

/** The report charts' messages (and the shared ones) in a language, for pure functions and components. */
export function chartText(lang: Lang, key: ChartsMessage | MessageKey, params?: Params): string {
  return translateIn(chartsMessages, lang, key, params);
}

/** "单位：人" / "Unit: students". */
export function unitLine(lang: Lang, unit: string): string {
  return translate(lang, 'unitLabel', { unit });
}

/**
 * The singular of the English units the datasets use, for a count of one ("1 course", not
 * "1 courses"). A unit not listed is left as it is.
 */
const SINGULAR: Record<string, string> = {
  students: 'student',
  graduates: 'graduate',
  libraries: 'library',
  courses: 'course',
  majors: 'major',
  teachers: 'teacher',
  schools: 'school',
  prizes: 'prize',
  groups: 'group',
  attendances: 'attendance',
  entries: 'entry',
};
const plural = new Intl.PluralRules('en-US');

/** A unit for a value: Chinese as printed, English singular for one. */
export function unitFor(unit: { zh: string; en: string }, lang: Lang, value?: number): string {
  if (lang === 'zh') return unit.zh;
  return value !== undefined && plural.select(value) === 'one' ? (SINGULAR[unit.en] ?? unit.en) : unit.en;
}

/** "12,997 人" / "12,997 students", "1 course", "¥1.23 billion" (万元 read in yuan), or not reported. */
export function quantityText(value: number | null, unit: { zh: string; en: string }, lang: Lang): string {
  if (value === null) return translate(lang, 'notReported');
  return formatQuantity(value, { zh: unit.zh, en: unitFor(unit, lang, value) }, lang);
}

/** A share in a tooltip, one decimal, as the report's own shares are printed. */
export function shareText(share: number, lang: Lang): string {
  return formatPercent(share, lang, 1);
}

/** A bar's value beside it: "12,997", "41.43%", or 未报告. */
export function barValueText(value: number | null, lang: Lang, percent: boolean): string {
  if (value === null) return translate(lang, 'notReported');
  return percent ? formatPercent(value, lang) : formatNumber(value, lang);
}
