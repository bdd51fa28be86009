// renderHook needs a document: tests/unit/environments.ts runs this file in jsdom for that word (its
// \b@testing-library does not match after a quote).
import { renderHook, waitFor } from '@testing-library/react';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { createElement, type ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '@/app/providers';
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
} from '@/data/datasets';
import { loadDataset } from '@/data/load';
import {
  appendixQuery,
  boundariesQuery,
  casesQuery,
  dataNotesQuery,
  datasetQuery,
  glossaryQuery,
  listsQuery,
  prefecturesQuery,
  provinceQuery,
  schoolFiguresQuery,
  schoolsQuery,
  useAppendix,
  useBoundaries,
  useCases,
  useDataNotes,
  useGlossary,
  useLists,
  usePrefectures,
  useProvince,
  useSchoolFigures,
  useSchools,
} from '@/data/queries';
import { fakeFetch } from '../data-files';

afterEach(() => {
  vi.unstubAllGlobals();
});

function wrapperFor(client: QueryClient) {
  return ({ children }: { children: ReactNode }) => createElement(QueryClientProvider, { client }, children);
}

/** The file name a fetch asked for (the loader fetches `<base>data/<file>`). */
const fileOf = (input: RequestInfo | URL): string =>
  (input instanceof Request ? input.url : input.toString()).split('/').pop() ?? '';

/** A global fetch that serves public/data (with `overrides`, as fakeFetch) and records each file asked for. */
function stubFetch(overrides: Record<string, string | null> = {}): string[] {
  const asked: string[] = [];
  const serve = fakeFetch(overrides);
  vi.stubGlobal('fetch', (input: RequestInfo | URL) => {
    asked.push(fileOf(input));
    return serve(input);
  });
  return asked;
}

/** Every dataset through the app's loader, as the cache holds them. */
async function loadEvery() {
  const fetchImpl = fakeFetch();
  return {
    schools: await loadDataset(schoolsDataset, fetchImpl),
    prefectures: await loadDataset(prefecturesDataset, fetchImpl),
    figures: await loadDataset(schoolFiguresDataset, fetchImpl),
    province: await loadDataset(provinceDataset, fetchImpl),
    appendix: await loadDataset(appendixDataset, fetchImpl),
    lists: await loadDataset(listsDataset, fetchImpl),
    cases: await loadDataset(casesDataset, fetchImpl),
    notes: await loadDataset(dataNotesDataset, fetchImpl),
    glossary: await loadDataset(glossaryDataset, fetchImpl),
    boundaries: await loadDataset(boundariesDataset, fetchImpl),
  };
}

describe('the dataset hooks', () => {
  it('each give their own dataset from the cache, without fetching it again', async () => {
    const data = await loadEvery();
    const client = createQueryClient();
    client.setQueryData(schoolsQuery.queryKey, data.schools);
    client.setQueryData(prefecturesQuery.queryKey, data.prefectures);
    client.setQueryData(schoolFiguresQuery.queryKey, data.figures);
    client.setQueryData(provinceQuery.queryKey, data.province);
    client.setQueryData(appendixQuery.queryKey, data.appendix);
    client.setQueryData(listsQuery.queryKey, data.lists);
    client.setQueryData(casesQuery.queryKey, data.cases);
    client.setQueryData(dataNotesQuery.queryKey, data.notes);
    client.setQueryData(glossaryQuery.queryKey, data.glossary);
    client.setQueryData(boundariesQuery.queryKey, data.boundaries);
    const asked = stubFetch();

    const { result } = renderHook(
      () => ({
        schools: useSchools(),
        prefectures: usePrefectures(),
        figures: useSchoolFigures(),
        province: useProvince(),
        appendix: useAppendix(),
        lists: useLists(),
        cases: useCases(),
        notes: useDataNotes(),
        glossary: useGlossary(),
        boundaries: useBoundaries(),
      }),
      { wrapper: wrapperFor(client) },
    );

    expect(result.current.schools.data).toBe(data.schools);
    expect(result.current.prefectures.data).toBe(data.prefectures);
    expect(result.current.figures.data).toBe(data.figures);
    expect(result.current.province.data).toBe(data.province);
    expect(result.current.appendix.data).toBe(data.appendix);
    expect(result.current.lists.data).toBe(data.lists);
    expect(result.current.cases.data).toBe(data.cases);
    expect(result.current.notes.data).toBe(data.notes);
    expect(result.current.glossary.data).toBe(data.glossary);
    expect(result.current.boundaries.data).toBe(data.boundaries);
    expect(asked).toEqual([]);
  });

  it('fetch their files when nothing is cached, each its own', async () => {
    const asked = stubFetch();
    const { result } = renderHook(
      () => ({ schools: useSchools(), prefectures: usePrefectures(), boundaries: useBoundaries() }),
      { wrapper: wrapperFor(createQueryClient()) },
    );
    await waitFor(() => expect(result.current.boundaries.isSuccess).toBe(true));
    await waitFor(() => expect(result.current.schools.isSuccess).toBe(true));
    await waitFor(() => expect(result.current.prefectures.isSuccess).toBe(true));
    expect(result.current.schools.data?.byName.get('兰州石化职业技术学院')?.id).toBe('lz-petrochemical');
    expect(result.current.prefectures.data?.list).toHaveLength(14);
    expect(result.current.boundaries.data?.shapes).toHaveLength(14);
    expect([...asked].sort()).toEqual(['gansu-prefectures.topo.json', 'prefectures.json', 'schools.json']);
  });

  it('give a failed file as the loader’s error, naming the file', async () => {
    stubFetch({ 'glossary.json': null });
    const { result } = renderHook(() => useGlossary(), { wrapper: wrapperFor(createQueryClient()) });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error?.message).toBe('glossary.json: file not found (HTTP 404)');
  });
});

