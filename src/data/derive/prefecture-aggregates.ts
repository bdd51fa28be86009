import type { Prefecture, School, SchoolMetric } from '@/data/domain';
import { percentOf, rankDescending } from './rank';

export interface PrefectureAggregate {
  prefecture: Prefecture;
  schoolIds: string[];
  /** Sum over the prefecture's schools that report the metric; null when none of them does. */
  value: number | null;
  /** How many of its schools have no value for the metric. */
  notReported: number;
  /** Share of the province total over the same schools, in percent. */
  share: number | null;
  rank: number | null;
}

/**
 * Per-prefecture totals of a metric over the given (already filtered) schools. The metric 'schools'
 * counts schools. Every prefecture appears, including those with no school.
 */
export function aggregateByPrefecture(
  prefectures: readonly Prefecture[],
  schools: readonly School[],
  metric: SchoolMetric | 'schools',
): PrefectureAggregate[] {
  const rows = prefectures.map((prefecture) => {
    const own = schools.filter((s) => s.prefectureId === prefecture.id);
    const values = own.map((s) => (metric === 'schools' ? 1 : (metric.values[s.id] ?? null)));
    const reported = values.filter((v): v is number => v !== null);
    return {
      prefecture,
      schoolIds: own.map((s) => s.id),
      value: reported.length > 0 ? reported.reduce((a, b) => a + b, 0) : null,
      notReported: values.length - reported.length,
    };
  });
  const total = rows.reduce((sum, r) => sum + (r.value ?? 0), 0);
  const ranks = rankDescending(new Map(rows.map((r) => [r.prefecture.id, r.schoolIds.length > 0 ? r.value : null])));
  return rows.map((r) => ({
    ...r,
    share: r.value === null ? null : percentOf(r.value, total),
    rank: ranks.get(r.prefecture.id) ?? null,
  }));
}
