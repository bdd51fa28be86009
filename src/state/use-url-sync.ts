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

const restoreFromLocation = () => applyFromAddress(parseIntent(window.location.search));

/**
 * Keeps the URL and the store in step: the URL is read on load and on back/forward; each change of
 * intent pushes one history entry.
 */
export function useUrlSync(): void {
  useEffect(() => {
    restoreFromLocation();
    const unsubscribe = subscribeToIntent((intent) => {
      const search = serializeIntent(intent);
      if (search !== window.location.search) window.history.pushState(null, '', addressWith(search));
    });
    window.addEventListener('popstate', restoreFromLocation);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', restoreFromLocation);
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