describe('datasetQuery', () => {
  it('loads the spec’s own file through the loader, a query per file', async () => {
    const asked = stubFetch();
    const schools = datasetQuery(schoolsDataset);
    const prefectures = datasetQuery(prefecturesDataset);
    const { result } = renderHook(() => ({ schools: useQuery(schools), prefectures: useQuery(prefectures) }), {
      wrapper: wrapperFor(createQueryClient()),
    });
    await waitFor(() => expect(result.current.schools.isSuccess).toBe(true));
    await waitFor(() => expect(result.current.prefectures.isSuccess).toBe(true));
    expect(result.current.schools.data?.list).toHaveLength(29);
    expect(result.current.schools.data?.byId.get('lz-petrochemical')?.nameZh).toBe('兰州石化职业技术大学');
    expect(result.current.prefectures.data?.list).toHaveLength(14);
    expect([...asked].sort()).toEqual(['prefectures.json', 'schools.json']);
  });

  it('names its file in the query key, where the first paint looks for it', () => {
    expect(datasetQuery(casesDataset).queryKey[1]).toBe('cases.json');
    expect(datasetQuery(boundariesDataset).queryKey[1]).toBe('gansu-prefectures.topo.json');
  });

  it('fetches a failing file once and settles in error, not retrying (whatever the client’s default)', async () => {
    const asked = stubFetch({ 'schools.json': null });
    // The library's own defaults: three retries unless the query says otherwise.
    const client = new QueryClient();
    const query = datasetQuery(schoolsDataset);
    const { result } = renderHook(() => useQuery(query), { wrapper: wrapperFor(client) });
    await waitFor(() => expect(result.current.failureCount).toBe(1));
    expect(result.current.status).toBe('error');
    expect(result.current.fetchStatus).toBe('idle');
    expect(result.current.error?.message).toBe('schools.json: file not found (HTTP 404)');
    expect(asked).toEqual(['schools.json']);
  });

  it('does not fetch a file again when a view mounts after its preload failed', async () => {
    const asked = stubFetch({ 'schools.json': '{"schools": [' });
    const client = createQueryClient();
    const query = datasetQuery(schoolsDataset);
    await client.prefetchQuery(query);
    expect(asked).toEqual(['schools.json']);

    const { result } = renderHook(() => useQuery(query), { wrapper: wrapperFor(client) });
    expect(result.current.status).toBe('error');
    expect(result.current.fetchStatus).toBe('idle');
    expect(result.current.error?.message).toMatch(/^schools\.json: not valid JSON \(/);
    const second = renderHook(() => useQuery(query), { wrapper: wrapperFor(client) });
    expect(second.result.current.status).toBe('error');
    expect(asked).toEqual(['schools.json']);
  });
});
