import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { noticeActions } from '@/state/notices';
import { resetStore } from '@/state/store';

// jsdom has no ResizeObserver; recharts' ResponsiveContainer renders nothing without one.
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
