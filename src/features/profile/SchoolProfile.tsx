import type { UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import { DatasetErrorMessage } from '@/components/DatasetErrorMessage';
import { ExportMenu } from '@/components/export/ExportMenu';
import { useRegisterExportable } from '@/components/export/use-exportable';
import { NoteMarks } from '@/components/NoteMarks';
import { useT } from '@/components/use-t';
import type { SchoolFigures, Schools } from '@/data/domain';
import { useCases, useDataNotes, useLists, usePrefectures } from '@/data/queries';
import { pick } from '@/lib/i18n';
import { actions, useLang } from '@/state/store';
import { profileExportModel } from './export-model';
import { FiguresTable } from './FiguresTable';
import { Identity } from './Identity';
import { KeyFigures } from './KeyFigures';
import { factsText, identityRows } from './identity';
import { profileMeasures } from './measures';
import { CaseMentions, ListMentions, Recognitions } from './Mentions';
import { mentionsOf } from './mentions';
import { profileMessages } from './messages';
import { notesFor, profileNoteKeys, schoolNoteKeys } from './notes';
import { printProfile } from './print-profile';
import { buildProfile } from './profile';
import { ProfileNotes } from './ProfileNotes';
import { originalTitle } from './texts';

/**
 * "与同类学校对比": the comparison of the school with its peers' median, brought into view. The
 * comparison may not be mounted yet (it waits below the fold until needed), so its place is found by
 * the id its placeholder keeps (the panel, once mounted, has the same id). The one place that scrolls
 * to the comparison.
 */
function comparePeers(id: string) {
  actions.peersCompared(id);
  requestAnimationFrame(() => document.getElementById('compare')?.scrollIntoView({ block: 'start' }));
}

/** A dataset the profile can do without: while it loads, or when it failed, say so in its place. */
function Pending({ query, what }: { query: { isError: boolean; error: unknown; data: unknown }; what: string }) {
  const t = useT();
  if (query.isError) return <DatasetErrorMessage error={query.error} />;
  if (query.data === undefined)
    return (
      <p className="loading" role="status">
        {t('loading', { what })}
      </p>
    );
  return null;
}

/** The open profile: who the school is, every figure with honest standings, what the report says of it. */
export function SchoolProfile({
  id,
  schools,
  figures,
}: {
  id: string;
  schools: Schools;
  /** school-figures.json's query: while it loads or if it failed, the rest of the profile still shows. */
  figures: UseQueryResult<SchoolFigures>;
}) {
  const t = useT(profileMessages);
  const lang = useLang();
  const lists = useLists();
  const cases = useCases();
  const dataNotes = useDataNotes();
  const prefectures = usePrefectures().data;
  const measures = useMemo(() => (figures.data ? profileMeasures(figures.data) : []), [figures.data]);
  const profile = useMemo(
    () => buildProfile(id, schools.list, measures, prefectures?.byId),
    [id, schools, measures, prefectures],
  );
  const mentions = useMemo(
    () => (profile ? mentionsOf(profile.school, lists.data, cases.data?.cases) : undefined),
    [profile, lists.data, cases.data],
  );
  const notes = useMemo(
    () => (profile && mentions ? notesFor(profileNoteKeys(id, measures, mentions), dataNotes.data) : []),
    [id, profile, measures, mentions, dataNotes.data],
  );
  const model = useMemo(
    () => (profile && mentions ? profileExportModel(profile, mentions, notes, lang) : null),
    [profile, mentions, notes, lang],
  );
  useRegisterExportable(model);
  // An id schools.json does not have is dropped from the URL with a notice (see useKnownSchools).
  if (!profile || !mentions || !model) return null;
  const { school } = profile;
  const name = pick(lang, school, 'name');
  const headingId = `profile-${school.id}-name`;
  return (
    <article className="profile" aria-labelledby={headingId} data-profile={school.id}>
      <header className="profile-head">
        <div>
          <h3 id={headingId} className="profile-name" title={originalTitle(lang, school.nameZh)}>
            {name}
            <NoteMarks notes={notesFor(schoolNoteKeys(school.id), dataNotes.data)} />
          </h3>
          <p className="profile-facts">{factsText(profile, lang)}</p>
        </div>
        <div className="profile-actions">
          <button type="button" onClick={() => comparePeers(school.id)} disabled={profile.peers.length < 2}>
            {t('comparePeers')}
          </button>
          <button type="button" onClick={printProfile}>
            {t('print')}
          </button>
          <ExportMenu model={model} />
          <button type="button" aria-label={t('closeLabel', { name })} onClick={actions.profileClosed}>
            {t('close')}
          </button>
        </div>
      </header>
      {model.figure.kind === 'sheet' && <KeyFigures cards={model.figure.cards} />}
      <section aria-label={t('identity')}>
        <h4>{t('identity')}</h4>
        <Identity rows={identityRows(profile, mentions, lang)} peers={profile.peers} self={school.id} />
      </section>
      <section aria-label={t('figures')}>
        <h4>{t('figures')}</h4>
        <p className="profile-note">{t('figuresNote', { count: profile.provinceCount })}</p>
        <Pending query={figures} what={t('figures')} />
        {figures.data && <FiguresTable profile={profile} notes={dataNotes.data} />}
      </section>
      <section aria-label={t('lists')}>
        <h4>{t('lists')}</h4>
        <Pending query={lists} what={t('lists')} />
        {lists.data && <ListMentions mentions={mentions} notes={dataNotes.data} />}
      </section>
      <section aria-label={t('recognitions')}>
        <h4>{t('recognitions')}</h4>
        <Pending query={lists} what={t('recognitions')} />
        {lists.data && <Recognitions mentions={mentions} notes={dataNotes.data} />}
      </section>
      <section aria-label={t('cases')}>
        <h4>{t('cases')}</h4>
        <Pending query={cases} what={t('cases')} />
        {cases.data && <CaseMentions mentions={mentions} notes={dataNotes.data} />}
      </section>
      <section aria-label={t('notes')}>
        <h4>{t('notes')}</h4>
        <Pending query={dataNotes} what={t('notes')} />
        {dataNotes.data && <ProfileNotes notes={notes} />}
      </section>
    </article>
  );
}
