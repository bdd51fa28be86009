/**
 * The values a shareable URL may hold. Prefectures and school types are fixed by geography and by
 * the report's classification (a unit test checks them against the datasets); school ids are
 * checked against schools.json once it has loaded.
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

export const BENCHMARKS = ['province', 'peers'] as const;
