import { barsExportModel } from '@/lib/export/bars-model';
import type { ExportModel, ReferenceLine } from '@/lib/export/model';
import type { Lang } from '@/lib/format';
import { pick } from '@/lib/i18n';
import type { Bar } from './series';
import { provinceText } from './province-text';
import { reportSourceLine } from '@/lib/source-lines';
import { barValueText, quantityText, shareText, unitLine } from './text';

export interface ShareOf {
  /** The tooltip line for a share, saying what it is of: "占全省 294,013 人的 4.4%". */
  line: (share: string) => string;
  /** The table column's label: 占全省, 占所显示学校, 占比. */
  column: string;
}

export interface ChartModelInput {
  id: string;
  lang: Lang;
  title: string;
  subtitle: string;
  /** The bars' unit; '%' for percentages as printed. */
  unit: { zh: string; en: string };
  source: string;
  notes?: string[];
  file: { topic: string; scope: string };
  bars: readonly Bar[];
  /** Each share with what it is of; none without it. */
  shareOf?: ShareOf;
  reference?: ReferenceLine;
  /** The first column's label (类别, 学校, 市（州）). */
  name: string;
  /** The value column's label; 数值（人） without it. */
  valueColumn?: string;
  /** Further tooltip lines for a bar (a second share, the base of a percentage). */
  extraDetail?: (bar: Bar) => string[];
}

const isPercent = (unit: { zh: string }) => unit.zh === '%';

/**
 * A bar chart's export model from its bars: each bar's tooltip gives its value with the unit and,
 * where the chart has one, its share saying what of; the table has the raw values and shares.
 */
export function chartModel(input: ChartModelInput): ExportModel {
  const { lang, unit, shareOf } = input;
  const percent = isPercent(unit);
  const unitText = percent ? '%' : lang === 'zh' ? unit.zh : unit.en;
  return barsExportModel({
    id: input.id,
    lang,
    title: input.title,
    subtitle: input.subtitle,
    unit: unitLine(lang, unitText),
    source: reportSourceLine(lang, input.source),
    notes: input.notes ?? [],
    file: input.file,
    bars: input.bars.map((bar) => {
      const valueText = barValueText(bar.value, lang, percent);
      const share = shareOf && bar.share != null ? [shareOf.line(shareText(bar.share, lang))] : [];
      const extra = input.extraDetail?.(bar) ?? [];
      // A percentage with its base said needs no bare repetition of itself above it.
      const own = percent && extra.length > 0 ? [] : [quantityText(bar.value, unit, lang)];
      return {
        key: bar.key,
        label: pick(lang, bar, 'label'),
        value: bar.value,
        valueText,
        share: bar.share ?? null,
        detail: [...own, ...share, ...extra],
      };
    }),
    ...(percent ? { percent: true } : {}),
    ...(input.reference ? { reference: input.reference } : {}),
    columns: {
      name: input.name,
      value: input.valueColumn ?? (percent ? '%' : provinceText(lang, 'colAmount', { unit: unitText })),
      ...(shareOf ? { share: shareOf.column } : {}),
    },
  });
}
