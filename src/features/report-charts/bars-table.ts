import type { Column, TableRow } from '@/components/DataTable';
import { formatNumber, formatPercent, type Lang } from '@/lib/format';
import type { Bar } from './series';

/** The table alternative of a bar chart: label, value (or 未报告), share where there is one. */
export function barsTable(
  bars: readonly Bar[],
  lang: Lang,
  labels: { name: string; value: string; share?: string },
  percent = false,
): { columns: Column[]; rows: TableRow[] } {
  const columns: Column[] = [
    { key: 'name', label: labels.name },
    { key: 'value', label: labels.value, numeric: true },
    ...(labels.share ? [{ key: 'share', label: labels.share, numeric: true }] : []),
  ];
  const rows = bars.map((b) => ({
    key: b.key,
    name: lang === 'zh' ? b.labelZh : b.labelEn,
    value:
      b.value === null
        ? lang === 'zh'
          ? '未报告'
          : 'not reported'
        : percent
          ? formatPercent(b.value, lang)
          : formatNumber(b.value, lang),
    share: b.share === undefined || b.share === null ? '—' : formatPercent(b.share, lang, 1),
  }));
  return { columns, rows };
}
