import type { DataNote } from '@/data/domain';
import { useLang } from '@/state/store';
import { useT } from './use-t';
import { pick } from '@/lib/i18n';

/** Marks a figure that a data note touches, linking to the note in the data-notes panel. */
export function NoteMarks({ notes }: { notes: readonly DataNote[] | undefined }) {
  const t = useT();
  const lang = useLang();
  if (!notes || notes.length === 0) return null;
  return (
    <span className="note-marks">
      {notes.map((note) => {
        const title = pick(lang, note, 'title');
        return (
          <a
            key={note.id}
            className="note-mark"
            href={`#data-note-${note.id}`}
            title={t('noteMark', { title })}
            aria-label={t('noteMark', { title })}
          >
            ※
          </a>
        );
      })}
    </span>
  );
}
