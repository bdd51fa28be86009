import type { Prefecture, School, SchoolMetric } from '@/data/domain';
import { percentOf } from './rank';
import { standings, type Standing } from './standing';

export interface PrefectureAggregate {
  prefecture: Prefecture;
  /** The prefecture's schools among those in view. */
  schoolIds: string[];
  /** Sum over those schools that report the metric; null when none of them does (or none is in view). */
  value: number | null;
  /** How many of those schools have no value for the metric. */
  notReported: number;
  /** Percent of the province's total: the metric summed over every school of the province, filters or not. */
  share: number | null;
  /** Percent of the total over the schools in view (equal to `share` when nothing is filtered). */
  shareOfView: number | null;
  /** Where the value stands among the prefectures with a value over the schools in view; ties shared. */
  standing: Standing | null;
}

export interface PrefectureAggregates {
  rows: PrefectureAggregate[];
  /** The metric over every school of the province: the base of `share`. */
  provinceTotal: number;
  /** The metric over the schools in view: the base of `shareOfView`. */
  viewTotal: number;
}

/** The metric summed over some schools, not-reported values left out (never counted as 0). */
function total(schools: readonly School[], metric: SchoolMetric | 'schools'): number {
  if (metric === 'schools') return schools.length;
  return schools.reduce((sum, s) => sum + (metric.values[s.id] ?? 0), 0);
}

/**
 * Per-prefecture totals of a metric over the schools in view (the filters applied), with shares of
 * the whole province — a filter narrows what is summed, never the base a share is of, so 酒泉市's
 * 12,997 students stay 4.4% of the province's 294,013 under `?prefecture=jiuquan` — and, apart,
 * shares of the schools in view. The metric 'schools' counts schools. Every prefecture appears,
 * including those with no school in view.
 */
export function aggregateByPrefecture(
  prefectures: readonly Prefecture[],
  metric: SchoolMetric | 'schools',
  schools: { inView: readonly School[]; province: readonly School[] },
): PrefectureAggregates {
  const provinceTotal = total(schools.province, metric);
  const viewTotal = total(schools.inView, metric);
  const sums = prefectures.map((prefecture) => {
    const own = schools.inView.filter((s) => s.prefectureId === prefecture.id);
    const values = own.map((s) => (metric === 'schools' ? 1 : (metric.values[s.id] ?? null)));
    const reported = values.filter((v): v is number => v !== null);
    return {
      prefecture,
      schoolIds: own.map((s) => s.id),
      value: reported.length > 0 ? reported.reduce((a, b) => a + b, 0) : null,
      notReported: values.length - reported.length,
    };
  });
  const ranked = standings(new Map(sums.map((r) => [r.prefecture.id, r.value])));
  return {
    provinceTotal,
    viewTotal,
    rows: sums.map((r) => ({
      ...r,
      share: r.value === null ? null : percentOf(r.value, provinceTotal),
      shareOfView: r.value === null ? null : percentOf(r.value, viewTotal),
      standing: ranked.get(r.prefecture.id) ?? null,
    })),
  };
}
