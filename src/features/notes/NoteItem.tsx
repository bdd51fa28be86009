import type { MouseEvent } from 'react';
import { useT } from '@/components/use-t';
import type { DataNote } from '@/data/domain';
import { localSource } from '@/lib/i18n';
import { useLang } from '@/state/store';
import { KIND_LABEL, notesMessages } from './messages';
import { localText } from './text';

/** A data text in the reader's language, the Chinese original in the title attribute in English. */
function Local({ zh, en }: { zh: string; en: string | undefined }) {
  const lang = useLang();
  const { text, original } = localText(lang, zh, en);
  return <span title={original}>{text}</span>;
}

interface Props {
  note: DataNote;
  open: boolean;
  /** The summary was clicked: the panel opens or closes the note (it is in the URL). */
  onToggle: (id: string) => void;
}

/** One note: its kind, how it was found, its title, every side with value and cited source, why. */
export function NoteItem({ note, open, onToggle }: Props) {
  const lang = useLang();
  const t = useT(notesMessages);
  const toggle = (event: MouseEvent) => {
    // Open or closed is the store's (and the URL's) to say, and paper's: not the browser's own toggle.
    event.preventDefault();
    onToggle(note.id);
  };
  return (
    <details id={`data-note-${note.id}`} className="data-note" data-kind={note.kind} open={open}>
      <summary onClick={toggle}>
        <span className={`note-badge kind-${note.kind}`}>{t(KIND_LABEL[note.kind])}</span>
        <span className="note-badge">{t(note.foundBy === 'cross-check' ? 'foundByCheck' : 'foundByReading')}</span>
        <Local zh={note.titleZh} en={note.titleEn} />
      </summary>
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('statement')}</th>
              <th scope="col">{t('value')}</th>
              <th scope="col">{t('where')}</th>
            </tr>
          </thead>
          <tbody>
            {note.values.map((v) => (
              <tr key={`${v.source}-${v.valueText}`}>
                <th scope="row">
                  <Local zh={v.labelZh} en={v.labelEn} />
                </th>
                <td>
                  <Local zh={v.valueText} en={v.valueTextEn} />
                </td>
                <td className="note-source">{localSource(lang, v.source)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="note-explanation">
        <Local zh={note.explanationZh} en={note.explanationEn} />
      </p>
    </details>
  );
}
