import type { Lists, Prefecture, Province, School } from '@/data/domain';
import { percentOf } from '@/data/derive/rank';
import { bothLanguages } from './province-text';
import type { Bar } from './school-series';

export type { Bar };

function countBy<T>(
  items: readonly T[],
  key: (t: T) => string,
  labels: (k: string) => { labelZh: string; labelEn: string },
  base: number,
): Bar[] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([k, v]) => ({ key: k, ...labels(k), value: v, share: percentOf(v, base) }));
}

/** 图1: the schools in view by tier, ownership and type; shares of the schools in view. */
export function compositionBars(inView: readonly School[]) {
  const n = inView.length;
  return {
    tier: countBy(
      inView,
      (s) => s.tier,
      (k) => bothLanguages(k === 'undergraduate' ? 'tierUndergraduate' : 'tierJuniorCollege'),
      n,
    ),
    ownership: countBy(
      inView,
      (s) => s.ownership,
      (k) => bothLanguages(k === 'public' ? 'ownershipPublic' : 'ownershipPrivate'),
      n,
    ),
    type: countBy(
      inView,
      (s) => s.typeId,
      (k) => {
        const s = inView.find((x) => x.typeId === k);
        return { labelZh: s?.typeZh ?? k, labelEn: s?.typeEn ?? k };
      },
      n,
    ),
  };
}

/** 图2: the schools in view by prefecture, every prefecture listed (one without a school at 0). */
export function prefectureBars(inView: readonly School[], prefectures: readonly Prefecture[]): Bar[] {
  return prefectures
    .map((p) => {
      const n = inView.filter((s) => s.prefectureId === p.id).length;
      return { key: p.id, labelZh: p.shortZh, labelEn: p.shortEn, value: n, share: percentOf(n, inView.length) };
    })
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0) || a.key.localeCompare(b.key));
}

/** Figures of province.json as bars, in the order given, with shares of `base` when there is one. */
export function figureBars(province: Province, ids: readonly string[], base?: number): Bar[] {
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

export const ADMISSION_SOURCE_IDS = [
  'intake-general-high-school-share',
  'intake-secondary-vocational-share',
  'intake-social-recruitment-share',
  'intake-other-share',
] as const;

/** §1.2.2: where the 2023 students came from, in percent as printed. */
export function admissionSourceBars(province: Province): Bar[] {
  return figureBars(province, ADMISSION_SOURCE_IDS);
}

/** The graduates of 2023, the base of every share of 图3; null when the data lacks it. */
export function graduatesOf2023(province: Province): number | null {
  return province.figureById.get('graduates-2023')?.value ?? null;
}

/**
 * 图3: what the graduates of 2023 went on to. The report breaks down only part of those placed;
 * the remainder is a bar of its own, labelled as not broken down, and so is "not yet placed"
 * (graduates − placed): every graduate is in exactly one bar.
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
      ...bothLanguages('placedOther'),
      value: placed - listed,
      share: percentOf(placed - listed, graduates),
      noteKey: 'figure:graduates-destination-secured',
    },
    {
      key: 'not-placed',
      ...bothLanguages('notPlaced'),
      value: graduates - placed,
      share: percentOf(graduates - placed, graduates),
    },
  ];
}

/** 表7: training attendances by group, with shares of the table's total. */
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

/** 表8–表11: entries by prefecture; rows that name a school and no prefecture count under 高校. */
export function recognitionBars(lists: Lists, prefectures: readonly Prefecture[], listId: string): Bar[] {
  const rows = lists.byId.get(listId)?.rows ?? [];
  const total = rows.length;
  const byPrefecture = prefectures
    .map((p) => ({ p, n: rows.filter((r) => r.prefectureId === p.id).length }))
    .filter(({ n }) => n > 0)
    .map(({ p, n }) => ({ key: p.id, labelZh: p.shortZh, labelEn: p.shortEn, value: n, share: percentOf(n, total) }));
  const schools = rows.filter((r) => !r.prefectureId).length;
  const all: Bar[] =
    schools > 0
      ? [
          ...byPrefecture,
          { key: 'schools', ...bothLanguages('recognitionsSchools'), value: schools, share: percentOf(schools, total) },
        ]
      : byPrefecture;
  return all.sort((a, b) => (b.value ?? 0) - (a.value ?? 0) || a.key.localeCompare(b.key));
}
