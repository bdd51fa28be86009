import { useMessages } from '@/components/use-t';
import type { DataNote } from '@/data/domain';
import { citeSource } from '@/lib/cite';
import { useLang } from '@/state/store';
import { KIND_LABEL, notesMessages } from './messages';

/**
 * A data text in the reader's language. In English it is the dashboard's translation (the report
 * is Chinese only), so the Chinese original stays one hover away, in the title attribute.
 */
function Local({ zh, en }: { zh: string; en: string | undefined }) {
  const lang = useLang();
  if (lang === 'zh' || en === undefined) return <>{zh}</>;
  return <span title={zh}>{en}</span>;
}

/** One note: its kind, how it was found, its title, every side with value and cited source, why. */
export function NoteItem({ note, open }: { note: DataNote; open: boolean }) {
  const lang = useLang();
  const m = useMessages(notesMessages);
  return (
    <details id={`data-note-${note.id}`} className="data-note" data-kind={note.kind} open={open || undefined}>
      <summary>
        <span className={`note-badge kind-${note.kind}`}>{m(KIND_LABEL[note.kind])}</span>
        <span className="note-badge">{note.foundBy === 'cross-check' ? m('foundByCheck') : m('foundByReading')}</span>
        <Local zh={note.titleZh} en={note.titleEn} />
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
              <td>
                <Local zh={v.labelZh} en={v.labelEn} />
              </td>
              <td>
                <Local zh={v.valueText} en={v.valueTextEn ?? v.valueText} />
              </td>
              <td className="note-source">{citeSource(v.source, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="note-explanation">
        <Local zh={note.explanationZh} en={note.explanationEn} />
      </p>
    </details>
  );
}
