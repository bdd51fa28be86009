import { standingKind, type Standing } from '@/data/derive/standing';
import { formatNumber, formatPercent, type Lang } from '@/lib/format';
import { translateIn, type MessageKey, type Params } from '@/lib/i18n';
import type { MapData, MapMetric, MapRow } from './map-metrics';
import { mapMessages, type MapMessage } from './messages';

/** The map's messages (and the shared ones) in a language, for the pure functions of this folder. */
export function mapText(lang: Lang, key: MapMessage | MessageKey, params?: Params): string {
  return translateIn(mapMessages, lang, key, params);
}

/** The metric's unit, singular in English for a count of one ("1 school"). */
export function unitOf(metric: MapMetric, lang: Lang, count?: number): string {
  if (lang === 'zh') return metric.unit;
  return count === 1 ? metric.unitEnOne : metric.unitEn;
}

/** "12,997 人", "1 school", or not reported. */
export function valueText(value: number | null, metric: MapMetric, lang: Lang): string {
  if (value === null) return mapText(lang, 'notReported');
  return mapText(lang, 'value', { value: formatNumber(value, lang), unit: unitOf(metric, lang, value) });
}

/**
 * A prefecture's standing in words, ties said as ties and the scope said when filters narrow the
 * schools. None when fewer than two prefectures have a value: "1st of 1" tells the reader nothing.
 */
export function standingLine(standing: Standing | null, filtered: boolean, lang: Lang): string | null {
  if (!standing || standing.of < 2) return null;
  const key = { place: 'standingPlace', tied: 'standingTied', 'most-share': 'standingMostShare' } as const;
  return mapText(lang, key[standingKind(standing)], {
    rank: standing.rank,
    of: standing.of,
    tied: standing.tiedWith,
    value: formatNumber(standing.value, lang),
    scope: filtered ? mapText(lang, 'standingScopeView') : '',
  });
}

/** The share of the province, with its base: "占全省 4.4%（全省合计 294,013 人）". */
export function shareLine(row: MapRow, data: MapData, lang: Lang): string | null {
  if (row.share === null) return null;
  return mapText(lang, data.metric.kind === 'list' ? 'shareOfList' : 'shareOfProvince', {
    share: formatPercent(row.share, lang, 1),
    total: valueText(data.provinceTotal, data.metric, lang),
  });
}

/** The share of the schools in view, only when filters narrow them (else it is the province's). */
export function shareOfViewLine(row: MapRow, data: MapData, lang: Lang): string | null {
  if (row.shareOfView === null || data.viewTotal === null) return null;
  return mapText(lang, 'shareOfView', {
    share: formatPercent(row.shareOfView, lang, 1),
    total: valueText(data.viewTotal, data.metric, lang),
  });
}

/** What a prefecture shows instead of a value when it has no school (in view). */
export function noSchoolText(data: MapData, lang: Lang): string {
  return mapText(lang, data.filtered ? 'noSchoolFiltered' : 'noSchool');
}
