/**
 * The values a shareable URL may hold, and the types of the intent, from one list each: the URL is
 * parsed against these arrays, the datasets' schemas accept only these values, and the intent's
 * types are unions derived from them. Prefectures and school types are fixed by geography and by
 * the report's classification (unit tests check every list against the datasets); school ids are
 * checked against schools.json once it has loaded. No imports: src/data and src/state both use it.
 */
export const PREFECTURE_IDS = [
  'lanzhou',
  'jiayuguan',
  'jinchang',
  'baiyin',
  'tianshui',
  'wuwei',
  'zhangye',
  'pingliang',
  'jiuquan',
  'qingyang',
  'dingxi',
  'longnan',
  'linxia',
  'gannan',
] as const;
export type PrefectureId = (typeof PREFECTURE_IDS)[number];

export const SCHOOL_TYPE_IDS = [
  'comprehensive',
  'science-engineering',
  'agriculture-forestry',
  'medicine',
  'teacher-education',
  'languages',
  'finance-economics',
  'politics-law',
] as const;
export type SchoolTypeId = (typeof SCHOOL_TYPE_IDS)[number];

/** 办学层次 as 表1 groups the schools: 职业本科 and 高职（专科）. */
export const TIERS = ['undergraduate', 'junior-college'] as const;
export type Tier = (typeof TIERS)[number];

/** 办学属性: 公办 and 民办. */
export const OWNERSHIPS = ['public', 'private'] as const;
export type Ownership = (typeof OWNERSHIPS)[number];

export const LANGS = ['zh', 'en'] as const;

/** Metrics a view can be coloured or sorted by: school counts, school-figures.json ids, and the report's per-prefecture lists (表8–表11). */
export const METRIC_IDS = [
  'students',
  'admissions',
  'graduates',
  'schools',
  'national-libraries-led',
  'national-libraries-joined',
  'national-courses-led',
  'national-courses-joined',
  'provincial-courses-led',
  'provincial-courses-joined',
  'new-majors',
  'learning-stars-province',
  'lifelong-brands-province',
  'learning-stars-national',
  'lifelong-brands-national',
] as const;
export type MetricId = (typeof METRIC_IDS)[number];

/** The tabs of the report charts, in their order on screen. */
export const CHART_TABS = [
  'schools',
  'composition',
  'students',
  'conditions',
  'teachers',
  'resources',
  'contests',
] as const;
export type ChartTab = (typeof CHART_TABS)[number];

/** Columns the comparison can add beside schools: the province median, the first school's peers' median. */
export const BENCHMARKS = ['province', 'peers'] as const;
export type Benchmark = (typeof BENCHMARKS)[number];

/** Whether a value is one of a vocabulary's words, narrowing it to that union. */
export function isOneOf<T extends string>(words: readonly T[], value: string): value is T {
  return (words as readonly string[]).includes(value);
}
