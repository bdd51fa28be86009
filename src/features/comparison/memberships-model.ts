import { textCell, type ExportModel } from '@/lib/export/model';
import type { Lang } from '@/lib/format';
import { formatList, localSource, translate } from '@/lib/i18n';
import type { Comparison } from './compare';
import type { Bilingual, Membership, MembershipKind } from './memberships';
import { comparedScope } from './table-model';
import { caseLabel, compareText, originalTitle, schoolName } from './texts';

export const MEMBERSHIPS_VIEW_ID = 'comparison-memberships';

/** One entry as shown: in the reader's language, the Chinese original one hover away in English. */
export interface ShownEntry {
  text: string;
  /** A case's number (案例03, Case 3), which paper prints without the title. */
  label?: string;
  hover: string | undefined;
}

export interface ShownMembership {
  key: string;
  kind: MembershipKind;
  title: string;
  hover: string | undefined;
  source: string;
  /** By school id; a school the item does not name has none. */
  entries: Record<string, ShownEntry[]>;
}

const local = (text: Bilingual, lang: Lang) => (lang === 'zh' ? text.zh : text.en);

/** The lists, recognitions and cases in the reader's language, cases with their numbers. */
export function showMemberships(items: readonly Membership[], lang: Lang): ShownMembership[] {
  return items.map((item) => ({
    key: item.key,
    kind: item.kind,
    title: local(item.title, lang),
    hover: originalTitle(lang, item.title.zh),
    source: localSource(lang, item.source),
    entries: Object.fromEntries(
      Object.entries(item.entries).map(([id, list]) => [
        id,
        list.map((entry, i) => {
          const number = item.caseNumbers?.[id]?.[i];
          const text = local(entry, lang);
          const hover = originalTitle(lang, entry.zh);
          if (number === undefined) return { text, hover };
          const label = caseLabel(number, lang);
          return { text: compareText(lang, 'caseEntry', { label, title: text }), label, hover };
        }),
      ]),
    ),
  }));
}

/** The lists, recognitions and cases side by side as a table export (every entry, continued as needed). */
export function membershipsModel(comparison: Comparison, items: readonly ShownMembership[], lang: Lang): ExportModel {
  const names = formatList(
    comparison.schools.map((s) => schoolName(s, lang)),
    lang,
  );
  const join = (entries: ShownEntry[] | undefined) =>
    entries && entries.length > 0
      ? entries.map((e) => e.text).join(lang === 'zh' ? '；' : '; ')
      : compareText(lang, 'none');
  return {
    id: MEMBERSHIPS_VIEW_ID,
    lang,
    title: compareText(lang, 'membershipsTitle', { names }),
    subtitle: compareText(lang, 'membershipsSubtitle'),
    // Each row cites its own table or section with its page: the source line need not list them all.
    source: translate(lang, 'reportSource', { source: compareText(lang, 'sourcesPerRow') }),
    notes: [],
    file: {
      topic: compareText(lang, 'topicMemberships'),
      scope: comparedScope({ ...comparison, benchmarks: [] }, lang),
    },
    figure: { kind: 'table' },
    table: {
      columns: [
        { key: 'item', label: compareText(lang, 'memberships') },
        ...comparison.schools.map((s) => ({ key: `school:${s.id}`, label: schoolName(s, lang) })),
      ],
      rows: items.map((item) => ({
        key: item.key,
        cells: {
          item: textCell(compareText(lang, 'itemWithSource', { title: item.title, source: item.source })),
          ...Object.fromEntries(comparison.schools.map((s) => [`school:${s.id}`, textCell(join(item.entries[s.id]))])),
        },
      })),
    },
  };
}
