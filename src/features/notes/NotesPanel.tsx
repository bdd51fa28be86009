import './notes.css';
import { useEffect, useState } from 'react';
import { Panel } from '@/components/Panel';
import { QueryState } from '@/components/QueryState';
import { useMessages, useT } from '@/components/use-t';
import { useDataNotes } from '@/data/queries';
import type { DataNote } from '@/data/domain';
import { useLang } from '@/state/store';
import { notesMessages } from './messages';

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

function NoteItem({ note, open }: { note: DataNote; open: boolean }) {
  const lang = useLang();
  const m = useMessages(notesMessages);
  return (
    <details id={`data-note-${note.id}`} className="data-note" open={open || undefined}>
      <summary>
        <span className="note-badge">{note.foundBy === 'cross-check' ? m('foundByCheck') : m('foundByReading')}</span>
        {lang === 'zh' ? note.titleZh : note.titleEn}
      </summary>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{m('statement')}</th>
            <th scope="col">{m('value')}</th>
            <th scope="col">{m('where')}</th>
          </tr>
        </thead>
        <tbody>
          {note.values.map((v) => (
            <tr key={`${v.source}-${v.valueText}`}>
              <td>{lang === 'zh' ? v.labelZh : v.labelEn}</td>
              <td>{v.valueText}</td>
              <td>{v.source}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="note-explanation">{lang === 'zh' ? note.explanationZh : note.explanationEn}</p>
    </details>
  );
}

export function NotesPanel() {
  const t = useT();
  const m = useMessages(notesMessages);
  const notes = useDataNotes();
  const target = useTargetNote();
  return (
    <Panel id="data-notes" title={t('dataNotesTitle')}>
      <QueryState queries={[notes]} what={t('dataNotesTitle')}>
        {(n) => {
          const checked = n.notes.filter((x) => x.foundBy === 'cross-check').length;
          return (
            <>
              <p>{m('intro', { count: n.notes.length, checked, read: n.notes.length - checked })}</p>
              <div className="data-notes">
                {n.notes.map((note) => (
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
