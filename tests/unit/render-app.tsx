import { render } from '@testing-library/react';
import { vi } from 'vitest';
import { App } from '@/app/App';
import { AppProviders, createQueryClient } from '@/app/providers';
import { fakeFetch } from './data-files';

/** The whole app on the real datasets (or broken ones), at a given address. */
export function renderApp({
  search = '',
  overrides = {},
}: { search?: string; overrides?: Record<string, string | null> } = {}) {
  window.history.replaceState(null, '', `/${search}`);
  vi.stubGlobal('fetch', fakeFetch(overrides));
  return render(
    <AppProviders client={createQueryClient()}>
      <App />
    </AppProviders>,
  );
}
