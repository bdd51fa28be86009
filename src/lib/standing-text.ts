import { standingKind, type Standing } from '@/data/derive/standing';
import { formatNumber, type Lang } from './format';
import { translate } from './i18n';

export type StandingScope = 'province' | 'peers' | 'view';

const SCOPE = { province: 'scopeProvince', peers: 'scopePeers', view: 'scopeView' } as const;

/**
 * A standing in words, ties said as ties: "全省第 2/28", "全省并列第 1/28（4 所）", "全省26 所为 0（共 28 所）";
 * "#2 of 28 in the province", "joint #1 of 28 in the province (4 schools)", "26 of 28 in the province at 0".
 */
export function standingText(
  s: Standing,
  scope: StandingScope,
  lang: Lang,
  formatValue: (v: number) => string = (v) => formatNumber(v, lang),
): string {
  const scopeText = translate(lang, SCOPE[scope]);
  const params = {
    rank: s.rank,
    of: s.of,
    tied: s.tiedWith,
    value: formatValue(s.value),
    scope: scopeText,
  };
  const key = { place: 'standingPlace', tied: 'standingTied', 'most-share': 'standingMostShare' } as const;
  return translate(lang, key[standingKind(s)], params);
}
