import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { preloadFirstView } from '@/app/preload';
import { DatasetError } from '@/data/load';
import { FIRST_VIEW_FILES } from '@/data/first-view';
import { fakeFetch } from '../data-files';

const client = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });
const cached = (c: QueryClient) => c.getQueryCache().getAll();

describe('preloading the first view before the first render', () => {
  it('puts exactly the files index.html preloads in the cache, loaded', async () => {
    vi.stubGlobal('fetch', fakeFetch());
    const c = client();
    await preloadFirstView(c);
    expect(cached(c).map((q) => q.queryKey[1])).toEqual([...FIRST_VIEW_FILES]);
    expect(cached(c).every((q) => q.state.status === 'success')).toBe(true);
  });

  it('does not hold the page back for a broken file: it is in the cache as the error its views show', async () => {
    vi.stubGlobal('fetch', fakeFetch({ 'province.json': null }));
    const c = client();
    await preloadFirstView(c);
    const province = c.getQueryCache().find({ queryKey: ['dataset', 'province.json'] });
    expect(province?.state.status).toBe('error');
    expect(province?.state.error).toBeInstanceOf(DatasetError);
    expect(c.getQueryData(['dataset', 'schools.json'])).toBeDefined();
  });

  it('stops waiting for a file that does not arrive, so the page renders and says it is loading', async () => {
    const served = fakeFetch();
    vi.stubGlobal('fetch', (input: RequestInfo | URL) =>
      (input instanceof Request ? input.url : input.toString()).endsWith('gansu-prefectures.topo.json')
        ? new Promise<Response>(() => {})
        : served(input),
    );
    const c = client();
    await preloadFirstView(c, 300);
    expect(c.getQueryCache().find({ queryKey: ['dataset', 'gansu-prefectures.topo.json'] })?.state.status).toBe(
      'pending',
    );
  });
});
