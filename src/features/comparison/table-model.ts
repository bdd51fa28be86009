import type { DataNote } from '@/data/domain';
import { numberCell, textCell, type Cell, type Column, type ExportModel, type TableRowModel } from '@/lib/export/model';
import type { Lang } from '@/lib/format';
import { formatList, localSource, pick, translate } from '@/lib/i18n';
import type { Comparison } from './compare';
import type { ShownComparison, ShownRow } from './shown';
import { benchmarkHint, compareText, schoolName, tierText } from './texts';

export const TABLE_VIEW_ID = 'comparison-table';

/** Every table the comparison draws on: 表1 (who the schools are), 表2, 表6 and 表16 (their figures). */
export const COMPARISON_SOURCE = '表1、表2、表6、表16';

const round = (v: number | null, digits = 2) => (v === null ? null : Math.round(v * 10 ** digits) / 10 ** digits);

/** The schools and benchmarks compared, as a list: "酒泉职业技术学院和同类中位数". */
export function comparedNames(comparison: Comparison, lang: Lang): string {
  const benchmarks = comparison.benchmarks.map((b) =>
    compareText(lang, b.kind === 'province' ? 'benchmarkProvinceListed' : 'benchmarkPeersListed'),
  );
  return formatList([...comparison.schools.map((s) => schoolName(s, lang)), ...benchmarks], lang);
}

/** The file-name scope: the schools, then the benchmarks ("…-Jiuquan-peer-median"). */
export function comparedScope(comparison: Comparison, lang: Lang): string {
  const parts = [
    ...comparison.schools.map((s) => schoolName(s, lang)),
    ...comparison.benchmarks.map((b) =>
      compareText(lang, b.kind === 'province' ? 'benchmarkProvinceInline' : 'benchmarkPeersInline'),
    ),
  ];
  return parts.join(lang === 'zh' ? '、' : ' ');
}

/** The data notes touching the figures, as one line (a slide's footer has room for few). */
export function dataNotesLine(notes: readonly DataNote[], lang: Lang): string[] {
  if (notes.length === 0) return [];
  const titles = notes.map((n) => pick(lang, n, 'title'));
  return [compareText(lang, 'dataNotesLine', { list: titles.join(lang === 'zh' ? '；' : '; ') })];
}

/** What each benchmark is the median of, what a share is of, and the data notes: the footer lines. */
export function comparisonNotes(comparison: Comparison, notes: readonly DataNote[], lang: Lang): string[] {
  const count = comparison.provinceCount;
  const lines = comparison.benchmarks.map((b) => {
    if (b.kind === 'province') return compareText(lang, 'noteProvince', { count });
    const of = b.of;
    if (!of) return benchmarkHint(b, lang);
    const name = schoolName(of, lang);
    if (!b.usable) return compareText(lang, 'notePeersNone', { name });
    return compareText(lang, 'notePeers', {
      name,
      tier: tierText(of, lang),
      type: pick(lang, of, 'type'),
      count: b.group.length,
    });
  });
  if (comparison.rows.some((r) => r.total !== null)) lines.push(compareText(lang, 'noteShare', { count }));
  return [...lines, ...dataNotesLine(notes, lang)];
}

function columns(shown: ShownComparison, lang: Lang): Column[] {
  return [
    { key: 'measure', label: compareText(lang, 'measure') },
    ...shown.schools.map((s) => ({ key: `school:${s.id}`, label: s.name })),
    ...shown.benchmarks.map((b) => ({ key: `benchmark:${b.kind}`, label: b.name, numeric: true })),
    { key: 'verdict', label: compareText(lang, 'verdictColumn') },
  ];
}

/**
 * A figure's rows: its values (with the medians and which is higher), then its standings in the
 * province and among peers, its share of the province, and each school's difference from the
 * first — one statement a row, so that the table stays narrow enough for a portrait page and a
 * slide, and a CSV row says what it holds.
 */
function measureRows(row: ShownRow, shown: ShownComparison, lang: Lang): TableRowModel[] {
  const byValue = (pickCell: (i: number) => Cell) =>
    Object.fromEntries(shown.schools.map((s, i) => [`school:${s.id}`, pickCell(i)]));
  const values: TableRowModel = {
    key: row.key,
    cells: {
      measure: textCell(row.label),
      ...byValue((i) => numberCell(row.values[i]?.value ?? null, row.values[i]?.text ?? '')),
      ...Object.fromEntries(row.benchmarks.map((b) => [`benchmark:${b.kind}`, numberCell(round(b.value), b.text)])),
      verdict: textCell(row.verdict.join(' · ')),
    },
  };
  // A ranking row's benchmark cell says how many report the figure: the median's base as the rank's.
  const base = (kind: 'province' | 'peers') => {
    const b = row.benchmarks.find((x) => x.kind === kind);
    return b ? { [`benchmark:${kind}`]: textCell(b.base) } : {};
  };
  const rows: TableRowModel[] = [
    values,
    {
      key: `${row.key}:province`,
      cells: {
        measure: textCell(compareText(lang, 'rankProvinceRow')),
        ...byValue((i) => textCell(row.values[i]?.province ?? '')),
        ...base('province'),
      },
    },
    {
      key: `${row.key}:peers`,
      cells: {
        measure: textCell(compareText(lang, 'rankPeersRow')),
        ...byValue((i) => textCell(row.values[i]?.peers ?? '')),
        ...base('peers'),
      },
    },
  ];
  if (row.total)
    rows.push({
      key: `${row.key}:share`,
      cells: {
        measure: textCell(compareText(lang, 'shareRow', { total: row.total })),
        ...byValue((i) => {
          const v = row.values[i];
          return numberCell(round(v?.shareValue ?? null), v?.share ?? compareText(lang, 'none'));
        }),
      },
    });
  const [first] = shown.schools;
  if (first && row.differences.length > 0)
    rows.push({
      key: `${row.key}:difference`,
      cells: {
        measure: textCell(compareText(lang, 'differenceRow', { name: first.name })),
        [`school:${first.id}`]: textCell(compareText(lang, 'none')),
        ...Object.fromEntries(
          row.differences.map((d) => [
            `school:${d.schoolId}`,
            numberCell(
              round(d.absolute),
              d.relative
                ? compareText(lang, 'differenceWithRelative', { absolute: d.text, relative: d.relative })
                : d.text,
            ),
          ]),
        ),
      },
    });
  return rows;
}

/**
 * The comparison's table as an export: every figure with every value, standing, share, difference
 * and benchmark, nothing left out; the layout continues it onto further slides and pages.
 */
export function comparisonTableModel(
  comparison: Comparison,
  shown: ShownComparison,
  notes: readonly DataNote[],
  lang: Lang,
): ExportModel {
  return {
    id: TABLE_VIEW_ID,
    lang,
    title: compareText(lang, 'modelTitle', { names: comparedNames(comparison, lang) }),
    subtitle: compareText(lang, 'modelSubtitle', { count: comparison.provinceCount }),
    source: translate(lang, 'reportSource', { source: localSource(lang, COMPARISON_SOURCE) }),
    notes: comparisonNotes(comparison, notes, lang),
    file: { topic: compareText(lang, 'topic'), scope: comparedScope(comparison, lang) },
    figure: { kind: 'table' },
    table: { columns: columns(shown, lang), rows: shown.rows.flatMap((row) => measureRows(row, shown, lang)) },
  };
}
