import type { Lang } from '@/lib/format';
import { formatList, localSource, pick } from '@/lib/i18n';
import type { Mentions } from './mentions';
import type { Profile } from './profile';
import { localText, ownershipText, peerGroupText, profileText, tierText } from './texts';

export interface IdentityRow {
  key: 'name-en' | 'other-names' | 'level' | 'ownership' | 'type' | 'prefecture' | 'status' | 'peers';
  label: string;
  value: string;
}

/** Where the school is: the prefecture's name, or (prefectures.json not loaded) the location 表1 prints. */
export function prefectureText(profile: Profile, lang: Lang): string {
  const { school, prefecture } = profile;
  if (prefecture) return pick(lang, prefecture, 'name');
  return lang === 'zh' ? school.locationAsPrinted : (school.locationAsPrintedEn ?? school.locationAsPrinted);
}

/** 专科层次 · 公办 · 综合院校 · 酒泉市: the facts a subtitle states. */
export function factsText(profile: Profile, lang: Lang): string {
  const { school } = profile;
  return [
    tierText(school, lang),
    ownershipText(school, lang),
    pick(lang, school, 'type'),
    prefectureText(profile, lang),
  ].join(' · ');
}

/**
 * Who the school is, as the report says: its names (the English one in a Chinese view; the Chinese
 * one stays one hover away in an English view), level as printed, ownership, type, prefecture, the
 * status §1.1 names, and its peer group.
 */
export function identityRows(profile: Profile, mentions: Mentions, lang: Lang): IdentityRow[] {
  const { school } = profile;
  const t = (key: Parameters<typeof profileText>[1], params?: Record<string, string | number>) =>
    profileText(lang, key, params);
  const rows: IdentityRow[] = [];
  if (lang === 'zh') rows.push({ key: 'name-en', label: t('nameEn'), value: school.nameEn });
  if (school.otherNames.length > 0)
    rows.push({
      key: 'other-names',
      label: t('otherNames'),
      value: formatList(
        school.otherNames.map((o) =>
          t('nameIn', {
            name: lang === 'zh' ? o.name : (o.nameEn ?? o.name),
            kind: t(o.kind),
            source: localSource(lang, o.source),
          }),
        ),
        lang,
      ),
    });
  const printed = lang === 'zh' ? school.levelAsPrinted : (school.levelAsPrintedEn ?? school.levelAsPrinted);
  rows.push(
    { key: 'level', label: t('level'), value: t('levelAsPrinted', { tier: tierText(school, lang), printed }) },
    { key: 'ownership', label: t('ownership'), value: ownershipText(school, lang) },
    { key: 'type', label: t('type'), value: pick(lang, school, 'type') },
    { key: 'prefecture', label: t('prefecture'), value: prefectureText(profile, lang) },
    {
      key: 'status',
      label: t('status'),
      value:
        mentions.status.length > 0
          ? formatList(
              mentions.status.map((s) => localText(lang, s.title)),
              lang,
            )
          : t('statusNone'),
    },
    {
      key: 'peers',
      label: t('peers'),
      value: profile.peers.length > 1 ? peerGroupText(school, profile.peers.length, lang) : t('peersAlone'),
    },
  );
  return rows;
}
