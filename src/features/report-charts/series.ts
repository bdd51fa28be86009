import type { Lists, Prefecture, Province, School, SchoolFigures } from '@/data/domain';
import { percentOf } from '@/data/derive/rank';

/** One bar: a label and a value that may be not reported (null), never silently 0. */
export interface Bar {
  key: string;
  labelZh: string;
  labelEn: string;
  value: number | null;
  /** Share of the base, in percent, when the chart has one. */
  share?: number | null;
  /** A group of the smallest schools shown as one bar to keep long lists readable. */
  grouped?: number;
  /** Figure key for data-note marks. */
  noteKey?: string;
}

/**
 * Per-school values of one metric for the schools in view, largest first; past `limit` the rest
 * are summed into one bar ("其余 N 所"). Not-reported schools sort last and are never summed as 0.
 */
export function perSchoolBars(
  inView: readonly School[],
  figures: SchoolFigures,
  metricId: string,
  limit = Infinity,
): Bar[] {
  const metric = figures.byId.get(metricId);
  if (!metric) return [];
  const provinceTotal = Object.values(metric.values).reduce<number>((s, v) => s + (v ?? 0), 0);
  const bars: Bar[] = inView.map((s) => {
    const value = metric.values[s.id] ?? null;
    return {
      key: s.id,
      labelZh: s.nameZh,
      labelEn: s.shortEn,
      value,
      share: value === null ? null : percentOf(value, provinceTotal),
      noteKey: `school-metric:${metricId}/${s.id}`,
    };
  });
  bars.sort((a, b) => (b.value ?? -1) - (a.value ?? -1) || a.key.localeCompare(b.key));
  if (bars.length <= limit) return bars;
  const shown = bars.slice(0, limit - 1);
  const rest = bars.slice(limit - 1);
  const reported = rest.filter((b) => b.value !== null);
  const sum = reported.reduce((s, b) => s + (b.value ?? 0), 0);
  return [
    ...shown,
    {
      key: '__rest',
      labelZh: `其余 ${rest.length} 所`,
      labelEn: `Other ${rest.length} schools`,
      value: reported.length > 0 ? sum : null,
      share: reported.length > 0 ? percentOf(sum, provinceTotal) : null,
      grouped: rest.length,
    },
  ];
}

function countBy<T>(items: readonly T[], key: (t: T) => string, labels: (k: string) => [string, string]): Bar[] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([k, v]) => {
      const [labelZh, labelEn] = labels(k);
      return { key: k, labelZh, labelEn, value: v, share: percentOf(v, items.length) };
    });
}

/** 图1: schools by tier, ownership and type, over the schools in view. */
export function compositionBars(inView: readonly School[]) {
  return {
    tier: countBy(
      inView,
      (s) => s.tier,
      (k) => (k === 'undergraduate' ? ['本科层次', 'Undergraduate level'] : ['专科层次', 'Junior-college level']),
    ),
    ownership: countBy(
      inView,
      (s) => s.ownership,
      (k) => (k === 'public' ? ['公办', 'Public'] : ['民办', 'Private']),
    ),
    type: countBy(
      inView,
      (s) => s.typeId,
      (k) => {
        const s = inView.find((x) => x.typeId === k);
        return [s?.typeZh ?? k, s?.typeEn ?? k];
      },
    ),
  };
}

/** 图2: schools by prefecture, every prefecture listed (those without a school at 0 schools). */
export function prefectureBars(inView: readonly School[], prefectures: readonly Prefecture[]): Bar[] {
  return prefectures
    .map((p) => {
      const n = inView.filter((s) => s.prefectureId === p.id).length;
      return { key: p.id, labelZh: p.shortZh, labelEn: p.shortEn, value: n, share: percentOf(n, inView.length) };
    })
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0) || a.key.localeCompare(b.key));
}

function figureBars(province: Province, ids: readonly string[], base?: number): Bar[] {
  return ids.flatMap((id) => {
    const f = province.figureById.get(id);
    return f
      ? [
          {
            key: id,
            labelZh: f.labelZh,
            labelEn: f.labelEn,
            value: f.value,
            share: base ? percentOf(f.value, base) : null,
            noteKey: `figure:${id}`,
          },
        ]
      : [];
  });
}

/** §1.2.2: where the 2023 students came from, in percent as printed. */
export function admissionSourceBars(province: Province): Bar[] {
  return figureBars(province, [
    'intake-general-high-school-share',
    'intake-secondary-vocational-share',
    'intake-social-recruitment-share',
    'intake-other-share',
  ]);
}

/**
 * 图3: what the 94,358 graduates of 2023 went on to. The report breaks down only part of the 86,222
 * placed; the remainder is shown as its own bar, labelled as not broken down, and so is "not yet
 * placed" (graduates − placed).
 */
export function destinationBars(province: Province): Bar[] {
  const v = (id: string) => province.figureById.get(id)?.value ?? 0;
  const graduates = v('graduates-2023');
  const placed = v('graduates-destination-secured');
  const parts = figureBars(
    province,
    ['graduates-further-study', 'graduates-primary-sector', 'graduates-secondary-sector', 'graduates-tertiary-sector'],
    graduates,
  );
  const listed = parts.reduce((s, b) => s + (b.value ?? 0), 0);
  return [
    ...parts,
    {
      key: 'placed-other',
      labelZh: '已落实，报告未细分',
      labelEn: 'Placed, not broken down',
      value: placed - listed,
      share: percentOf(placed - listed, graduates),
    },
    {
      key: 'not-placed',
      labelZh: '尚未落实去向',
      labelEn: 'Not yet placed',
      value: graduates - placed,
      share: percentOf(graduates - placed, graduates),
    },
  ];
}

/** 表7: training attendances by group. */
export function trainingBars(province: Province): Bar[] {
  const total = province.training.totalPersons;
  return province.training.groups.map((g) => ({
    key: g.id,
    labelZh: g.labelZh,
    labelEn: g.labelEn,
    value: g.persons,
    share: percentOf(g.persons, total),
  }));
}

/** §2.5.1 and §2.5.2: prizes won, provincial and national contests. */
export function competitionBars(province: Province): Bar[] {
  return figureBars(province, [
    'provincial-student-first-prizes',
    'provincial-student-second-prizes',
    'provincial-student-third-prizes',
    'provincial-teacher-first-prizes',
    'provincial-teacher-second-prizes',
    'provincial-teacher-third-prizes',
    'national-all-first-prize-groups',
    'national-all-second-prize-groups',
    'national-all-third-prize-groups',
  ]);
}

/** 表8–表11: recognitions by prefecture (rows whose group is a school count under its own name). */
export function recognitionBars(lists: Lists, prefectures: readonly Prefecture[], listId: string): Bar[] {
  const rows = lists.byId.get(listId)?.rows ?? [];
  return prefectures
    .map((p): Bar & { value: number } => ({
      key: p.id,
      labelZh: p.shortZh,
      labelEn: p.shortEn,
      value: rows.filter((r) => r.prefectureId === p.id).length,
    }))
    .filter((b) => b.value > 0)
    .concat(
      rows.some((r) => !r.prefectureId)
        ? [{ key: 'schools', labelZh: '高校', labelEn: 'Schools', value: rows.filter((r) => !r.prefectureId).length }]
        : [],
    )
    .sort((a, b) => b.value - a.value);
}
