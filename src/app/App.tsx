import { lazy, Suspense, useEffect, useMemo } from 'react';
import { Header } from './Header';
import { FilterBar } from './FilterBar';
import { UrlNotice } from './UrlNotice';
import { HeadlinePanel } from '@/features/headline/HeadlinePanel';
import { NotesPanel } from '@/features/notes/NotesPanel';
import { MapPanel } from '@/features/map/MapPanel';
import { ChartsPanel } from '@/features/report-charts/ChartsPanel';
import { DatasetErrorMessage } from '@/components/DatasetErrorMessage';
import { usePrefectures, useSchools } from '@/data/queries';
import { useLang } from '@/state/store';
import { useKnownSchools, useUrlSync } from '@/state/use-url-sync';
import { useT } from '@/components/use-t';

function LoadingPanel() {
  const t = useT();
  return (
    <p className="loading panel" role="status">
      {t('loading', { what: '' })}
    </p>
  );
}

// Panels below the fold load after the first view has painted, keeping its script small.
const ComparisonPanel = lazy(() =>
  import('@/features/comparison/ComparisonPanel').then((m) => ({ default: m.ComparisonPanel })),
);
const ScorecardPanel = lazy(() =>
  import('@/features/scorecard/ScorecardPanel').then((m) => ({ default: m.ScorecardPanel })),
);
const ExportPanel = lazy(() => import('@/features/export/ExportPanel').then((m) => ({ default: m.ExportPanel })));

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
        <Suspense fallback={<LoadingPanel />}>
          <ComparisonPanel />
          <ScorecardPanel />
          <ExportPanel />
        </Suspense>
        <NotesPanel />
      </main>
    </div>
  );
}
