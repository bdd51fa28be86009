import { useMemo } from 'react';
import { useDataNotes } from '@/data/queries';
import type { DataNote } from '@/data/domain';

/**
 * The data notes that touch any of the given keys ("figure:<id>", "appendix:附表4/<row>",
 * "school-metric:<metric>/<school>", "school-metric:<metric>", "school:<id>", "list:<id>", …).
 * Empty while data-notes.json loads or if it failed: a missing mark never blocks a figure.
 */
export function useNotes(keys: readonly string[]): DataNote[] {
  const notes = useDataNotes().data;
  const joined = keys.join('|');
  return useMemo(() => {
    if (!notes) return [];
    const found = new Set<DataNote>();
    for (const key of joined.split('|')) for (const n of notes.byTouch.get(key) ?? []) found.add(n);
    return [...found];
  }, [notes, joined]);
}
