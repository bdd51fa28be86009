import type { Lang } from '@/lib/format';
import { formatPercent } from '@/lib/format';
import { numberCell, textCell, type BarDatum, type ExportModel, type ReferenceLine } from './model';

export interface BarsModelInput {
  id: string;
  lang: Lang;
  title: string;
  subtitle: string;
  /** The unit line as shown ("单位：人"); empty for none. */
  unit: string;
  source: string;
  notes?: string[];
  file: { topic: string; scope: string };
  bars: (BarDatum & { share?: number | null })[];
  percent?: boolean;
  reference?: ReferenceLine;
  /** Column labels of the table: the category, its value, and its share where bars have one. */
  columns: { name: string; value: string; share?: string };
}

/**
 * The export model of a bar chart, its table built from the same bars: the name, the value (raw
 * for CSV, as shown for slides) and, where the chart has one, the share of its base.
 */
export function barsExportModel(input: BarsModelInput): ExportModel {
  const withShare = input.columns.share !== undefined;
  return {
    id: input.id,
    lang: input.lang,
    title: input.title,
    subtitle: input.subtitle,
    ...(input.unit ? { unit: input.unit } : {}),
    source: input.source,
    notes: input.notes ?? [],
    file: input.file,
    figure: {
      kind: 'bars',
      bars: input.bars.map((bar) => ({
        key: bar.key,
        label: bar.label,
        value: bar.value,
        valueText: bar.valueText,
        ...(bar.tone ? { tone: bar.tone } : {}),
        ...(bar.detail ? { detail: bar.detail } : {}),
      })),
      ...(input.percent ? { percent: true } : {}),
      ...(input.reference ? { reference: input.reference } : {}),
    },
    table: {
      columns: [
        { key: 'name', label: input.columns.name },
        { key: 'value', label: input.columns.value, numeric: true },
        ...(withShare ? [{ key: 'share', label: input.columns.share ?? '', numeric: true }] : []),
      ],
      rows: input.bars.map((bar) => ({
        key: bar.key,
        cells: {
          name: textCell(bar.label),
          value: numberCell(bar.value, bar.valueText),
          ...(withShare
            ? {
                share: numberCell(
                  bar.share == null ? null : Math.round(bar.share * 10) / 10,
                  bar.share == null ? '—' : formatPercent(bar.share, input.lang, 1),
                ),
              }
            : {}),
        },
      })),
    },
  };
}
