import { create } from 'zustand';
import type { DroppedParam } from './url';

/** Messages about the URL that the user should see once; not part of the shareable state. */
const useNotices = create<{ dropped: DroppedParam[] }>(() => ({ dropped: [] }));

export const useDroppedParams = () => useNotices((s) => s.dropped);

export const noticeActions = {
  paramsDropped: (dropped: DroppedParam[]) => {
    if (dropped.length > 0) useNotices.setState((s) => ({ dropped: [...s.dropped, ...dropped] }));
  },
  noticeDismissed: () => useNotices.setState({ dropped: [] }),
};
