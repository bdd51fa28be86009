import { standingKind } from '@/data/derive/standing';
import { formatNumber, formatPercent, type Lang } from '@/lib/format';
import { pick } from '@/lib/i18n';
import { numberCell, textCell, type Column, type TableModel } from '@/lib/export/model';
import type { MapData, MapRow } from './map-metrics';
import { mapText, noSchoolText, unitOf, valueText } from './map-text';

/** A share as shown and as exported (two decimals of a percent: what the text rounds from). */
const shareCell = (share: number | null, lang: Lang) =>
  numberCell(
    share === null ? null : Math.round(share * 100) / 100,
    share === null ? '—' : formatPercent(share, lang, 1),
  );

function rankCell(row: MapRow, lang: Lang) {
  const s = row.standing;
  if (!s) return numberCell(null, '—');
  const text =
    standingKind(s) === 'place' ? String(s.rank) : mapText(lang, 'rankCellTied', { rank: s.rank, tied: s.tiedWith });
  return numberCell(s.rank, text);
}

/**
 * The map's table, one row per prefecture: value, share of the province (its base in the header),
 * the share of the schools in view when filters narrow them, the standing (ties said) and the
 * schools counted. The screen, CSV, XLSX and slides all show this table.
 */
export function mapTable(data: MapData, lang: Lang): TableModel {
  const { metric } = data;
  const isList = metric.kind === 'list';
  const ranked = data.rows.find((r) => r.standing)?.standing?.of ?? 0;
  const columns: Column[] = [
    { key: 'name', label: mapText(lang, 'tablePrefecture') },
    {
      key: 'value',
      label: mapText(lang, 'tableValue', { metric: pick(lang, metric, 'label'), unit: unitOf(metric, lang) }),
      numeric: true,
    },
    {
      key: 'share',
      label: mapText(lang, isList ? 'tableShareList' : 'tableShare', {
        total: valueText(data.provinceTotal, metric, lang),
      }),
      numeric: true,
    },
    ...(data.viewTotal !== null
      ? [
          {
            key: 'shareOfView',
            label: mapText(lang, 'tableShareView', { total: valueText(data.viewTotal, metric, lang) }),
            numeric: true,
          },
        ]
      : []),
    { key: 'rank', label: mapText(lang, data.filtered ? 'tableRankView' : 'tableRank', { of: ranked }), numeric: true },
    ...(isList ? [] : [{ key: 'schools', label: mapText(lang, 'tableSchools'), numeric: true }]),
  ];
  const rows = data.rows.map((row) => {
    const noSchool = row.noSchool && !isList;
    return {
      key: row.prefecture.id,
      cells: {
        name: textCell(pick(lang, row.prefecture, 'short')),
        value: noSchool
          ? textCell(noSchoolText(data, lang))
          : numberCell(row.value, row.value === null ? valueText(null, metric, lang) : formatNumber(row.value, lang)),
        share: shareCell(row.share, lang),
        shareOfView: shareCell(row.shareOfView, lang),
        rank: rankCell(row, lang),
        schools: numberCell(row.schoolIds.length, formatNumber(row.schoolIds.length, lang)),
      },
    };
  });
  return { columns, rows };
}
