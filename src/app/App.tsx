import { useQueries, useQueryClient } from '@tanstack/react-query';
import { lazy, useEffect, useMemo } from 'react';
import { Header } from './Header';
import { FilterBar } from './FilterBar';
import { UrlNotice } from './UrlNotice';
import { Deferred } from './Deferred';
import { afterNextPaint, firstViewPainted, useFirstViewPainted, whenDatasetsSettled, whenIdle } from './first-paint';
import { HeadlinePanel } from '@/features/headline/HeadlinePanel';
import { MapPanel } from '@/features/map/MapPanel';
import { ChartsPanel } from '@/features/report-charts/ChartsPanel';
import { DatasetErrorMessage } from '@/components/DatasetErrorMessage';
import { registerAppFont } from '@/lib/export/fonts';
import { appendixQuery, provinceQuery, usePrefectures, useSchools } from '@/data/queries';
import { useLang } from '@/state/store';
import { useKnownSchools, useUrlSync } from '@/state/use-url-sync';

// Panels below the fold load and render after the first view has painted, keeping its script
// small and its main thread free; the scorecard (whose charts need recharts) waits until it is near.
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
 * The scorecard waits until it is near; its datasets load after the first paint all the same, so
 * that a broken one is named on screen (the panel then mounts to show its error) without scrolling.
 */
function DeferredScorecard() {
  const painted = useFirstViewPainted();
  const failed = useQueries({
    queries: [appendixQuery, provinceQuery].map((q) => ({ ...q, enabled: painted })),
    combine: (results) => results.some((r) => r.isError),
  });
  return (
    <Deferred id="scorecard" untilNear failed={failed}>
      <ScorecardPanel />
    </Deferred>
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
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
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
        <Deferred id="profile">
          <ProfilePanel />
        </Deferred>
        <Deferred id="compare">
          <ComparisonPanel />
        </Deferred>
        <DeferredScorecard />
        <Deferred id="export">
          <ExportPanel />
        </Deferred>
        <Deferred id="data-notes">
          <NotesPanel />
        </Deferred>
        <Deferred id="glossary">
          <GlossaryPanel />
        </Deferred>
      </main>
    </div>
  );
}
