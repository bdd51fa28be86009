import './notes.css';
import { useEffect, useState } from 'react';
import { Panel } from '@/components/Panel';
import { QueryState } from '@/components/QueryState';
import { useMessages, useT } from '@/components/use-t';
import { useDataNotes } from '@/data/queries';
import { notesMessages } from './messages';
import { countByKind, visibleNotes, type KindFilter as Filter } from './kinds';
import { KindFilter } from './KindFilter';
import { NoteItem } from './NoteItem';

/** The note the address points at (#data-note-<id>), so a mark elsewhere opens its note. */
function useTargetNote(): string | null {
  const read = () =>
    window.location.hash.startsWith('#data-note-') ? window.location.hash.slice('#data-note-'.length) : null;
  const [target, setTarget] = useState(read);
  useEffect(() => {
    const onHash = () => setTarget(read());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return target;
}

export function NotesPanel() {
  const t = useT();
  const m = useMessages(notesMessages);
  const notes = useDataNotes();
  const target = useTargetNote();
  // Which kinds to show is this panel's own business: not shared, not in the address.
  const [filter, setFilter] = useState<Filter>('all');
  return (
    <Panel id="data-notes" title={t('dataNotesTitle')}>
      <QueryState queries={[notes]} what={t('dataNotesTitle')}>
        {(n) => {
          const counts = countByKind(n.notes);
          const checked = n.notes.filter((x) => x.foundBy === 'cross-check').length;
          const shown = visibleNotes(n.notes, filter, target);
          return (
            <>
              <p>{m('intro', { count: n.notes.length, ...counts, checked, read: n.notes.length - checked })}</p>
              <KindFilter value={filter} counts={counts} total={n.notes.length} onChange={setFilter} />
              <p className="note-count" role="status">
                {m('shown', { shown: shown.length, count: n.notes.length })}
              </p>
              <div className="data-notes">
                {shown.map((note) => (
                  <NoteItem key={note.id} note={note} open={note.id === target} />
                ))}
              </div>
            </>
          );
        }}
      </QueryState>
    </Panel>
  );
}
