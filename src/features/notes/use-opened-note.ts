import { useCallback, useEffect, useRef } from 'react';
import { actions, useNote } from '@/state/store';
import { noteInHash } from './text';

/** Drops a #data-note-… hash: from now on the store (and ?note=) says which note is open. */
function dropNoteHash(): void {
  if (noteInHash(window.location.hash) === null) return;
  window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}`);
}

/**
 * The opened data note, kept in the store and so in the URL (?note=<id>):
 * - a ※ mark elsewhere links to #data-note-<id>: following it opens that note;
 * - a note opened from the address (a shared link, a reload) is scrolled into view once drawn;
 *   one opened here by a click is where the reader already is, and is not scrolled to;
 * - toggling a summary opens that note (closing the one before) or closes it.
 * Only ids in `known` are opened from a hash; an unknown ?note= is dropped elsewhere, with a notice.
 */
export function useOpenedNote(known: ReadonlySet<string>) {
  const opened = useNote();
  const byClick = useRef(false);

  useEffect(() => {
    const fromHash = () => {
      const id = noteInHash(window.location.hash);
      if (id !== null && known.has(id)) actions.noteOpened(id);
    };
    // A hash on arrival counts unless the address already names a note (?note= wins).
    if (opened === null) fromHash();
    window.addEventListener('hashchange', fromHash);
    return () => window.removeEventListener('hashchange', fromHash);
    // Reading `opened` once on arrival is the point: later changes must not re-read the hash.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [known]);

  useEffect(() => {
    if (opened === null) return;
    if (byClick.current) {
      byClick.current = false;
      return;
    }
    document.getElementById(`data-note-${opened}`)?.scrollIntoView({ block: 'start' });
  }, [opened]);

  const toggled = useCallback(
    (id: string) => {
      byClick.current = true;
      dropNoteHash();
      actions.noteOpened(opened === id ? null : id);
    },
    [opened],
  );
  return { opened, toggled };
}
