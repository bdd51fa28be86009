import { useSyncExternalStore } from 'react';
import type { CompositionText } from './compose';
import type { TabularExport } from './csv';

/** A view that can be exported: its node, the text around it, and its numbers. */
export interface ExportableView {
  id: string;
  topic: string;
  /** The filters for the file name; empty for the whole province. */
  fileScope: () => string;
  node: () => HTMLElement | null;
  content: () => CompositionText;
  table: () => TabularExport;
}

const views = new Map<string, ExportableView>();
const listeners = new Set<() => void>();
let snapshot: ExportableView[] = [];

function changed(): void {
  snapshot = [...views.values()];
  listeners.forEach((l) => l());
}

/** Views register while mounted, so the presentation pack offers exactly what is on screen. */
export function registerExportable(view: ExportableView): () => void {
  views.set(view.id, view);
  changed();
  return () => {
    if (views.get(view.id) === view) {
      views.delete(view.id);
      changed();
    }
  };
}

export function useExportables(): ExportableView[] {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => snapshot,
  );
}
