import type { School } from '@/data/domain';
import type { Measure } from '@/data/derive/measures';
import type { Standing } from '@/data/derive/standing';
import { formatNumber, formatPercent, type Lang } from '@/lib/format';
import { pick, translateIn, type MessageKey, type Params } from '@/lib/i18n';
import { standingText } from '@/lib/standing-text';
import type { Benchmark } from '@/state/vocabulary';
import type { BenchmarkColumn } from './compare';
import { compareMessages, type CompareMessage } from './messages';

/** The comparison's messages (and the shared ones) in a language, for pure functions and components alike. */
export function compareText(lang: Lang, key: CompareMessage | MessageKey, params?: Params): string {
  return translateIn(compareMessages, lang, key, params);
}

/** A school as the comparison names it: the full Chinese name, or the short English one. */
export function schoolName(school: School, lang: Lang): string {
  return lang === 'zh' ? school.nameZh : school.shortEn;
}

/** For a title attribute: in English the full name and the Chinese original, one hover away. */
export function schoolHover(school: School, lang: Lang): string | undefined {
  return lang === 'en' ? `${school.nameEn} · ${school.nameZh}` : undefined;
}

/**
 * What a suggestion of the school search says beside the name: its other name in the other language
 * and the names the report also uses (former and variant ones), in the reader's language only.
 */
export function searchHint(school: School, lang: Lang): string {
  const others = school.otherNames.flatMap((o) => (lang === 'zh' ? [o.name] : o.nameEn ? [o.nameEn] : []));
  return [lang === 'zh' ? school.nameEn : school.shortEn, ...others].join(' / ');
}

/** The Chinese original of a translated data string, for a title attribute in an English view. */
export function originalTitle(lang: Lang, zh: string): string | undefined {
  return lang === 'en' ? zh : undefined;
}

/**
 * A measure's name with its unit where the label does not already say it: "在校生人数（人）"; in
 * English the count noun is in the label ("Enrolled students"), so only ratios say "(%)".
 */
export function measureLabel(measure: Measure, lang: Lang): string {
  const label = pick(lang, measure, 'label');
  if (lang === 'en' && !measure.percent) return label;
  return compareText(lang, 'measureWithUnit', { label, unit: lang === 'zh' ? measure.unit : measure.unitEn });
}

/** A figure as the table shows it: "12,997", "51.3%"; the unit is in the row's name. */
export function numberText(value: number, measure: Measure, lang: Lang): string {
  return measure.percent ? formatPercent(value, lang, 1) : formatNumber(value, lang, 1);
}

export function valueText(value: number | null, measure: Measure, lang: Lang): string {
  return value === null ? compareText(lang, 'notReported') : numberText(value, measure, lang);
}

/**
 * A difference rounded to the digits it is shown with, and signed by what is shown: 0.004 more is
 * "0", not "+0", and 0.004 less is "0", not "-0" (Intl keeps the minus of a negative zero).
 */
function signed(value: number, digits: number, format: (v: number, digits: number) => string): string {
  const scale = 10 ** digits;
  const shown = Math.round(value * scale) / scale || 0;
  const text = format(shown, digits);
  return shown > 0 ? `+${text}` : text;
}

/** "-12,691" and "-49.4%": the later school against the first. */
export function differenceTexts(
  absolute: number | null,
  relative: number | null,
  measure: Measure,
  lang: Lang,
): { absolute: string; relative: string | null } {
  if (absolute === null) return { absolute: compareText(lang, 'noDifference'), relative: null };
  const percent = (v: number, digits: number) => formatPercent(v, lang, digits);
  const abs = measure.percent ? signed(absolute, 1, percent) : signed(absolute, 2, (v, d) => formatNumber(v, lang, d));
  return { absolute: abs, relative: relative === null ? null : signed(relative, 1, percent) };
}

/** A standing in words ("全省并列第 3/28（4 所）", "全省26 所为 0（共 28 所）"), or why there is none. */
export function standingCellText(
  standing: Standing | null,
  scope: 'province' | 'peers',
  value: number | null,
  measure: Measure,
  lang: Lang,
  hasPeers = false,
): string {
  if (value === null) return compareText(lang, 'notRanked');
  if (!standing) return compareText(lang, hasPeers ? 'onlyPeerReporting' : 'noPeers');
  return standingText(standing, scope, lang, (v) => numberText(v, measure, lang));
}

export function tierText(school: School, lang: Lang): string {
  return compareText(lang, school.tier === 'undergraduate' ? 'tierUndergraduate' : 'tierJuniorCollege');
}

/** "全省中位数", "同类中位数"; lower-case in English inside a sentence. */
export function benchmarkName(kind: Benchmark, lang: Lang, inline = false): string {
  const key = kind === 'province' ? 'benchmarkProvince' : 'benchmarkPeers';
  return compareText(lang, inline ? `${key}Inline` : key);
}

/**
 * What a benchmark column is the median of: whose peers, which tier and type, how many. `short`
 * for a column header, where the school is the first column's and the notes say the rest.
 */
export function benchmarkHint(column: BenchmarkColumn, lang: Lang, short = false): string {
  const count = column.group.length;
  if (column.kind === 'province') return compareText(lang, short ? 'provinceShort' : 'provinceHint', { count });
  const of = column.of;
  if (!of) return compareText(lang, 'peersNeedSchool');
  const name = schoolName(of, lang);
  if (!column.usable) return compareText(lang, 'peersNone', { name });
  const group = { tier: tierText(of, lang), type: pick(lang, of, 'type'), count };
  return short ? compareText(lang, 'peersShort', group) : compareText(lang, 'peersHint', { name, ...group });
}

/** A case as the report numbers it: 案例03, Case 3. */
export function caseLabel(number: number, lang: Lang): string {
  return compareText(lang, 'caseNumber', { number: lang === 'zh' ? String(number).padStart(2, '0') : number });
}
