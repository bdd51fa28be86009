import { useEffect } from 'react';
import { actions, currentIntent, subscribeToIntent } from './store';
import { noticeActions } from './notices';
import { dropUnknownNote, dropUnknownSchools, parseIntent, serializeIntent, type ParsedUrl } from './url';

function addressWith(search: string): string {
  return `${window.location.pathname}${search}${window.location.hash}`;
}

/**
 * Applies an intent that came from the address. The address is rewritten first (without what was
 * dropped, in the same history entry), so the store's change does not push a new entry.
 */
function applyFromAddress({ intent, dropped }: ParsedUrl): void {
  const clean = serializeIntent(intent);
  if (clean !== window.location.search) window.history.replaceState(null, '', addressWith(clean));
  noticeActions.paramsDropped(dropped);
  actions.intentRestored(intent);
}

/**
 * The full address of the view as the user has set it: what the URL shows, or will show once a
 * pending push is written. For links, QR codes and printouts made right after a change.
 */
export function currentAddress(): string {
  return new URL(addressWith(serializeIntent(currentIntent())), window.location.href).href;
}

/**
 * Writing the address waits until the browser is idle after a change, so the views paint the change
 * first: pushState cost about 4 ms of each filter change's 30 (CPU profile of 30 changes). Changes
 * made before it runs (a quick second click) share one history entry, as they share one paint.
 */
let pendingPush: (() => void) | null = null;

function pushNow(): void {
  pendingPush = null;
  const search = serializeIntent(currentIntent());
  if (search !== window.location.search) window.history.pushState(null, '', addressWith(search));
}

function schedulePush(): void {
  // One write per quiet moment: a push already waiting will read this change too.
  if (pendingPush) return;
  if (typeof window.requestIdleCallback === 'function') {
    // The timeout bounds the wait on a page that never idles (an animation running).
    const handle = window.requestIdleCallback(pushNow, { timeout: 300 });
    pendingPush = () => window.cancelIdleCallback(handle);
  } else {
    const handle = window.setTimeout(pushNow, 50);
    pendingPush = () => window.clearTimeout(handle);
  }
}

function cancelPush(): void {
  pendingPush?.();
  pendingPush = null;
}

/**
 * Back/forward. A push still pending reads the intent when it runs, which is then the restored one,
 * already in the address: the entry left is not rewritten.
 */
const restoreFromLocation = () => applyFromAddress(parseIntent(window.location.search));

/** Leaving the page (reload, close) writes a pending push first, so the reloaded page is the same view. */
const flushPush = () => {
  if (!pendingPush) return;
  cancelPush();
  pushNow();
};

/**
 * Keeps the URL and the store in step: the URL is read on load and on back/forward; each change of
 * intent pushes one history entry once the change has painted.
 */
export function useUrlSync(): void {
  useEffect(() => {
    restoreFromLocation();
    const unsubscribe = subscribeToIntent(schedulePush);
    window.addEventListener('popstate', restoreFromLocation);
    window.addEventListener('pagehide', flushPush);
    return () => {
      unsubscribe();
      cancelPush();
      window.removeEventListener('popstate', restoreFromLocation);
      window.removeEventListener('pagehide', flushPush);
    };
  }, []);
}

/** Once data-notes.json is known, drops an opened note it does not have. */
export function useKnownNotes(knownIds: ReadonlySet<string> | undefined): void {
  useEffect(() => {
    if (!knownIds) return;
    const parsed = dropUnknownNote(currentIntent(), knownIds);
    if (parsed.dropped.length > 0) applyFromAddress(parsed);
  }, [knownIds]);
}

/** Once schools.json is known, drops compared and profiled schools it does not have. */
export function useKnownSchools(knownIds: ReadonlySet<string> | undefined): void {
  useEffect(() => {
    if (!knownIds) return;
    const parsed = dropUnknownSchools(currentIntent(), knownIds);
    if (parsed.dropped.length > 0) applyFromAddress(parsed);
  }, [knownIds]);
}
