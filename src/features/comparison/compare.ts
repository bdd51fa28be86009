import type { Lists, ReportCase, School, SchoolFigures } from '@/data/domain';
import { median, percentOf, rankDescending } from '@/data/derive/rank';

/** A measure compared across schools: a metric of school-figures.json or a ratio of two. */
export interface Measure {
  id: string;
  labelZh: string;
  labelEn: string;
  unit: string;
  unitEn: string;
  source: string;
  /** How a derived measure is computed, said next to it. */
  howZh?: string;
  howEn?: string;
  percent?: boolean;
  values: Record<string, number | null>;
}

/** 招生/在校生 and 毕业生/在校生, in percent; not reported where either side is. */
export function measures(figures: SchoolFigures): Measure[] {
  const base = figures.metrics.map((m) => ({
    id: m.id,
    labelZh: m.labelZh,
    labelEn: m.labelEn,
    unit: m.unit,
    unitEn: m.unitEn,
    source: m.source,
    values: m.values,
  }));
  const ratio = (
    id: string,
    num: string,
    den: string,
    labelZh: string,
    labelEn: string,
    howZh: string,
    howEn: string,
  ): Measure[] => {
    const n = figures.byId.get(num)?.values;
    const d = figures.byId.get(den)?.values;
    if (!n || !d) return [];
    const values: Record<string, number | null> = {};
    for (const id2 of Object.keys(d)) {
      const a = n[id2] ?? null;
      const b = d[id2] ?? null;
      values[id2] = a === null || b === null || b === 0 ? null : Math.round((a / b) * 1000) / 10;
    }
    return [{ id, labelZh, labelEn, unit: '%', unitEn: '%', source: '表2', howZh, howEn, percent: true, values }];
  };
  return [
    ...base,
    ...ratio(
      'admission-ratio',
      'admissions',
      'students',
      '招生数与在校生之比',
      'Admissions per enrolled student',
      '招生数（2022级）÷ 在校生人数',
      '2022 admissions ÷ enrolled students',
    ),
    ...ratio(
      'graduate-ratio',
      'graduates',
      'students',
      '毕业生数与在校生之比',
      'Graduates per enrolled student',
      '毕业生数（2023届）÷ 在校生人数',
      '2023 graduates ÷ enrolled students',
    ),
  ];
}

export interface SchoolValue {
  schoolId: string;
  value: number | null;
  /** Rank among all schools that report the measure (1 = highest). */
  rank: number | null;
  rankOf: number;
  /** Rank within the peer group (same tier and same type). */
  peerRank: number | null;
  peerOf: number;
  /** Share of the province total, for counts (not for ratios). */
  share: number | null;
}

export interface ComparedMeasure {
  measure: Measure;
  values: SchoolValue[];
  median: number | null;
  /** Difference of each later school from the first: absolute, and relative to the first, in percent. */
  differences: { schoolId: string; absolute: number | null; relative: number | null }[];
  /** The school with the highest value, or null when tied or not comparable. */
  higher: string | null;
}

/** Schools of the same tier and type as the given one (the school itself included). */
export function peerGroup(school: School, all: readonly School[]): School[] {
  return all.filter((s) => s.tier === school.tier && s.typeId === school.typeId);
}

export function compareSchools(
  ids: readonly string[],
  all: readonly School[],
  list: readonly Measure[],
): ComparedMeasure[] {
  const byId = new Map(all.map((s) => [s.id, s]));
  const chosen = ids.map((id) => byId.get(id)).filter((s): s is School => !!s);
  return list.map((measure) => {
    const allValues = new Map(all.map((s) => [s.id, measure.values[s.id] ?? null]));
    const ranks = rankDescending(allValues);
    const reportedCount = [...allValues.values()].filter((v) => v !== null).length;
    const total = [...allValues.values()].reduce<number>((s, v) => s + (v ?? 0), 0);
    const values = chosen.map((school) => {
      const peers = peerGroup(school, all);
      const peerValues = new Map(peers.map((p) => [p.id, measure.values[p.id] ?? null]));
      const value = measure.values[school.id] ?? null;
      return {
        schoolId: school.id,
        value,
        rank: ranks.get(school.id) ?? null,
        rankOf: reportedCount,
        peerRank: rankDescending(peerValues).get(school.id) ?? null,
        peerOf: [...peerValues.values()].filter((v) => v !== null).length,
        share: value === null || measure.percent ? null : percentOf(value, total),
      };
    });
    const first = values[0];
    const differences = values.slice(1).map((v) => {
      const comparable = first && first.value !== null && v.value !== null;
      return {
        schoolId: v.schoolId,
        absolute: comparable ? (v.value as number) - (first.value as number) : null,
        relative:
          comparable && first.value !== 0
            ? (((v.value as number) - (first.value as number)) / (first.value as number)) * 100
            : null,
      };
    });
    const reported = values.filter((v) => v.value !== null);
    const top = Math.max(...reported.map((v) => v.value as number));
    const atTop = reported.filter((v) => v.value === top);
    return {
      measure,
      values,
      median: median(allValues.values()),
      differences,
      higher:
        reported.length === values.length && values.length > 1 && atTop.length === 1
          ? (atTop[0]?.schoolId ?? null)
          : null,
    };
  });
}

export interface Membership {
  source: string;
  titleZh: string;
  titleEn: string;
  /** For each compared school, the entries that name it (text as printed). */
  entries: Record<string, string[]>;
}

/**
 * Everything the report's lists and cases say about each school, grouped by list, so that what
 * one school has and another lacks stands side by side.
 */
export function memberships(
  ids: readonly string[],
  lists: Lists | undefined,
  cases: readonly ReportCase[] | undefined,
): Membership[] {
  const out: Membership[] = [];
  for (const list of lists?.lists ?? []) {
    if (list.id === 'narrative-recognitions') {
      for (const row of list.rows) {
        const hits = ids.filter((id) => row.schoolIds.includes(id));
        if (hits.length === 0) continue;
        const title = row.cells.recognitionZh ?? '';
        let m = out.find((x) => x.titleZh === title && x.source === (row.source ?? list.source));
        if (!m)
          out.push(
            (m = {
              source: row.source ?? list.source,
              titleZh: title,
              titleEn: row.cells.recognitionEn ?? title,
              entries: {},
            }),
          );
        for (const id of hits) (m.entries[id] ??= []).push(row.cells.detail ?? title);
      }
      continue;
    }
    const entries: Record<string, string[]> = {};
    for (const row of list.rows) {
      const text = [...new Set([row.group, ...Object.values(row.cells)].filter(Boolean))].join(' · ');
      for (const id of ids) if (row.schoolIds.includes(id)) (entries[id] ??= []).push(text);
    }
    if (Object.keys(entries).length > 0)
      out.push({ source: list.source, titleZh: list.titleZh, titleEn: list.titleEn, entries });
  }
  const caseEntries: Record<string, string[]> = {};
  for (const c of cases ?? [])
    for (const id of ids) if (c.schoolIds.includes(id)) (caseEntries[id] ??= []).push(`${c.id} ${c.titleZh}`);
  if (Object.keys(caseEntries).length > 0)
    out.push({ source: '案例01—22', titleZh: '典型案例', titleEn: 'Cases', entries: caseEntries });
  return out;
}
