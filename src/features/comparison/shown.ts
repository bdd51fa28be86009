import type { School } from '@/data/domain';
import { formatList, localSource, pick } from '@/lib/i18n';
import { formatPercent, type Lang } from '@/lib/format';
import type { Benchmark } from '@/state/vocabulary';
import type { Comparison, ComparedRow, Verdict } from './compare';
import {
  benchmarkHint,
  benchmarkName,
  compareText,
  differenceTexts,
  measureLabel,
  numberText,
  schoolHover,
  schoolName,
  standingCellText,
  valueText,
} from './texts';

/** One school's figure as shown: the value, then its standings and share, each a line. */
export interface ShownValue {
  schoolId: string;
  value: number | null;
  text: string;
  province: string;
  peers: string;
  /** The share of the province as a bare percentage ("4.4%"); null for ratios and for not reported. */
  share: string | null;
  shareValue: number | null;
  /** The highest of the compared schools (alone or shared). */
  highest: boolean;
  /** "最高" or "并列最高" for the highest, said in words where the table's ▲ is not shown. */
  badge: string | null;
}

export interface ShownBenchmark {
  kind: Benchmark;
  value: number | null;
  text: string;
  /** How many of the group the median is of: "28/29 所报告"; '' where there is no median to take. */
  base: string;
  /** Every school of the group reports the figure: the screen then leaves the base unsaid. */
  complete: boolean;
}

export interface ShownDifference {
  schoolId: string;
  absolute: number | null;
  text: string;
  relative: string | null;
}

export interface ShownRow {
  key: string;
  /** The measure with its unit: "在校生人数（人）". */
  label: string;
  /** How a ratio is computed, or ''. */
  how: string;
  source: string;
  /** The province's total as a number ("294,013"), or '' for ratios. */
  total: string;
  /** The metrics it is made of, for data-note marks. */
  parts: string[];
  values: ShownValue[];
  benchmarks: ShownBenchmark[];
  differences: ShownDifference[];
  /** The 比较 column, one line per statement. */
  verdict: string[];
}

export interface ShownColumn {
  id: string;
  name: string;
  /** The full name and the Chinese one, in English (a title attribute). */
  hover?: string | undefined;
}

/** The comparison in the reader's language: what the table, the phone cards and the exports show. */
export interface ShownComparison {
  schools: ShownColumn[];
  /** `hint` for a column header; `description` says whose peers too. */
  benchmarks: { kind: Benchmark; name: string; hint: string; description: string }[];
  /** Headers of the difference columns, one per school after the first. */
  differences: { schoolId: string; label: string }[];
  rows: ShownRow[];
}

function verdictLines(verdict: Verdict, row: ComparedRow, names: Map<string, string>, lang: Lang): string[] {
  switch (verdict.kind) {
    case 'not-comparable':
      return [compareText(lang, 'notComparable')];
    case 'none':
      return [compareText(lang, 'none')];
    case 'highest': {
      const ids = verdict.schoolIds;
      if (ids.length === row.values.length) return [compareText(lang, 'allEqual')];
      const list = ids.map((id) => names.get(id) ?? id);
      return [
        ids.length === 1
          ? compareText(lang, 'higher', { name: list[0] ?? '' })
          : compareText(lang, 'tiedTop', { names: formatList(list, lang) }),
      ];
    }
    case 'against':
      return verdict.relations.map((r) =>
        compareText(lang, r.relation, { benchmark: benchmarkName(r.benchmark, lang, true) }),
      );
  }
}

function shownRow(row: ComparedRow, comparison: Comparison, names: Map<string, string>, lang: Lang): ShownRow {
  const { measure } = row;
  const highest = row.verdict.kind === 'highest' && row.values.length > 1 ? row.verdict.schoolIds : [];
  const groupSize = new Map(comparison.benchmarks.map((b) => [b.kind, b.group.length]));
  return {
    key: measure.id,
    label: measureLabel(measure, lang),
    how: measure.howZh && measure.howEn ? pick(lang, { howZh: measure.howZh, howEn: measure.howEn }, 'how') : '',
    source: localSource(lang, measure.source),
    total: row.total === null ? '' : numberText(row.total, measure, lang),
    parts: measure.parts,
    values: row.values.map((v) => ({
      schoolId: v.schoolId,
      value: v.value,
      text: valueText(v.value, measure, lang),
      province: standingCellText(v.province, 'province', v.value, measure, lang),
      peers: standingCellText(v.peers, 'peers', v.value, measure, lang, v.hasPeers),
      share: v.share === null ? null : formatPercent(v.share, lang, 1),
      shareValue: v.share,
      highest: highest.length < row.values.length && highest.includes(v.schoolId),
      badge:
        highest.length < row.values.length && highest.includes(v.schoolId)
          ? compareText(lang, highest.length > 1 ? 'tiedTopBadge' : 'topBadge')
          : null,
    })),
    benchmarks: row.benchmarks.map((b) => {
      const of = groupSize.get(b.kind) ?? 0;
      const usable = comparison.benchmarks.find((c) => c.kind === b.kind)?.usable ?? false;
      return {
        kind: b.kind,
        value: b.value,
        text: !usable
          ? compareText(lang, 'noPeers')
          : b.value === null
            ? compareText(lang, 'none')
            : numberText(b.value, measure, lang),
        base: usable ? compareText(lang, 'medianBase', { reported: b.reported, of }) : '',
        complete: b.reported === of,
      };
    }),
    differences: row.differences.map((d) => {
      const texts = differenceTexts(d.absolute, d.relative, measure, lang);
      return { schoolId: d.schoolId, absolute: d.absolute, text: texts.absolute, relative: texts.relative };
    }),
    verdict: verdictLines(row.verdict, row, names, lang),
  };
}

const column = (s: School, lang: Lang): ShownColumn => ({
  id: s.id,
  name: schoolName(s, lang),
  hover: schoolHover(s, lang),
});

/** Everything the comparison shows, as text in the reader's language, from the pure comparison. */
export function showComparison(comparison: Comparison, lang: Lang): ShownComparison {
  const schools = comparison.schools.map((s) => column(s, lang));
  const names = new Map(schools.map((s) => [s.id, s.name]));
  const [first, ...rest] = schools;
  return {
    schools,
    benchmarks: comparison.benchmarks.map((b) => ({
      kind: b.kind,
      name: benchmarkName(b.kind, lang),
      hint: benchmarkHint(b, lang, true),
      description: benchmarkHint(b, lang),
    })),
    differences: first
      ? rest.map((s) => ({
          schoolId: s.id,
          label: compareText(lang, 'difference', { name: first.name, other: s.name }),
        }))
      : [],
    rows: comparison.rows.map((row) => shownRow(row, comparison, names, lang)),
  };
}
