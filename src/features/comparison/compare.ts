import type { School } from '@/data/domain';
import type { Measure } from '@/data/derive/measures';
import { peerGroup } from '@/data/derive/peers';
import { median } from '@/data/derive/rank';
import { standingAmong, standings, type Standing } from '@/data/derive/standing';
import { BENCHMARKS, type Benchmark } from '@/state/vocabulary';

/** One compared school's figure, set against the province (all schools) and its own peers. */
export interface ComparedValue {
  schoolId: string;
  /** null = not reported: then no standing, no share, no difference. */
  value: number | null;
  province: Standing | null;
  /** Among the school's own peers; null too where it has no peer but itself, or none of them reports. */
  peers: Standing | null;
  /** Whether the school has peers besides itself (then a null `peers` means none of them reports). */
  hasPeers: boolean;
  /** In percent of the province's total (all schools, not the compared ones); null for ratios. */
  share: number | null;
}

/** A benchmark column: the median of a group of schools, not reported ones left out. */
export interface BenchmarkColumn {
  kind: Benchmark;
  /** The schools whose median it is: the whole province, or the first school's peers (itself included). */
  group: School[];
  /** Whose peers (the first compared school); absent for the province and before a school is chosen. */
  of?: School;
  /** False where the group has no school but the first one itself: a median of one says nothing. */
  usable: boolean;
}

export interface BenchmarkValue {
  kind: Benchmark;
  value: number | null;
  /** How many schools of the group report the figure: the median's base. */
  reported: number;
}

export interface Difference {
  schoolId: string;
  /** This school minus the first; null where either is not reported. */
  absolute: number | null;
  /** In percent of the first school's value; null where that is 0 or not reported. */
  relative: number | null;
}

/**
 * What the 比较 column says: with several schools, the highest (or those sharing the top); with one
 * school, where it stands against each benchmark. Nothing is compared where a value is missing.
 */
export type Verdict =
  | { kind: 'highest'; schoolIds: string[] }
  | { kind: 'against'; relations: { benchmark: Benchmark; relation: 'above' | 'below' | 'equal' }[] }
  | { kind: 'not-comparable' }
  | { kind: 'none' };

export interface ComparedRow {
  measure: Measure;
  values: ComparedValue[];
  benchmarks: BenchmarkValue[];
  /** One per school after the first, in order. */
  differences: Difference[];
  /** Sum over every school of the province that reports it; null for ratios. */
  total: number | null;
  /** How many schools of the province report the figure. */
  reported: number;
  /** The province median, asked for or not: the gap chart's reference. */
  provinceMedian: number | null;
  verdict: Verdict;
}

export interface Comparison {
  schools: School[];
  benchmarks: BenchmarkColumn[];
  rows: ComparedRow[];
  /** Every school of the province: the base of standings, shares and the province median. */
  provinceCount: number;
}

/**
 * The benchmark columns of these kinds, province first: the province median, and the median of the
 * first school's peers (none to take until a school is chosen, nothing to say of a school alone in
 * its tier and type).
 */
export function benchmarkColumns(
  kinds: readonly Benchmark[],
  first: School | undefined,
  all: readonly School[],
): BenchmarkColumn[] {
  return BENCHMARKS.filter((b) => kinds.includes(b)).map((kind): BenchmarkColumn => {
    if (kind === 'province') return { kind, group: [...all], usable: all.length > 0 };
    if (!first) return { kind, group: [], usable: false };
    const group = peerGroup(first, all);
    return { kind, group, of: first, usable: group.length > 1 };
  });
}

function verdictOf(values: ComparedValue[], benchmarks: BenchmarkValue[]): Verdict {
  if (values.some((v) => v.value === null)) return { kind: 'not-comparable' };
  const reported = values.map((v) => v.value as number);
  if (values.length > 1) {
    const top = Math.max(...reported);
    return { kind: 'highest', schoolIds: values.filter((v) => v.value === top).map((v) => v.schoolId) };
  }
  const own = reported[0] as number;
  const relations = benchmarks.flatMap((b) =>
    b.value === null
      ? []
      : [
          {
            benchmark: b.kind,
            relation: own > b.value ? ('above' as const) : own < b.value ? ('below' as const) : ('equal' as const),
          },
        ],
  );
  return relations.length > 0 ? { kind: 'against', relations } : { kind: 'none' };
}

function rowOf(
  measure: Measure,
  chosen: readonly School[],
  all: readonly School[],
  columns: readonly BenchmarkColumn[],
): ComparedRow {
  const valueOf = (s: School) => measure.values[s.id] ?? null;
  const province = new Map(all.map((s) => [s.id, valueOf(s)]));
  const provinceStandings = standings(province);
  const reportedValues = [...province.values()].filter((v): v is number => v !== null);
  const total = measure.percent ? null : reportedValues.reduce((a, b) => a + b, 0);
  const values = chosen.map((school): ComparedValue => {
    const peers = peerGroup(school, all);
    const value = valueOf(school);
    return {
      schoolId: school.id,
      value,
      province: provinceStandings.get(school.id) ?? null,
      peers: standingAmong(new Map(peers.map((p) => [p.id, valueOf(p)])), school.id),
      hasPeers: peers.length > 1,
      share: value === null || total === null || total === 0 ? null : (value / total) * 100,
    };
  });
  const benchmarks = columns.map((column): BenchmarkValue => {
    const groupValues = column.group.map(valueOf);
    return {
      kind: column.kind,
      value: column.usable ? median(groupValues) : null,
      reported: groupValues.filter((v) => v !== null).length,
    };
  });
  const [first, ...rest] = values;
  const differences = rest.map((v): Difference => {
    const base = first?.value ?? null;
    const comparable = base !== null && v.value !== null;
    return {
      schoolId: v.schoolId,
      absolute: comparable ? (v.value as number) - base : null,
      relative: comparable && base !== 0 ? (((v.value as number) - base) / base) * 100 : null,
    };
  });
  return {
    measure,
    values,
    benchmarks,
    differences,
    total,
    reported: reportedValues.length,
    provinceMedian: median(reportedValues),
    verdict: verdictOf(values, benchmarks),
  };
}

/**
 * The compared schools (in the order chosen; unknown ids left out) figure by figure, with the
 * benchmark columns asked for (province first, then peers): standings among all schools and among
 * each school's peers, ties shared; shares of the province; differences from the first school.
 * Always over every school of the province, whatever the filters: the comparison describes schools.
 */
export function compareSchools(
  ids: readonly string[],
  all: readonly School[],
  measures: readonly Measure[],
  asked: readonly Benchmark[] = [],
): Comparison {
  const byId = new Map(all.map((s) => [s.id, s]));
  const schools = ids.map((id) => byId.get(id)).filter((s): s is School => s !== undefined);
  const benchmarks = benchmarkColumns(asked, schools[0], all);
  return {
    schools,
    benchmarks,
    rows: measures.map((m) => rowOf(m, schools, all, benchmarks)),
    provinceCount: all.length,
  };
}

/**
 * Whether there is something to compare: two schools or more, or one school beside a benchmark it
 * can be set against (a school with no peer has no peer median). Nothing else is drawn or exported.
 */
export function isComparison(comparison: Comparison): boolean {
  const { schools, benchmarks } = comparison;
  return schools.length >= 2 || (schools.length === 1 && benchmarks.some((b) => b.usable));
}
