import { describe, expect, it } from 'vitest';
import { createTooltipStore } from '@/features/map/tooltip-store';

describe("the map's tooltip store", () => {
  it('holds what is shown and tells its readers of each change', () => {
    const store = createTooltipStore();
    let calls = 0;
    store.subscribe(() => calls++);
    expect(store.get()).toBeNull();
    const shown = { lines: ['酒泉市', '12,997 人'], at: { x: 10, y: 20 }, gap: 6 };
    store.show(shown);
    expect(store.get()).toBe(shown);
    expect(calls).toBe(1);
    store.hide();
    expect(store.get()).toBeNull();
    expect(calls).toBe(2);
  });

  it('does not wake its readers to hide what is already hidden', () => {
    const store = createTooltipStore();
    let calls = 0;
    store.subscribe(() => calls++);
    store.hide();
    expect(calls).toBe(0);
  });

  it('stops telling a reader that has unsubscribed, and keeps telling the others', () => {
    const store = createTooltipStore();
    const heard: string[] = [];
    const stop = store.subscribe(() => heard.push('a'));
    store.subscribe(() => heard.push('b'));
    stop();
    store.show({ lines: ['x'], at: { x: 0, y: 0 }, gap: 0 });
    expect(heard).toEqual(['b']);
  });

  it('keeps each map its own tooltip', () => {
    const one = createTooltipStore();
    const two = createTooltipStore();
    one.show({ lines: ['x'], at: { x: 0, y: 0 }, gap: 0 });
    expect(two.get()).toBeNull();
  });
});
