import { localeOf } from '@/lib/format';
import { useQueryClient } from '@tanstack/react-query';
import { lazy, useEffect, useMemo } from 'react';
import { Header } from './Header';
import { FilterBar } from './FilterBar';
import { UrlNotice } from './UrlNotice';
import { Deferred, useHash } from './Deferred';
import { afterNextPaint, firstViewPainted, whenDatasetsSettled, whenIdle } from './first-paint';
import { HeadlinePanel } from '@/features/headline/HeadlinePanel';
import { MapPanel } from '@/features/map/MapPanel';
import { ChartsPanel } from '@/features/report-charts/ChartsPanel';
import { DatasetErrorMessage } from '@/components/DatasetErrorMessage';
import { registerAppFont } from '@/lib/export/fonts';
import {
  appendixQuery,
  casesQuery,
  dataNotesQuery,
  glossaryQuery,
  listsQuery,
  provinceQuery,
  usePrefectures,
  useSchools,
} from '@/data/queries';
import { useBenchmarks, useCompared, useLang, useNote, useSchool } from '@/state/store';
import { useKnownSchools, useUrlSync } from '@/state/use-url-sync';

// Panels below the fold are separate chunks, fetched when the reader comes near them.
const ComparisonPanel = lazy(() =>
  import('@/features/comparison/ComparisonPanel').then((m) => ({ default: m.ComparisonPanel })),
);
const ScorecardPanel = lazy(() =>
  import('@/features/scorecard/ScorecardPanel').then((m) => ({ default: m.ScorecardPanel })),
);
const ExportPanel = lazy(() => import('@/features/export/ExportPanel').then((m) => ({ default: m.ExportPanel })));
const ProfilePanel = lazy(() => import('@/features/profile/ProfilePanel').then((m) => ({ default: m.ProfilePanel })));
const GlossaryPanel = lazy(() =>
  import('@/features/glossary/GlossaryPanel').then((m) => ({ default: m.GlossaryPanel })),
);
const NotesPanel = lazy(() => import('@/features/notes/NotesPanel').then((m) => ({ default: m.NotesPanel })));

/**
 * Panels below the fold wait until the reader comes near them (or the address asks for them: an
 * open profile, a comparison, a data note, a glossary entry), so the first view fetches no script
 * it does not show. Their datasets load after the first paint all the same, so a broken one is
 * named on screen at once: the panel then mounts to show its error.
 */
function BelowTheFold() {
  const school = useSchool();
  const compared = useCompared();
  const benchmarks = useBenchmarks();
  const note = useNote();
  const hash = useHash();
  return (
    <>
      <Deferred id="profile" untilNear needed={school !== null} datasets={[listsQuery, casesQuery]}>
        <ProfilePanel />
      </Deferred>
      <Deferred
        id="compare"
        untilNear
        needed={compared.length > 0 || benchmarks.length > 0}
        datasets={[listsQuery, casesQuery]}
      >
        <ComparisonPanel />
      </Deferred>
      <Deferred id="scorecard" untilNear datasets={[appendixQuery, provinceQuery]}>
        <ScorecardPanel />
      </Deferred>
      <Deferred id="export" untilNear>
        <ExportPanel />
      </Deferred>
      <Deferred
        id="data-notes"
        untilNear
        needed={note !== null || hash.startsWith('#data-note-')}
        datasets={[dataNotesQuery]}
      >
        <NotesPanel />
      </Deferred>
      <Deferred id="glossary" untilNear needed={hash.startsWith('#glossary-')} datasets={[glossaryQuery]}>
        <GlossaryPanel />
      </Deferred>
    </>
  );
}

export function App() {
  const lang = useLang();
  const schools = useSchools();
  const prefectures = usePrefectures();
  useUrlSync();
  const knownIds = useMemo(() => (schools.data ? new Set(schools.data.byId.keys()) : undefined), [schools.data]);
  useKnownSchools(knownIds);
  useEffect(() => {
    document.documentElement.lang = localeOf(lang);
  }, [lang]);
  const queryClient = useQueryClient();
  // Once the first view has painted with its data: the panels below the fold, then (when the page
  // is idle) the app font, whose swap then relayouts a finished page rather than one being built.
  useEffect(
    () =>
      whenDatasetsSettled(queryClient, () =>
        afterNextPaint(() => {
          firstViewPainted();
          whenIdle(() => void registerAppFont());
        }),
      ),
    [queryClient],
  );

  return (
    <div className="app">
      <Header />
      <UrlNotice />
      {schools.data && prefectures.data ? (
        <FilterBar schools={schools.data} prefectures={prefectures.data} />
      ) : (
        [schools, prefectures].filter((q) => q.isError).map((q, i) => <DatasetErrorMessage key={i} error={q.error} />)
      )}
      <main className="dashboard">
        <HeadlinePanel />
        <MapPanel />
        <ChartsPanel />
        <BelowTheFold />
      </main>
    </div>
  );
}
