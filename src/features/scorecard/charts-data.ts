import type { Appendix, Province } from '@/data/domain';
import { percentRounded } from './scorecard';

export interface SatisfactionBar {
  id: string;
  labelZh: string;
  labelEn: string;
  /** 0 for a survey, 1 for a 其中 part of it. */
  level: number;
  value: number;
  surveyCount: number | null;
  surveyMethod: string | null;
}

/** 附表2's reported satisfaction rates in printed order, each with its survey count. */
export function satisfactionBars(appendix: Appendix): SatisfactionBar[] {
  const rows = appendix.byId.get('附表2')?.rows ?? [];
  return rows.flatMap((row) =>
    row.value === null
      ? []
      : [
          {
            id: row.id,
            labelZh: row.labelZh,
            labelEn: row.labelEn,
            level: row.level,
            value: row.value,
            surveyCount: row.surveyCount ?? null,
            surveyMethod: row.surveyMethod ?? null,
          },
        ],
  );
}

export const CONDITION_YEARS = [2021, 2022, 2023] as const;
export type ConditionYear = (typeof CONDITION_YEARS)[number];

export interface ConditionBar {
  id: string;
  labelZh: string;
  labelEn: string;
  unit: string;
  unitEn: string;
  threshold: number;
  medians: Record<ConditionYear, number>;
  /** Each year's median as a percentage of the threshold (1 decimal): 100 is exactly 合格. */
  ofThreshold: Record<ConditionYear, number | null>;
}

/**
 * 表3's medians as percentages of their 合格 thresholds, so indicators in different units share one
 * axis with the threshold at 100.
 */
export function conditionBars(province: Pick<Province, 'basicConditions'>): ConditionBar[] {
  return province.basicConditions.rows.map((row) => {
    const medians = { 2021: row.median2021, 2022: row.median2022, 2023: row.median2023 };
    const ofThreshold = {
      2021: percentRounded(row.median2021, row.threshold, 1),
      2022: percentRounded(row.median2022, row.threshold, 1),
      2023: percentRounded(row.median2023, row.threshold, 1),
    };
    return {
      id: row.id,
      labelZh: row.labelZh,
      labelEn: row.labelEn,
      unit: row.unit,
      unitEn: row.unitEn,
      threshold: row.threshold,
      medians,
      ofThreshold,
    };
  });
}

export interface Shortfall {
  id: string;
  labelZh: string;
  labelEn: string;
  year: ConditionYear;
  median: number;
  threshold: number;
}

/** Every year an indicator's median fell below its threshold. */
export function shortfalls(bars: readonly ConditionBar[]): Shortfall[] {
  return bars.flatMap((bar) =>
    CONDITION_YEARS.filter((year) => bar.medians[year] < bar.threshold).map((year) => ({
      id: bar.id,
      labelZh: bar.labelZh,
      labelEn: bar.labelEn,
      year,
      median: bar.medians[year],
      threshold: bar.threshold,
    })),
  );
}

/** A percentage axis from 0 that always has a tick at 100 (the threshold) and room for the longest bar. */
export function percentAxis(values: readonly (number | null)[]): { max: number; ticks: number[] } {
  const longest = Math.max(100, ...values.filter((v): v is number => v !== null));
  const step = longest > 200 ? 100 : 50;
  const max = Math.ceil(longest / step) * step;
  return { max, ticks: Array.from({ length: max / step + 1 }, (_, i) => i * step) };
}
