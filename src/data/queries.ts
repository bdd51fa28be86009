import { queryOptions, useQuery } from '@tanstack/react-query';
import { loadDataset, type DatasetSpec } from './load';
import {
  appendixDataset,
  boundariesDataset,
  casesDataset,
  dataNotesDataset,
  glossaryDataset,
  listsDataset,
  prefecturesDataset,
  provinceDataset,
  schoolFiguresDataset,
  schoolsDataset,
} from './datasets';

/**
 * One query per dataset file; files never change while the app runs, so they never go stale. A
 * failed file stays failed: no retry, and no refetch when a later view (a panel rendered after the
 * first paint, or the app after main.tsx preloaded the file) starts to use it.
 */
export function datasetQuery<Raw, Domain>(spec: DatasetSpec<Raw, Domain>) {
  return queryOptions({
    queryKey: ['dataset', spec.file],
    queryFn: () => loadDataset(spec),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
    retryOnMount: false,
  });
}

export const schoolsQuery = datasetQuery(schoolsDataset);
export const prefecturesQuery = datasetQuery(prefecturesDataset);
export const schoolFiguresQuery = datasetQuery(schoolFiguresDataset);
export const provinceQuery = datasetQuery(provinceDataset);
export const appendixQuery = datasetQuery(appendixDataset);
export const listsQuery = datasetQuery(listsDataset);
export const casesQuery = datasetQuery(casesDataset);
export const dataNotesQuery = datasetQuery(dataNotesDataset);
export const glossaryQuery = datasetQuery(glossaryDataset);
export const boundariesQuery = datasetQuery(boundariesDataset);

export const useSchools = () => useQuery(schoolsQuery);
export const usePrefectures = () => useQuery(prefecturesQuery);
export const useSchoolFigures = () => useQuery(schoolFiguresQuery);
export const useProvince = () => useQuery(provinceQuery);
export const useAppendix = () => useQuery(appendixQuery);
export const useLists = () => useQuery(listsQuery);
export const useCases = () => useQuery(casesQuery);
export const useDataNotes = () => useQuery(dataNotesQuery);
export const useGlossary = () => useQuery(glossaryQuery);
export const useBoundaries = () => useQuery(boundariesQuery);
