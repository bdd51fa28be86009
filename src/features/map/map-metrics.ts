import type { Lists, Prefecture, School, SchoolFigures } from '@/data/domain';
import { aggregateByPrefecture } from '@/data/derive/prefecture-aggregates';
import { percentOf, rankDescending } from '@/data/derive/rank';
import { classify, type ClassBreak } from './classify';

/** What the map can be coloured by. School metrics follow the filters; report lists do not. */
export interface MapMetric {
  id: string;
  labelZh: string;
  labelEn: string;
  unit: string;
  unitEn: string;
  source: string;
  kind: 'schools' | 'school-metric' | 'list';
}

export const LIST_METRICS: MapMetric[] = [
  {
    id: 'learning-stars-province',
    labelZh: '“百姓学习之星”推介人数',
    labelEn: 'Provincial learning stars',
    unit: '人',
    unitEn: 'people',
    source: '表8',
    kind: 'list',
  },
  {
    id: 'lifelong-brands-province',
    labelZh: '“终身学习品牌项目”推介数',
    labelEn: 'Provincial lifelong-learning brands',
    unit: '个',
    unitEn: 'projects',
    source: '表9',
    kind: 'list',
  },
  {
    id: 'learning-stars-national',
    labelZh: '入围国家“百姓学习之星”人数',
    labelEn: 'National learning stars',
    unit: '人',
    unitEn: 'people',
    source: '表10',
    kind: 'list',
  },
  {
    id: 'lifelong-brands-national',
    labelZh: '入围国家“终身学习品牌项目”数',
    labelEn: 'National lifelong-learning brands',
    unit: '个',
    unitEn: 'projects',
    source: '表11',
    kind: 'list',
  },
];

export function mapMetrics(figures: SchoolFigures): MapMetric[] {
  return [
    {
      id: 'schools',
      labelZh: '高职院校数',
      labelEn: 'Schools',
      unit: '所',
      unitEn: 'schools',
      source: '表1',
      kind: 'schools',
    },
    ...figures.metrics.map((m) => ({
      id: m.id,
      labelZh: m.labelZh,
      labelEn: m.labelEn,
      unit: m.unit,
      unitEn: m.unitEn,
      source: m.source,
      kind: 'school-metric' as const,
    })),
    ...LIST_METRICS,
  ];
}

export interface MapRow {
  prefecture: Prefecture;
  /** Schools of the prefecture the filters leave. */
  schoolIds: string[];
  value: number | null;
  share: number | null;
  rank: number | null;
  /** No school in view here: drawn apart, never as a low value. */
  noSchool: boolean;
}

export interface MapData {
  metric: MapMetric;
  rows: MapRow[];
  breaks: ClassBreak[];
  total: number;
}

function listCounts(prefectures: readonly Prefecture[], lists: Lists, listId: string): MapRow[] {
  const rows = lists.byId.get(listId)?.rows ?? [];
  const counts = prefectures.map((p) => rows.filter((r) => r.prefectureId === p.id).length);
  const total = counts.reduce((a, b) => a + b, 0);
  const ranks = rankDescending(new Map(prefectures.map((p, i) => [p.id, counts[i] ?? 0])));
  return prefectures.map((p, i) => ({
    prefecture: p,
    schoolIds: [],
    value: counts[i] ?? 0,
    share: percentOf(counts[i] ?? 0, total),
    rank: ranks.get(p.id) ?? null,
    noSchool: false,
  }));
}

/** Per-prefecture values, shares, ranks and colour classes for the chosen metric. */
export function deriveMapData(
  metric: MapMetric,
  prefectures: readonly Prefecture[],
  inView: readonly School[],
  figures: SchoolFigures,
  lists: Lists | undefined,
): MapData {
  let rows: MapRow[];
  if (metric.kind === 'list') {
    rows = lists
      ? listCounts(prefectures, lists, metric.id)
      : prefectures.map((p) => ({
          prefecture: p,
          schoolIds: [],
          value: null,
          share: null,
          rank: null,
          noSchool: false,
        }));
  } else {
    const source = metric.kind === 'schools' ? 'schools' : figures.byId.get(metric.id);
    if (!source) throw new Error(`unknown metric ${metric.id}`);
    rows = aggregateByPrefecture(prefectures, inView, source).map((a) => ({
      prefecture: a.prefecture,
      schoolIds: a.schoolIds,
      value: a.schoolIds.length > 0 ? a.value : null,
      share: a.share,
      rank: a.rank,
      noSchool: a.schoolIds.length === 0,
    }));
  }
  const values = rows.flatMap((r) => (r.value === null || r.noSchool ? [] : [r.value]));
  return { metric, rows, breaks: classify(values), total: values.reduce((a, b) => a + b, 0) };
}
