import type { DataNote } from '@/data/domain';
import type { Lang } from '@/lib/format';
import { formatList, localSource, pick } from '@/lib/i18n';
import { textCell, type ExportModel, type SheetFigure, type TableModel, type TableRowModel } from '@/lib/export/model';
import { figureCells, figureColumns } from './figure-rows';
import { factsText, identityRows } from './identity';
import type { CaseMention, Mentions } from './mentions';
import type { Profile } from './profile';
import { caseLabel, localText, profileText, shareText } from './texts';

/** The measures shown as cards on the fact sheet: the school's size, as 表2 gives it. */
const CARD_MEASURES = ['students', 'admissions', 'graduates'];

/** A list entry or a recognition, as one row of the sheet and of the data table. */
interface MentionRow {
  key: string;
  recognition: boolean;
  /** The list's title, or the recognition's. */
  item: string;
  /** The entry, or the report's words for a recognition. */
  entry: string;
  source: string;
}

function mentionRows(mentions: Mentions, lang: Lang): MentionRow[] {
  const seq = (s: string | null) => (s ? ` ${profileText(lang, 'seq', { seq: s })}` : '');
  return [
    ...mentions.lists.flatMap((list) =>
      list.entries.map((e) => ({
        key: e.key,
        recognition: false,
        item: localText(lang, list.title),
        entry: localText(lang, e.text),
        source: `${localSource(lang, list.source)}${seq(e.seq)}`,
      })),
    ),
    ...mentions.recognitions.map((r) => ({
      key: r.key,
      recognition: true,
      item: localText(lang, r.title),
      entry: localText(lang, r.quote),
      source: localSource(lang, r.source),
    })),
  ];
}

const caseSource = (c: CaseMention, lang: Lang) => localSource(lang, `${c.id}、${c.section}`);

function sheetFigure(profile: Profile, mentions: Mentions, notes: readonly DataNote[], lang: Lang): SheetFigure {
  const t = (key: Parameters<typeof profileText>[1]) => profileText(lang, key);
  const cards = CARD_MEASURES.flatMap((id) => {
    const f = profile.figures.find((x) => x.measure.id === id);
    if (!f) return [];
    const cells = figureCells(f, profile, lang);
    const detail = [cells.province?.text, f.share === null ? undefined : shareText(f, lang)].filter(Boolean);
    return [{ label: pick(lang, f.measure, 'label'), value: cells.value?.text ?? '', detail: detail.join(' · ') }];
  });
  if (mentions.cases.length > 0)
    cards.push({
      label: t('cardCases'),
      value: String(mentions.cases.length),
      detail: formatList(
        mentions.cases.map((c) => caseLabel(c, lang)),
        lang,
      ),
    });
  const identity: TableModel = {
    columns: [
      { key: 'item', label: t('colItem') },
      { key: 'value', label: t('colEntry') },
    ],
    rows: identityRows(profile, mentions, lang).map((r) => ({
      key: r.key,
      cells: { item: textCell(r.label), value: textCell(r.value) },
    })),
  };
  const figures: TableModel = {
    columns: figureColumns(profile, lang),
    rows: profile.figures.map((f) => ({ key: f.measure.id, cells: figureCells(f, profile, lang) })),
  };
  // A recognition shows its title on the sheet: its quote is in the data table.
  const listed: TableModel = {
    columns: [
      { key: 'item', label: t('colList') },
      { key: 'entry', label: t('colEntry') },
      { key: 'source', label: t('colSource') },
    ],
    rows: mentionRows(mentions, lang).map((r) => ({
      key: r.key,
      cells: {
        item: textCell(r.recognition ? t('kindRecognition') : r.item),
        entry: textCell(r.recognition ? r.item : r.entry),
        source: textCell(r.source),
      },
    })),
  };
  const cases: TableModel = {
    columns: [
      { key: 'case', label: t('colCase') },
      { key: 'title', label: t('colTitle') },
      { key: 'source', label: t('colSource') },
    ],
    rows: mentions.cases.map((c) => ({
      key: `case-${c.number}`,
      cells: {
        case: textCell(caseLabel(c, lang)),
        title: textCell(localText(lang, c.title)),
        source: textCell(caseSource(c, lang)),
      },
    })),
  };
  const notesTable: TableModel = {
    columns: [
      { key: 'mark', label: '※' },
      { key: 'title', label: t('colNote') },
    ],
    rows: notes.map((n) => ({ key: n.id, cells: { mark: textCell('※'), title: textCell(pick(lang, n, 'title')) } })),
  };
  // The figures first: a one-slide deck shows the first section beside the cards.
  return {
    kind: 'sheet',
    cards,
    sections: [
      { heading: t('figures'), table: figures },
      { heading: t('identity'), table: identity },
      ...(listed.rows.length > 0 ? [{ heading: t('sectionMentions'), table: listed }] : []),
      ...(cases.rows.length > 0 ? [{ heading: t('cases'), table: cases }] : []),
      ...(notesTable.rows.length > 0 ? [{ heading: t('notes'), table: notesTable }] : []),
    ],
  };
}

