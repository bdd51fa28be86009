import { SERIES_COLORS } from '@/components/charts/style';
import type { DataNote } from '@/data/domain';
import { numberCell, textCell, type ExportModel, type Series } from '@/lib/export/model';
import { formatNumber, formatPercent, type Lang } from '@/lib/format';
import { pick, translate } from '@/lib/i18n';
import type { SectorShares } from './sectors';
import { noteLines, reportSourceLine } from '@/lib/source-lines';
import { scoreText } from './text';

const pct = (v: number | null, lang: Lang) => (v === null ? '—' : formatPercent(v, lang, 1));

/** "附表1 印出的合计为 63,125 人，但三项之和为 63,873 人（多 748 人）…", or nothing when they agree. */
export function sectorsGapText(shares: SectorShares, lang: Lang): string | null {
  if (shares.printedTotal === null || !shares.gap) return null;
  return scoreText(lang, 'sectorsGap', {
    printed: formatNumber(shares.printedTotal, lang),
    sum: formatNumber(shares.partsSum, lang),
    gap: formatNumber(shares.gap, lang),
  });
}

/**
 * 附表1's three sectors as grouped bars: each sector's share of the printed total and of the
 * three parts' own sum (they differ, because the printed total is not the sum), with a table.
 */
export function sectorsModel(shares: SectorShares, notes: readonly DataNote[], lang: Lang): ExportModel {
  const printed = shares.printedTotal;
  const series: Series[] = [
    ...(printed === null
      ? []
      : [
          {
            key: 'printed',
            label: scoreText(lang, 'shareOfPrinted', { total: formatNumber(printed, lang) }),
            color: SERIES_COLORS[0],
            values: shares.rows.map((r) => r.shareOfPrinted),
            valueTexts: shares.rows.map((r) => pct(r.shareOfPrinted, lang)),
          },
        ]),
    {
      key: 'parts',
      label: scoreText(lang, 'shareOfParts', { total: formatNumber(shares.partsSum, lang) }),
      color: SERIES_COLORS[1],
      values: shares.rows.map((r) => r.shareOfParts),
      valueTexts: shares.rows.map((r) => pct(r.shareOfParts, lang)),
    },
  ];
  const gap = sectorsGapText(shares, lang);
  return {
    id: 'scorecard-sectors',
    lang,
    title: scoreText(lang, 'sectorsTitle'),
    subtitle: scoreText(lang, 'provinceWide'),
    unit: translate(lang, 'unitLabel', { unit: '%' }),
    source: reportSourceLine(lang, '附表1'),
    notes: [...(gap ? [gap] : []), ...noteLines(notes, lang)],
    file: { topic: scoreText(lang, 'sectorsFile'), scope: '' },
    figure: {
      kind: 'grouped',
      categories: shares.rows.map((r) => ({ key: r.id, label: pick(lang, r, 'label') })),
      series,
      percent: true,
    },
    table: {
      columns: [
        { key: 'sector', label: scoreText(lang, 'sector') },
        { key: 'persons', label: scoreText(lang, 'persons'), numeric: true },
        ...series.map((s) => ({ key: s.key, label: s.label, numeric: true })),
      ],
      rows: shares.rows.map((r) => ({
        key: r.id,
        cells: {
          sector: textCell(pick(lang, r, 'label')),
          persons: numberCell(r.value, formatNumber(r.value, lang)),
          ...(printed === null ? {} : { printed: numberCell(r.shareOfPrinted, pct(r.shareOfPrinted, lang)) }),
          parts: numberCell(r.shareOfParts, pct(r.shareOfParts, lang)),
        },
      })),
    },
  };
}
