import { NoteMarks } from '@/components/NoteMarks';
import { useT } from '@/components/use-t';
import type { DataNotes } from '@/data/domain';
import { localSource } from '@/lib/i18n';
import { useLang } from '@/state/store';
import { caseLabel, localText, originalTitle } from './texts';
import { RECOGNITIONS_LIST, type Bilingual, type Mentions } from './mentions';
import { profileMessages } from './messages';
import { caseNoteKeys, listNoteKeys, notesFor } from './notes';

/** Text from the data in the reader's language; in English the Chinese original is one hover away. */
function Local({ text }: { text: Bilingual }) {
  const lang = useLang();
  return <span title={originalTitle(lang, text.zh)}>{localText(lang, text)}</span>;
}

/** The list entries that name the school, each list with its source and each entry with its 序号. */
export function ListMentions({ mentions, notes }: { mentions: Mentions; notes: DataNotes | undefined }) {
  const t = useT(profileMessages);
  const lang = useLang();
  if (mentions.lists.length === 0) return <p className="profile-none">{t('listsNone')}</p>;
  return (
    <ul className="profile-lists">
      {mentions.lists.map((list) => (
        <li key={list.listId} data-list={list.listId}>
          <span className="profile-list-title">
            <Local text={list.title} />
            <NoteMarks notes={notesFor(listNoteKeys(list.listId), notes)} />
          </span>{' '}
          <span className="profile-cite">{localSource(lang, list.source)}</span>
          <ul className="entry-list">
            {list.entries.map((e) => (
              <li key={e.key}>
                <Local text={e.text} />
                {e.seq && <span className="profile-cite"> {t('seq', { seq: e.seq })}</span>}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

/** What the narrative and the cases recognise the school for, in the report's own words. */
export function Recognitions({ mentions, notes }: { mentions: Mentions; notes: DataNotes | undefined }) {
  const t = useT(profileMessages);
  const lang = useLang();
  if (mentions.recognitions.length === 0) return <p className="profile-none">{t('recognitionsNone')}</p>;
  const marks = notesFor(listNoteKeys(RECOGNITIONS_LIST), notes);
  return (
    <ul className="profile-recognitions">
      {mentions.recognitions.map((r) => (
        <li key={r.key}>
          <span className="profile-list-title">
            <Local text={r.title} />
          </span>{' '}
          <span className="profile-cite">{localSource(lang, r.source)}</span>
          <NoteMarks notes={marks} />
          <blockquote aria-label={t('quote')}>
            <Local text={r.quote} />
          </blockquote>
        </li>
      ))}
    </ul>
  );
}

/** The 案例 that name the school, with their section and page. */
export function CaseMentions({ mentions, notes }: { mentions: Mentions; notes: DataNotes | undefined }) {
  const t = useT(profileMessages);
  const lang = useLang();
  if (mentions.cases.length === 0) return <p className="profile-none">{t('casesNone')}</p>;
  return (
    <ul className="profile-cases">
      {mentions.cases.map((c) => (
        <li key={c.id} data-case={c.id}>
          <strong>{caseLabel(c, lang)}</strong> <Local text={c.title} />
          <NoteMarks notes={notesFor(caseNoteKeys(c.id), notes)} />{' '}
          <span className="profile-cite">{localSource(lang, `${c.id}、${c.section}`)}</span>
        </li>
      ))}
    </ul>
  );
}
