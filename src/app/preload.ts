import type { QueryClient } from '@tanstack/react-query';
import {
  boundariesQuery,
  dataNotesQuery,
  prefecturesQuery,
  provinceQuery,
  schoolFiguresQuery,
  schoolsQuery,
} from '@/data/queries';

/**
 * How long the first render waits for the first view's files. They normally arrive long before
 * (index.html has been fetching them since its head was parsed); a slow file must not keep the page
 * blank: past this the app renders, and the views still waiting say they are loading.
 */
export const FIRST_RENDER_WAIT_MS = 500;

/**
 * Loads the first view's datasets into the query cache. Resolves when every one has arrived or
 * failed (a failed one is in the cache as an error, which its views show), or after `waitMs`.
 */
export function preloadFirstView(client: QueryClient, waitMs = FIRST_RENDER_WAIT_MS): Promise<void> {
  // The files of src/data/first-view.ts, which index.html preloads (a unit test keeps them equal).
  const loads = [
    client.prefetchQuery(schoolsQuery),
    client.prefetchQuery(prefecturesQuery),
    client.prefetchQuery(schoolFiguresQuery),
    client.prefetchQuery(provinceQuery),
    client.prefetchQuery(dataNotesQuery),
    client.prefetchQuery(boundariesQuery),
  ];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const bound = new Promise<void>((resolve) => (timer = setTimeout(resolve, waitMs)));
  return Promise.race([Promise.all(loads).then(() => undefined), bound]).finally(() => clearTimeout(timer));
}
