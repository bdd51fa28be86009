import { NoteMarks } from '@/components/NoteMarks';
import { useT } from '@/components/use-t';
import type { DataNote } from '@/data/domain';
import { pick } from '@/lib/i18n';
import { useLang } from '@/state/store';
import { profileMessages } from './messages';

/** Every data note that touches the school, its figures, lists or cases; ※ links to the note in full. */
export function ProfileNotes({ notes }: { notes: readonly DataNote[] }) {
  const t = useT(profileMessages);
  const lang = useLang();
  if (notes.length === 0) return <p className="profile-none">{t('notesNone')}</p>;
  return (
    <>
      <p className="profile-note profile-notes-intro">{t('notesIntro')}</p>
      <ul className="profile-notes">
        {notes.map((note) => (
          <li key={note.id}>
            <NoteMarks notes={[note]} /> {pick(lang, note, 'title')}
          </li>
        ))}
      </ul>
    </>
  );
}
