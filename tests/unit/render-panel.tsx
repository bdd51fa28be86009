import { act, render } from '@testing-library/react';
import type { DataTag, QueryKey } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { vi } from 'vitest';
import { FilterBar } from '@/app/FilterBar';
import { AppProviders, createQueryClient } from '@/app/providers';
import { allDatasets } from '@/data/datasets';
import { loadDataset, type DatasetSpec } from '@/data/load';
import * as queries from '@/data/queries';
import { defaultIntent, type Intent } from '@/state/intent';
import { actions } from '@/state/store';
import { fakeFetch } from './data-files';

/** Every dataset query the app has (schoolsQuery, provinceQuery …), found by its queryKey. */
const datasetQueries = Object.values(queries).flatMap((value) =>
  typeof value === 'object' && 'queryKey' in value ? [value as { queryKey: QueryKey }] : [],
);

const fileOf = (key: QueryKey): string => String(key[1]);

/**
 * The real datasets of public/data, through the app's own loader and schemas: loaded once per test
 * file (this module is evaluated once per file), then handed to every render. A file that fails to
 * load is kept as its error: the views that need it show that error, the datasets test names it.
 */
const loaded = new Map<string, { data: unknown } | { error: unknown }>(
  await Promise.all(
    allDatasets.map((spec) =>
      loadDataset(spec as DatasetSpec<unknown, unknown>, fakeFetch()).then(
        (data) => [spec.file, { data }] as const,
        (error: unknown) => [spec.file, { error }] as const,
      ),
    ),
  ),
);

export interface PanelOptions {
  /** Intent to start from, as if the user had already chosen it. */
  intent?: Partial<Intent>;
  /** Datasets left out: their queries stay loading (the fetch never answers). */
  without?: string[];
  /**
   * Datasets served broken, as the app's loader sees them: a string body (malformed JSON, a wrong
   * shape) or null (HTTP 404). Their queries fail with the loader's own error.
   */
  broken?: Record<string, string | null>;
}

/**
 * Renders one view on the real data, synchronously: a fresh QueryClient (retry off) is seeded with
 * every dataset, so nothing is fetched and the lazily loaded app shell is not involved.
 */
export function renderPanel(ui: ReactElement, { intent = {}, without = [], broken = {} }: PanelOptions = {}) {
  const client = createQueryClient();
  const unseeded = new Set([...without, ...Object.keys(broken)]);
  const failed = new Set<string>();
  for (const query of datasetQueries) {
    const file = fileOf(query.queryKey);
    const result = loaded.get(file);
    if (!result) throw new Error(`render-panel: no dataset loaded for ${file}`);
    if (unseeded.has(file)) continue;
    if ('data' in result) client.setQueryData(query.queryKey, result.data);
    else failed.add(file);
  }
  const serve = fakeFetch(broken);
  vi.stubGlobal('fetch', (input: RequestInfo | URL) => {
    const file = (input instanceof Request ? input.url : input.toString()).split('/').pop() ?? '';
    if (file in broken || failed.has(file)) return serve(input);
    if (without.includes(file)) return new Promise<Response>(() => {});
    return Promise.reject(new Error(`render-panel: unexpected fetch of ${file}`));
  });
  actions.intentRestored({ ...defaultIntent, ...intent });
  return { client, ...render(<AppProviders client={client}>{ui}</AppProviders>) };
}

/** A dataset in its domain form, as the views receive it: `dataset(schoolsQuery)` is the Schools. */
export function dataset<T>(query: { queryKey: DataTag<QueryKey, T, unknown> }): T {
  const result = loaded.get(fileOf(query.queryKey));
  if (!result) throw new Error(`render-panel: no dataset for ${fileOf(query.queryKey)}`);
  if ('error' in result) throw result.error;
  return result.data as T;
}

/** The app's filter bar on the real data, to drive a panel's filters as a user does. */
export function filterBar(): ReactElement {
  return <FilterBar schools={dataset(queries.schoolsQuery)} prefectures={dataset(queries.prefecturesQuery)} />;
}

/** Lets the export registry apply what the views registered (it gathers them until the next task). */
export const registrySettled = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
