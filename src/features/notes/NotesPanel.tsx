import './notes.css';
import { useMemo, useState } from 'react';
import { Panel } from '@/components/Panel';
import { QueryState } from '@/components/QueryState';
import { useT } from '@/components/use-t';
import type { DataNote } from '@/data/domain';
import { useDataNotes } from '@/data/queries';
import { usePrinting } from '@/state/printing';
import { useKnownNotes } from '@/state/use-url-sync';
import { countByKind, visibleNotes, type KindFilter as Filter } from './kinds';
import { KindFilter } from './KindFilter';
import { notesMessages } from './messages';
import { NoteItem } from './NoteItem';
import { useOpenedNote } from './use-opened-note';

function NotesList({ notes, known }: { notes: readonly DataNote[]; known: ReadonlySet<string> }) {
  const t = useT(notesMessages);
  const printing = usePrinting();
  const { opened, toggled } = useOpenedNote(known);
  // Which kinds to show is a reading aid of this panel: not shared, not in the address.
  const [filter, setFilter] = useState<Filter>('all');
  const counts = countByKind(notes);
  const checked = notes.filter((x) => x.foundBy === 'cross-check').length;
  const shown = visibleNotes(notes, filter, opened);
  return (
    <>
      <p>{t('intro', { count: notes.length, ...counts, checked, read: notes.length - checked })}</p>
      <KindFilter value={filter} counts={counts} total={notes.length} onChange={setFilter} />
      <p className="note-count" role="status">
        {t('shown', { shown: shown.length, count: notes.length })}
      </p>
      <div className="data-notes">
        {shown.map((note) => (
          // On paper every note shown is open: all of them, or those of the chosen kind.
          <NoteItem key={note.id} note={note} open={printing || note.id === opened} onToggle={toggled} />
        ))}
      </div>
    </>
  );
}

export function NotesPanel() {
  const t = useT(notesMessages);
  const notes = useDataNotes();
  const known = useMemo(() => (notes.data ? new Set(notes.data.notes.map((n) => n.id)) : undefined), [notes.data]);
  // An opened note the file does not have is dropped from the URL, with the notice.
  useKnownNotes(known);
  return (
    <Panel id="data-notes" title={t('dataNotesTitle')}>
      <QueryState queries={[notes]} what={t('dataNotesTitle')}>
        {(n) => <NotesList notes={n.notes} known={known ?? new Set()} />}
      </QueryState>
    </Panel>
  );
}
