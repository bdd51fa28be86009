import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { config } from 'zod/mini';
import { noticeActions } from '@/state/notices';
import { resetStore } from '@/state/store';

// A query that finds nothing says what it looked for, without printing the whole page: the app's
// DOM is large, and serialising it on every retry of a findBy made waiting tests slow.
configure({
  getElementError: (message) => {
    const error = new Error(message ?? 'element not found');
    error.name = 'TestingLibraryElementError';
    return error;
  },
});

// jsdom has no ResizeObserver; the map's fit and the measured charts wait for one.
class ImmediateResizeObserver {
  private readonly callback: ResizeObserverCallback;
  constructor(callback: ResizeObserverCallback) {
    this.callback = callback;
  }
  observe(target: Element) {
    const entry = {
      target,
      contentRect: { width: 800, height: 400, top: 0, left: 0, bottom: 400, right: 800, x: 0, y: 0 },
    };
    this.callback([entry as unknown as ResizeObserverEntry], this);
  }
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= ImmediateResizeObserver as unknown as typeof ResizeObserver;

// Every test starts from the defaults: no intent, no notice, the bare address (where there is one:
// tests of the Node scripts run without a DOM).
afterEach(() => {
  cleanup();
  resetStore();
  noticeActions.noticeDismissed();
  if (typeof window !== 'undefined') window.history.replaceState(null, '', '/');
});

// The app validates with zod/mini, which carries no locale, so a reader sees zod's generic wording
// ("Invalid input"). Any module that loads the full zod installs its English locale in the one
// global config, and the unit suite shares modules between files (isolate: false): from then on
// every message in that worker read differently, and which files saw it depended on the order.
beforeEach(() => {
  config({ localeError: undefined });
});
