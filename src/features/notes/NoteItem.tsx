import { useMessages } from '@/components/use-t';
import type { DataNote } from '@/data/domain';
import { citeSource } from '@/lib/cite';
import { useLang } from '@/state/store';
import { KIND_LABEL, notesMessages } from './messages';

/** One note: its kind, how it was found, its title, every side with value and cited source, why. */
export function NoteItem({ note, open }: { note: DataNote; open: boolean }) {
  const lang = useLang();
  const m = useMessages(notesMessages);
  const zh = lang === 'zh';
  return (
    <details id={`data-note-${note.id}`} className="data-note" data-kind={note.kind} open={open || undefined}>
      <summary>
        <span className={`note-badge kind-${note.kind}`}>{m(KIND_LABEL[note.kind])}</span>
        <span className="note-badge">{note.foundBy === 'cross-check' ? m('foundByCheck') : m('foundByReading')}</span>
        {zh ? note.titleZh : note.titleEn}
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
              <td>{zh ? v.labelZh : v.labelEn}</td>
              <td>{v.valueText}</td>
              <td className="note-source">{citeSource(v.source, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="note-explanation">{zh ? note.explanationZh : note.explanationEn}</p>
    </details>
  );
}
