import { actions, useShownAsTable } from '@/state/store';

/** A view's chart/table toggle, kept in the URL (table=<view id>) so a shared link shows the same. */
export function useTableToggle(viewId: string) {
  const asTable = useShownAsTable(viewId);
  return {
    view: asTable ? ('table' as const) : ('chart' as const),
    onViewChange: (shown: 'chart' | 'table') => actions.viewShownAs(viewId, shown),
  };
}
