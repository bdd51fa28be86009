import type { Lang } from '@/lib/format';
import type { Benchmark, ChartTab, MetricId, Ownership, PrefectureId, SchoolTypeId, Tier } from './vocabulary';

export type { Benchmark, MetricId, Ownership, PrefectureId, SchoolTypeId, Tier };

/** What the user asked for; everything a view shows is derived from this and the data. */
export interface Intent {
  prefecture: PrefectureId | null;
  tier: Tier | null;
  ownership: Ownership | null;
  schoolType: SchoolTypeId | null;
  /** The school whose profile is open. */
  school: string | null;
  compared: string[];
  benchmarks: Benchmark[];
  metric: MetricId;
  /** The open tab of the report charts. */
  tab: ChartTab;
  /** Views shown as their table instead of their chart (view ids). */
  tables: string[];
  /** Views showing every row instead of the top ones (view ids). */
  expanded: string[];
  /** The data note opened from a mark or a link. */
  note: string | null;
  lang: Lang;
}

export const MAX_COMPARED = 4;

export const defaultIntent: Intent = {
  prefecture: null,
  tier: null,
  ownership: null,
  schoolType: null,
  school: null,
  compared: [],
  benchmarks: [],
  metric: 'students',
  tab: 'schools',
  tables: [],
  expanded: [],
  note: null,
  lang: 'zh',
};
