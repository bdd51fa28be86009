import type { School, SchoolMetric } from '@/data/domain';
import { percentOf } from '@/data/derive/rank';

/** One bar: a label and a value that may be not reported (null), never silently 0. */
export interface Bar {
  key: string;
  labelZh: string;
  labelEn: string;
  value: number | null;
  /** Share of the base, in percent, when the chart has one. */
  share?: number | null;
  /** Figure key for data-note marks. */
  noteKey?: string;
}

/** The sum of a metric over every school the table reports: the province's total, whatever the filters. */
export function provinceTotal(metric: SchoolMetric): number {
  return Object.values(metric.values).reduce<number>((s, v) => s + (v ?? 0), 0);
}

/**
 * Per-school values of one metric for the schools in view, largest first, each with its share of
 * the province (all schools, not only those in view). Not-reported schools sort last, never as 0.
 */
export function perSchoolBars(inView: readonly School[], metric: SchoolMetric): Bar[] {
  const total = provinceTotal(metric);
  const bars: Bar[] = inView.map((s) => {
    const value = metric.values[s.id] ?? null;
    return {
      key: s.id,
      labelZh: s.nameZh,
      labelEn: s.shortEn,
      value,
      share: value === null ? null : percentOf(value, total),
      noteKey: `school-metric:${metric.id}/${s.id}`,
    };
  });
  return bars.sort((a, b) => (b.value ?? -1) - (a.value ?? -1) || a.key.localeCompare(b.key));
}

/** The first `limit` bars, and what is left: how many, and the sum of those reported (null if none is). */
export function topBars(
  bars: readonly Bar[],
  limit: number,
): { shown: Bar[]; rest: { count: number; sum: number | null } } {
  const shown = bars.slice(0, limit);
  const left = bars.slice(limit);
  const reported = left.flatMap((b) => (b.value === null ? [] : [b.value]));
  return {
    shown,
    rest: { count: left.length, sum: reported.length > 0 ? reported.reduce((s, v) => s + v, 0) : null },
  };
}
