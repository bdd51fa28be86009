import type { Lang } from '@/lib/format';
import type { ChartTab } from './vocabulary';

export type Tier = 'undergraduate' | 'junior-college';
export type Ownership = 'public' | 'private';
/** Columns the comparison can add beside schools: the province median, the first school's peers' median. */
export type Benchmark = 'province' | 'peers';

/** What the user asked for; everything a view shows is derived from this and the data. */
export interface Intent {
  prefecture: string | null;
  tier: Tier | null;
  ownership: Ownership | null;
  schoolType: string | null;
  /** The school whose profile is open. */
  school: string | null;
  compared: string[];
  benchmarks: Benchmark[];
  metric: string;
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
