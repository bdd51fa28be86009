import type { School } from '@/data/domain';
import type { Standing } from '@/data/derive/standing';
import { formatNumber, formatPercent, formatQuantity, type Lang } from '@/lib/format';
import { pick, translateIn, type MessageKey, type Params } from '@/lib/i18n';
import { standingText } from '@/lib/standing-text';
import type { ProfileMeasure } from './measures';
import type { Bilingual, CaseMention } from './mentions';
import { profileMessages, type ProfileMessage } from './messages';
import type { ProfileFigure } from './profile';

/** The profile's messages (and the shared ones) in a language, for pure functions and components alike. */
export function profileText(lang: Lang, key: ProfileMessage | MessageKey, params?: Params): string {
  return translateIn(profileMessages, lang, key, params);
}

/**
 * The singular of the English units school-figures.json uses, for a count of one ("1 library", not
 * "1 libraries"). A unit not listed is left as it is.
 */
const SINGULAR: Record<string, string> = {
  students: 'student',
  graduates: 'graduate',
  libraries: 'library',
  courses: 'course',
  majors: 'major',
};
const plural = new Intl.PluralRules('en-US');

/** A value of a measure as shown: "12,997 人" / "12,997 students", "1 library", "34.2%", or not reported. */
export function valueText(value: number | null, measure: ProfileMeasure, lang: Lang): string {
  if (value === null) return profileText(lang, 'notReported');
  if (measure.percent) return formatPercent(value, lang, 1);
  const en = plural.select(value) === 'one' ? (SINGULAR[measure.unitEn] ?? measure.unitEn) : measure.unitEn;
  return formatQuantity(value, { zh: measure.unit, en }, lang);
}

/** A standing in words, or why there is none: not reported, or (for peers) no peer but itself. */
export function standingCell(
  standing: Standing | null,
  scope: 'province' | 'peers',
  figure: ProfileFigure,
  hasPeers: boolean,
  lang: Lang,
): string {
  if (figure.value === null) return profileText(lang, 'notRanked');
  if (scope === 'peers' && !hasPeers) return profileText(lang, 'noPeers');
  if (!standing) return profileText(lang, scope === 'peers' ? 'onlyPeerReporting' : 'none');
  const format = (v: number) => (figure.measure.percent ? formatPercent(v, lang, 1) : formatNumber(v, lang));
  return standingText(standing, scope, lang, format);
}

/** A median as shown; a dash where no school reports the figure (or there are no peers). */
export function medianText(value: number | null, measure: ProfileMeasure, lang: Lang): string {
  return value === null ? profileText(lang, 'none') : valueText(value, measure, lang);
}

/** The share of the province with its base: "4.4%（全省 294,013 人）"; a dash for ratios and not reported. */
export function shareText(figure: ProfileFigure, lang: Lang): string {
  if (figure.share === null || figure.total === null) return profileText(lang, 'none');
  return profileText(lang, 'shareOf', {
    share: formatPercent(figure.share, lang, 1),
    total: valueText(figure.total, figure.measure, lang),
  });
}

export function tierText(school: School, lang: Lang): string {
  return profileText(lang, school.tier === 'undergraduate' ? 'tierUndergraduate' : 'tierJuniorCollege');
}

export function ownershipText(school: School, lang: Lang): string {
  return profileText(lang, school.ownership === 'public' ? 'ownershipPublic' : 'ownershipPrivate');
}

/** 专科层次·综合院校，共 10 所（含本校）. */
export function peerGroupText(school: School, peers: number, lang: Lang): string {
  return profileText(lang, 'peerGroup', {
    tier: tierText(school, lang),
    type: pick(lang, school, 'type'),
    count: peers,
  });
}

/** 案例03 in Chinese, Case 3 in English. */
export function caseLabel(c: CaseMention, lang: Lang): string {
  return lang === 'zh' ? c.id : profileText(lang, 'caseNumber', { number: c.number });
}

/** A text from the data in the reader's language. */
export function localText(lang: Lang, text: Bilingual): string {
  return lang === 'zh' ? text.zh : text.en;
}

/** The Chinese original, for a title attribute (one hover away) in an English view; none in a Chinese one. */
export function originalTitle(lang: Lang, zh: string): string | undefined {
  return lang === 'en' ? zh : undefined;
}
