import type { Lang } from './format';

export interface FilterLabels {
  prefecture?: string;
  tier?: string;
  ownership?: string;
  schoolType?: string;
}

/**
 * The subtitle line that states the active filters, e.g. "酒泉市 · 专科层次 · 公办" or
 * "全省 29 所学校" when there is none.
 */
export function describeFilters(labels: FilterLabels, count: number, total: number, lang: Lang): string {
  const parts = [labels.prefecture, labels.tier, labels.ownership, labels.schoolType].filter((p): p is string => !!p);
  if (parts.length === 0) return lang === 'zh' ? `全省 ${total} 所学校` : `All ${total} schools in the province`;
  const scope = parts.join(lang === 'zh' ? ' · ' : ' · ');
  return lang === 'zh' ? `${scope}（${count} 所学校）` : `${scope} (${count} of ${total} schools)`;
}
