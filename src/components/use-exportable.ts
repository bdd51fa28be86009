import { useEffect, useMemo, useRef, type RefObject } from 'react';
import { registerExportable, type ExportableView } from '@/lib/export/registry';
import type { CompositionText } from '@/lib/export/compose';
import type { TabularExport } from '@/lib/export/csv';

/**
 * Makes a view exportable and lists it for the presentation pack while it is mounted. The
 * getters read the latest text and numbers at export time.
 */
export function useExportable(
  id: string,
  topic: string,
  fileScope: string,
  node: RefObject<HTMLElement | null>,
  content: CompositionText,
  table: TabularExport,
): ExportableView {
  const latest = useRef({ topic, fileScope, content, table });
  useEffect(() => {
    latest.current = { topic, fileScope, content, table };
  });
  const view = useMemo<ExportableView>(
    () => ({
      id,
      get topic() {
        return latest.current.topic;
      },
      fileScope: () => latest.current.fileScope,
      node: () => node.current,
      content: () => latest.current.content,
      table: () => latest.current.table,
    }),
    [id, node],
  );
  useEffect(() => registerExportable(view), [view]);
  return view;
}
