import type { Province } from '@/data/domain';
import { formatList, pick } from '@/lib/i18n';
import { formatNumber, type Lang } from '@/lib/format';
import { scoreText } from './text';

type ConditionRow = Province['basicConditions']['rows'][number];

export const CONDITION_YEARS = [2021, 2022, 2023] as const;
export type ConditionYear = (typeof CONDITION_YEARS)[number];

export interface Shortfall {
  id: string;
  labelZh: string;
  labelEn: string;
  year: ConditionYear;
  median: number;
  threshold: number;
  unitZh: string;
  unitEn: string;
}

const medianOf = (row: ConditionRow, year: ConditionYear) =>
  ({ 2021: row.median2021, 2022: row.median2022, 2023: row.median2023 })[year];

/** Every year one of 表3's provincial medians fell below its 合格 threshold, in table order. */
export function shortfalls(rows: readonly ConditionRow[]): Shortfall[] {
  return rows.flatMap((row) =>
    CONDITION_YEARS.filter((year) => medianOf(row, year) < row.threshold).map((year) => ({
      id: row.id,
      labelZh: row.labelZh,
      labelEn: row.labelEn,
      year,
      median: medianOf(row, year),
      threshold: row.threshold,
      unitZh: row.unit,
      unitEn: row.unitEn,
    })),
  );
}

/**
 * The one sentence the scorecard keeps of 表3 (its chart lives in the report charts): which
 * medians fell below their thresholds, or that none did.
 */
export function shortfallsText(found: readonly Shortfall[], lang: Lang): string {
  if (found.length === 0) return scoreText(lang, 'allMeet');
  const items = found.map((s) =>
    scoreText(lang, 'belowItem', {
      label: pick(lang, s, 'label'),
      year: s.year,
      median: formatNumber(s.median, lang),
      threshold: formatNumber(s.threshold, lang),
      unit: pick(lang, s, 'unit'),
    }),
  );
  return scoreText(lang, 'below', { items: formatList(items, lang) });
}
