import { useSyncExternalStore } from 'react';

/**
 * Whether the page is being printed (or laid out for print): views then show what paper needs —
 * every chart of the open tab, tables expanded, folded sections open, deferred panels drawn. Not
 * user intent, so not in the URL: it follows the browser's print media and print events.
 */
let printing = false;
const listeners = new Set<() => void>();

function set(next: boolean): void {
  if (next === printing) return;
  printing = next;
  listeners.forEach((l) => l());
}

let watching = false;
function watch(): void {
  if (watching || typeof window === 'undefined') return;
  watching = true;
  let printEvent = false;
  const media = typeof window.matchMedia === 'function' ? window.matchMedia('print') : null;
  media?.addEventListener('change', (e) => set(e.matches || printEvent));
  window.addEventListener('beforeprint', () => {
    printEvent = true;
    set(true);
  });
  window.addEventListener('afterprint', () => {
    printEvent = false;
    set(media?.matches ?? false);
  });
  set(media?.matches ?? false);
}

export function usePrinting(): boolean {
  return useSyncExternalStore(
    (listener) => {
      watch();
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => printing,
    () => false,
  );
}

/**
 * The Print button: lay the page out for paper (deferred panels mount, tables open), wait until
 * nothing is still loading, then open the browser's print dialog. `afterprint` ends it.
 */
export async function printRequested(isLoading: () => boolean, timeoutMs = 8000): Promise<void> {
  watch();
  set(true);
  const started = Date.now();
  // Two frames at least, so React has rendered the print layout before the check.
  do await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  while (isLoading() && Date.now() - started < timeoutMs);
  window.print();
}

/** For tests: as if the browser started or finished printing. */
export function printingChanged(next: boolean): void {
  set(next);
}