/** Everything in one table for CSV and XLSX: a kind column, then the figure columns; numbers raw. */
function dataTable(profile: Profile, mentions: Mentions, notes: readonly DataNote[], lang: Lang): TableModel {
  const t = (key: Parameters<typeof profileText>[1]) => profileText(lang, key);
  const rows: TableRowModel[] = [
    ...identityRows(profile, mentions, lang).map((r) => ({
      key: `identity-${r.key}`,
      cells: { kind: textCell(t('kindIdentity')), measure: textCell(r.label), value: textCell(r.value) },
    })),
    ...profile.figures.map((f) => ({
      key: `figure-${f.measure.id}`,
      cells: { kind: textCell(t('kindFigure')), ...figureCells(f, profile, lang) },
    })),
    ...mentionRows(mentions, lang).map((r) => ({
      key: `mention-${r.key}`,
      cells: {
        kind: textCell(t(r.recognition ? 'kindRecognition' : 'kindList')),
        measure: textCell(r.item),
        value: textCell(r.entry),
        source: textCell(r.source),
      },
    })),
    ...mentions.cases.map((c) => ({
      key: `case-${c.number}`,
      cells: {
        kind: textCell(t('kindCase')),
        measure: textCell(caseLabel(c, lang)),
        value: textCell(localText(lang, c.title)),
        source: textCell(caseSource(c, lang)),
      },
    })),
    ...notes.map((n) => ({
      key: `note-${n.id}`,
      cells: { kind: textCell(t('notes')), measure: textCell('※'), value: textCell(pick(lang, n, 'title')) },
    })),
  ];
  return { columns: [{ key: 'kind', label: t('colKind') }, ...figureColumns(profile, lang)], rows };
}

/** The sources of the figures: 表1 for who the school is, then each figure's table. */
function figureSources(profile: Profile): string {
  return [...new Set(['表1', ...profile.figures.map((f) => f.measure.source)])].join('、');
}

/**
 * The profile as a one-page fact sheet: cards for the school's size and its cases, then who it is,
 * every figure with standings, medians and share, its list entries and recognitions, its cases.
 * The data table (CSV, XLSX) holds all of it, one row per item, numbers raw.
 */
export function profileExportModel(
  profile: Profile,
  mentions: Mentions,
  notes: readonly DataNote[],
  lang: Lang,
): ExportModel {
  const { school } = profile;
  const t = (key: Parameters<typeof profileText>[1], params?: Record<string, string | number>) =>
    profileText(lang, key, params);
  return {
    id: 'profile',
    lang,
    title: t('sheetTitle', { name: pick(lang, school, 'name') }),
    subtitle: t('sheetSubtitle', { facts: factsText(profile, lang), count: profile.provinceCount }),
    source: `${t('reportSource', { source: localSource(lang, figureSources(profile)) })}${t('sourcesPerRow')}`,
    // The data notes are a section of the sheet, where they shrink with it, not lines under the source.
    notes: [],
    file: { topic: t('fileTopic'), scope: lang === 'zh' ? school.nameZh : school.shortEn },
    figure: sheetFigure(profile, mentions, notes, lang),
    table: dataTable(profile, mentions, notes, lang),
  };
}
