import type { DataNote } from '@/data/domain';
import type { Lang } from './format';
import { localSource, pick, translate } from './i18n';

/** An exported view's source line: the report by its title, then the tables with their pages. */
export function reportSourceLine(lang: Lang, source: string): string {
  return translate(lang, 'reportSource', { source: localSource(lang, source) });
}

/** The data-note lines under an exported view: "数据说明：…" per note touching it. */
export function noteLines(notes: readonly DataNote[], lang: Lang): string[] {
  return notes.map((note) => translate(lang, 'noteMark', { title: pick(lang, note, 'title') }));
}
