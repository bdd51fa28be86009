import type { QueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { FIRST_VIEW_FILES } from '@/data/first-view';

/**
 * Whether the first view has been painted with its data. Panels below the fold wait for it, so
 * the first screen is built and drawn before anything else competes for the main thread. A tiny
 * store of its own, so that flipping it re-renders only the panels that wait, not the whole app.
 */
let painted = false;
const listeners = new Set<() => void>();

/** Runs `callback` just after the browser has painted the frame now being prepared. */
export function afterNextPaint(callback: () => void): void {
  // A rAF callback runs before the paint; a task queued from it runs after that paint.
  requestAnimationFrame(() => setTimeout(callback, 0));
}

/** Runs `callback` when the main thread has nothing else to do (within a second at the latest). */
export function whenIdle(callback: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(callback, { timeout: 1000 });
  else setTimeout(callback, 100);
}

/** Longest wait for the first view's files before the rest renders anyway. */
const SETTLE_BOUND_MS = 3000;

/**
 * Calls `callback` once the first view's files (src/data/first-view.ts) are no longer being
 * fetched (each has arrived or failed), or after a bound so that a stuck file does not hold back
 * the whole page. Files a view asks for later (the map's lists) do not hold it back either.
 */
export function whenDatasetsSettled(client: QueryClient, callback: () => void): () => void {
  const files: readonly string[] = FIRST_VIEW_FILES;
  const fetching = () => client.isFetching({ predicate: (q) => files.includes(String(q.queryKey[1])) });
  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    stop();
    // After react-query has handed the last result to React (it notifies in a task of its own).
    setTimeout(callback, 0);
  };
  const unsubscribe = client.getQueryCache().subscribe(() => {
    if (fetching() === 0) finish();
  });
  const timer = setTimeout(finish, SETTLE_BOUND_MS);
  const stop = () => {
    unsubscribe();
    clearTimeout(timer);
  };
  if (fetching() === 0) finish();
  return () => {
    done = true;
    stop();
  };
}

export function firstViewPainted(): void {
  if (painted) return;
  painted = true;
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

// Not painted in the HTML rendered at build time (src/app/prerender.tsx).
export const useFirstViewPainted = () =>
  useSyncExternalStore(
    subscribe,
    () => painted,
    () => false,
  );
