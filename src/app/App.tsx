import { useEffect, useMemo } from 'react';
import { Header } from './Header';
import { FilterBar } from './FilterBar';
import { UrlNotice } from './UrlNotice';
import { HeadlinePanel } from '../features/headline/HeadlinePanel';
import { NotesPanel } from '../features/notes/NotesPanel';
import { MapPanel } from '../features/map/MapPanel';
import { ExportPanel } from '../features/export/ExportPanel';
import { ChartsPanel } from '../features/report-charts/ChartsPanel';
import { ComparisonPanel } from '../features/comparison/ComparisonPanel';
import { ScorecardPanel } from '../features/scorecard/ScorecardPanel';
import { DatasetErrorMessage } from '../components/DatasetErrorMessage';
import { usePrefectures, useSchools } from '../data/queries';
import { useLang } from '../state/store';
import { useKnownSchools, useUrlSync } from '../state/use-url-sync';

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
        <ComparisonPanel />
        <ScorecardPanel />
        <ExportPanel />
        <NotesPanel />
      </main>
    </div>
  );
}
