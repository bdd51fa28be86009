import type { Lists, Prefecture, School, SchoolFigures } from '@/data/domain';
import { aggregateByPrefecture } from '@/data/derive/prefecture-aggregates';
import { percentOf } from '@/data/derive/rank';
import { standings, type Standing } from '@/data/derive/standing';
import { englishUnit } from '@/lib/format';
import { isOneOf, METRIC_IDS, type MetricId } from '@/state/vocabulary';
import { classify, type ClassBreak } from './classify';

/** What the map can be coloured by. School metrics follow the filters; report lists do not. */
export interface MapMetric {
  id: MetricId;
  labelZh: string;
  labelEn: string;
  unit: string;
  unitEn: string;
  /** The English unit for a count of one ("1 school", not "1 schools"). */
  unitEnOne: string;
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
    unitEnOne: 'person',
    source: '表8',
    kind: 'list',
  },
  {
    id: 'lifelong-brands-province',
    labelZh: '“终身学习品牌项目”推介数',
    labelEn: 'Provincial lifelong-learning brands',
    unit: '个',
    unitEn: 'projects',
    unitEnOne: 'project',
    source: '表9',
    kind: 'list',
  },
  {
    id: 'learning-stars-national',
    labelZh: '入围国家“百姓学习之星”人数',
    labelEn: 'National learning stars',
    unit: '人',
    unitEn: 'people',
    unitEnOne: 'person',
    source: '表10',
    kind: 'list',
  },
  {
    id: 'lifelong-brands-national',
    labelZh: '入围国家“终身学习品牌项目”数',
    labelEn: 'National lifelong-learning brands',
    unit: '个',
    unitEn: 'projects',
    unitEnOne: 'project',
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
      unitEnOne: 'school',
      source: '表1',
      kind: 'schools',
    },
    ...figures.metrics.flatMap((m) =>
      // A figure the URL vocabulary does not know cannot be chosen, so it is not offered.
      isOneOf(METRIC_IDS, m.id)
        ? [
            {
              id: m.id,
              labelZh: m.labelZh,
              labelEn: m.labelEn,
              unit: m.unit,
              unitEn: m.unitEn,
              unitEnOne: englishUnit(m.unitEn, 1),
              source: m.source,
              kind: 'school-metric' as const,
            },
          ]
        : [],
    ),
    ...LIST_METRICS,
  ];
}

export interface MapRow {
  prefecture: Prefecture;
  /** Schools of the prefecture the filters leave. */
  schoolIds: string[];
  value: number | null;
  /** Percent of the province (every school, or the whole report list): never of the filtered schools. */
  share: number | null;
  /** Percent of the schools in view; null for report lists and when nothing is filtered. */
  shareOfView: number | null;
  /** Among the prefectures with a value; ties shared. */
  standing: Standing | null;
  /** No school in view here: drawn apart, never as a low value. */
  noSchool: boolean;
}

export interface MapData {
  metric: MapMetric;
  rows: MapRow[];
  breaks: ClassBreak[];
  /** The base of `share`: the province's total (all 29 schools, or the whole list). */
  provinceTotal: number;
  /** The base of `shareOfView`; null when it would equal the province's. */
  viewTotal: number | null;
  /** Whether the values are over fewer schools than the province's (filters on a school metric). */
  filtered: boolean;
}

function listRows(prefectures: readonly Prefecture[], lists: Lists | undefined, listId: string) {
  const entries = lists?.byId.get(listId)?.rows;
  if (!entries) {
    const rows = prefectures.map((p) => ({ prefecture: p, value: null, share: null, standing: null }));
    return { rows, total: 0 };
  }
  const counts = new Map(prefectures.map((p) => [p.id, entries.filter((r) => r.prefectureId === p.id).length]));
  const ranked = standings(counts);
  const rows = prefectures.map((p) => {
    const value = counts.get(p.id) ?? 0;
    return { prefecture: p, value, share: percentOf(value, entries.length), standing: ranked.get(p.id) ?? null };
  });
  return { rows, total: entries.length };
}

/**
 * Per-prefecture values, shares, standings and colour classes for the chosen metric. School
 * metrics sum the schools in view; their shares are of the whole province, with the share of the
 * schools in view beside it when a filter narrows them. Report lists count every entry.
 */
export function deriveMapData(
  metric: MapMetric,
  prefectures: readonly Prefecture[],
  schools: { inView: readonly School[]; province: readonly School[] },
  figures: SchoolFigures,
  lists: Lists | undefined,
): MapData {
  let rows: MapRow[];
  let provinceTotal: number;
  let viewTotal: number | null = null;
  const filtered = metric.kind !== 'list' && schools.inView.length < schools.province.length;
  if (metric.kind === 'list') {
    const list = listRows(prefectures, lists, metric.id);
    rows = list.rows.map((r) => ({ ...r, schoolIds: [], shareOfView: null, noSchool: false }));
    provinceTotal = list.total;
  } else {
    const source = metric.kind === 'schools' ? 'schools' : figures.byId.get(metric.id);
    if (!source) throw new Error(`unknown metric ${metric.id}`);
    const aggregates = aggregateByPrefecture(prefectures, source, schools);
    provinceTotal = aggregates.provinceTotal;
    if (filtered) viewTotal = aggregates.viewTotal;
    rows = aggregates.rows.map((a) => ({
      prefecture: a.prefecture,
      schoolIds: a.schoolIds,
      value: a.value,
      share: a.share,
      shareOfView: filtered ? a.shareOfView : null,
      standing: a.standing,
      noSchool: a.schoolIds.length === 0,
    }));
  }
  const values = rows.flatMap((r) => (r.value === null || r.noSchool ? [] : [r.value]));
  return { metric, rows, breaks: classify(values), provinceTotal, viewTotal, filtered };
}
