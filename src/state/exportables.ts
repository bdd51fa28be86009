import { create } from 'zustand';
import type { ExportModel } from '@/lib/export/model';

/**
 * The views that can be exported now, each with its current model. A view sets its entry whenever
 * its model changes and removes it when it unmounts or has nothing to show, so the export panel
 * never offers a stale title or an empty view.
 */
const useExportablesStore = create<{ byId: Record<string, ExportModel> }>(() => ({ byId: {} }));

export const exportableActions = {
  viewExportable: (model: ExportModel) =>
    useExportablesStore.setState((s) => (s.byId[model.id] === model ? s : { byId: { ...s.byId, [model.id]: model } })),
  viewGone: (id: string) =>
    useExportablesStore.setState((s) => {
      if (!(id in s.byId)) return s;
      const byId = { ...s.byId };
      delete byId[id];
      return { byId };
    }),
};

export const useExportableModels = () => useExportablesStore((s) => s.byId);
