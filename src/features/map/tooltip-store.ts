import type { Point } from './place-box';

export interface TooltipState {
  lines: readonly string[];
  /** The anchor in the map's container pixels. */
  at: Point;
  /** How far from the anchor the box keeps (a school's hit radius; a few px from the pointer). */
  gap: number;
}

export interface TooltipStore {
  show: (state: TooltipState) => void;
  hide: () => void;
  get: () => TooltipState | null;
  subscribe: (listener: () => void) => () => void;
}

/**
 * The map's one tooltip, as a tiny store the layers write and only the tooltip reads: a pointer
 * moving over the map re-renders the tooltip alone, never the map or the page.
 */
export function createTooltipStore(): TooltipStore {
  let state: TooltipState | null = null;
  const listeners = new Set<() => void>();
  const emit = () => listeners.forEach((l) => l());
  return {
    show: (next) => {
      state = next;
      emit();
    },
    hide: () => {
      if (state === null) return;
      state = null;
      emit();
    },
    get: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
