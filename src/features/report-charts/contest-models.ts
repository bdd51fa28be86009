import type { DataNote, Lists, Prefecture, Province } from '@/data/domain';
import { numberCell, textCell, type ExportModel } from '@/lib/export/model';
import { formatNumber, type Lang } from '@/lib/format';
import { pick } from '@/lib/i18n';
import { provinceText } from './province-text';
import { chartModel } from './chart-model';
import { ORDERED_SERIES } from './colors';
import type { ChartWord } from './province-text';
import { recognitionBars } from './series';
import { noteLines, reportSourceLine } from '@/lib/source-lines';
import { unitLine } from './text';

/** §2.5.1 and §2.5.2: the prize counts, by competition group (rows) and prize (series). */
const GROUPS: { key: string; label: ChartWord; ids: [string, string, string] }[] = [
  {
    key: 'provincial-students',
    label: 'provincialStudents',
    ids: ['provincial-student-first-prizes', 'provincial-student-second-prizes', 'provincial-student-third-prizes'],
  },
  {
    key: 'provincial-teachers',
    label: 'provincialTeachers',
    ids: ['provincial-teacher-first-prizes', 'provincial-teacher-second-prizes', 'provincial-teacher-third-prizes'],
  },
  {
    key: 'national',
    label: 'nationalAll',
    ids: ['national-all-first-prize-groups', 'national-all-second-prize-groups', 'national-all-third-prize-groups'],
  },
];
const PRIZES: ChartWord[] = ['firstPrize', 'secondPrize', 'thirdPrize'];

/** The data-note keys of the contest figures. */
export const CONTEST_NOTE_KEYS = GROUPS.flatMap((g) => g.ids.map((id) => `figure:${id}`));

/**
 * The skills competitions as grouped bars: first, second and third prizes for the provincial
 * student and teacher groups and the national contest. A figure the data lacks is not reported,
 * never 0; the table gives each count with its unit (prizes, or teams at the national contest).
 */
export function contestsModel(province: Province, notes: readonly DataNote[], lang: Lang): ExportModel {
  const value = (id: string) => province.figureById.get(id)?.value ?? null;
  const text = (v: number | null) => (v === null ? provinceText(lang, 'notReported') : formatNumber(v, lang));
  const unitOf = (id: string) => {
    const f = province.figureById.get(id);
    return f ? (lang === 'zh' ? f.unit : f.unitEn) : '';
  };
  return {
    id: 'contests',
    lang,
    title: provinceText(lang, 'contests'),
    subtitle: provinceText(lang, 'provinceWide'),
    unit: unitLine(lang, provinceText(lang, 'unitPrizes')),
    source: reportSourceLine(lang, '§2.5.1、§2.5.2'),
    notes: [provinceText(lang, 'contestsNote'), ...noteLines(notes, lang)],
    file: { topic: provinceText(lang, 'contestsFile'), scope: '' },
    figure: {
      kind: 'grouped',
      categories: GROUPS.map((g) => ({ key: g.key, label: provinceText(lang, g.label) })),
      series: PRIZES.map((prize, i) => ({
        key: prize,
        label: provinceText(lang, prize),
        color: ORDERED_SERIES[i] ?? ORDERED_SERIES[0],
        values: GROUPS.map((g) => value(g.ids[i] ?? '')),
        valueTexts: GROUPS.map((g) => text(value(g.ids[i] ?? ''))),
      })),
    },
    table: {
      columns: [
        { key: 'group', label: provinceText(lang, 'colGroup') },
        ...PRIZES.map((prize) => ({ key: prize, label: provinceText(lang, prize), numeric: true })),
        { key: 'unit', label: provinceText(lang, 'colUnit') },
      ],
      rows: GROUPS.map((g) => ({
        key: g.key,
        cells: {
          group: textCell(provinceText(lang, g.label)),
          ...Object.fromEntries(
            PRIZES.map((prize, i) => [prize, numberCell(value(g.ids[i] ?? ''), text(value(g.ids[i] ?? '')))]),
          ),
          unit: textCell(unitOf(g.ids[0])),
        },
      })),
    },
  };
}

/** The lists 表8–表11 the recognitions chart offers, in the report's order. */
export const RECOGNITION_LISTS = [
  'learning-stars-province',
  'lifelong-brands-province',
  'learning-stars-national',
  'lifelong-brands-national',
] as const;
export type RecognitionList = (typeof RECOGNITION_LISTS)[number];

/** 表8–表11: a list's entries by prefecture, each share of the whole list. */
export function recognitionsModel(
  lists: Lists,
  prefectures: readonly Prefecture[],
  listId: RecognitionList,
  notes: readonly DataNote[],
  lang: Lang,
): ExportModel | null {
  const list = lists.byId.get(listId);
  if (!list) return null;
  const title = pick(lang, list, 'title');
  const total = provinceText(lang, 'recognitionsBase', { count: formatNumber(list.rows.length, lang) });
  return chartModel({
    id: 'recognitions',
    lang,
    title: provinceText(lang, 'recognitions', { list: title }),
    subtitle: provinceText(lang, 'provinceWide'),
    unit: { zh: provinceText('zh', 'unitEntries'), en: provinceText('en', 'unitEntries') },
    source: list.source,
    notes: noteLines(notes, lang),
    file: { topic: provinceText(lang, 'recognitionsFile', { list: title }), scope: '' },
    bars: recognitionBars(lists, prefectures, listId),
    shareOf: {
      line: (share) => provinceText(lang, 'shareOf', { base: total, share }),
      column: provinceText(lang, 'colShare'),
    },
    name: provinceText(lang, 'colPrefecture'),
    valueColumn: provinceText(lang, 'colEntries'),
  });
}
