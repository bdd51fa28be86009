import { useEffect } from 'react';
import type { ExportModel } from '@/lib/export/model';
import { exportableActions } from '@/state/exportables';

/** Lists a view for the presentation panel while it is mounted and has something to show. */
export function useRegisterExportable(model: ExportModel | null): void {
  useEffect(() => {
    if (!model) return;
    exportableActions.viewExportable(model);
    return () => exportableActions.viewGone(model.id);
  }, [model]);
}
