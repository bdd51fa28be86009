import type { DataNote, Prefecture, School } from '@/data/domain';
import { percentOf } from '@/data/derive/rank';
import type { ExportModel } from '@/lib/export/model';
import type { Lang } from '@/lib/format';
import { provinceText, schoolsText } from './province-text';
import { chartModel, type ShareOf } from './chart-model';
import type { ChartWord } from './province-text';
import { compositionBars, prefectureBars, type Bar } from './series';
import { noteLines } from '@/lib/source-lines';
import { shareText } from './text';

export interface CompositionInput {
  lang: Lang;
  inView: readonly School[];
  /** All 29 schools: each count's share of the province. */
  province: readonly School[];
  prefectures: readonly Prefecture[];
  filtered: boolean;
  scope: { subtitle: string; label: string };
  /** The data notes on 图1 and on 图2. */
  notes: { figure1: readonly DataNote[]; figure2: readonly DataNote[] };
}

type CompositionId = 'by-tier' | 'by-ownership' | 'by-type' | 'by-prefecture';

const CHARTS: { id: CompositionId; title: ChartWord; file: ChartWord; source: string }[] = [
  { id: 'by-tier', title: 'byTier', file: 'byTierFile', source: '表1、图1' },
  { id: 'by-ownership', title: 'byOwnership', file: 'byOwnershipFile', source: '表1、图1' },
  { id: 'by-type', title: 'byType', file: 'byTypeFile', source: '表1、图1' },
  { id: 'by-prefecture', title: 'byPrefecture', file: 'byPrefectureFile', source: '表1、图2' },
];

function barsOf(id: CompositionId, schools: readonly School[], prefectures: readonly Prefecture[]): Bar[] {
  if (id === 'by-prefecture') return prefectureBars(schools, prefectures);
  const groups = compositionBars(schools);
  return id === 'by-tier' ? groups.tier : id === 'by-ownership' ? groups.ownership : groups.type;
}

/**
 * 图1 and 图2 over the schools the filters leave: how many of them fall in each tier, ownership,
 * type and prefecture. Without a filter a share is of the province's schools; under a filter it is
 * of the schools in view, labelled so, and the tooltip adds the share of the province's schools.
 */
export function compositionModels(input: CompositionInput): ExportModel[] {
  const { lang, inView, province, filtered } = input;
  const inViewText = schoolsText(inView.length, lang);
  const shareOf: ShareOf = filtered
    ? {
        line: (share) => provinceText(lang, 'shareOfView', { total: inViewText, share }),
        column: provinceText(lang, 'colShareView'),
      }
    : {
        line: (share) => provinceText(lang, 'shareOfProvince', { total: inViewText, share }),
        column: provinceText(lang, 'colShareProvince'),
      };
  const provinceShare = (bar: Bar): string[] => {
    const share = bar.value === null ? null : percentOf(bar.value, province.length);
    if (!filtered || share === null) return [];
    const total = schoolsText(province.length, lang);
    return [provinceText(lang, 'shareOfProvince', { total, share: shareText(share, lang) })];
  };
  return CHARTS.map((chart) =>
    chartModel({
      id: chart.id,
      lang,
      title: provinceText(lang, chart.title),
      subtitle: input.scope.subtitle,
      unit: { zh: provinceText('zh', 'unitSchools'), en: provinceText('en', 'unitSchools') },
      source: chart.source,
      notes: noteLines(chart.id === 'by-prefecture' ? input.notes.figure2 : input.notes.figure1, lang),
      file: { topic: provinceText(lang, chart.file), scope: input.scope.label },
      bars: barsOf(chart.id, inView, input.prefectures),
      shareOf,
      extraDetail: provinceShare,
      name: chart.id === 'by-prefecture' ? provinceText(lang, 'colPrefecture') : provinceText(lang, 'colCategory'),
      valueColumn: provinceText(lang, 'colSchools'),
    }),
  );
}

/** The data-note keys of 图1 and 图2. */
export const FIGURE1_NOTES = ['report-figure:图1'];
export const FIGURE2_NOTES = ['report-figure:图2'];
