import { useCallback, useState } from 'react';
import { useT } from '@/components/use-t';
import type { AppendixTable } from '@/data/domain';
import { usePrinting } from '@/state/printing';
import { AppendixTableView } from './AppendixTableView';
import { scorecardMessages } from './messages';

/**
 * 附表1–附表6, each folded on its own, with one control to unfold or fold them all; on paper every
 * table is open. Which tables are open is a reading aid, like scrolling, and stays local: in the URL
 * "expand all" would push six history entries that Back then folds one by one.
 */
export function AppendixTables({ tables }: { tables: readonly AppendixTable[] }) {
  const t = useT(scorecardMessages);
  const printing = usePrinting();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const allOpen = tables.every((table) => open.has(table.id));
  const toggle = useCallback(
    (id: string) =>
      setOpen((current) => {
        const next = new Set(current);
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    [],
  );
  return (
    <section className="appendix-tables" aria-labelledby="scorecard-tables">
      <div className="scorecard-head">
        <h3 id="scorecard-tables">{t('tablesTitle')}</h3>
        <button
          type="button"
          className="fold-all"
          aria-expanded={allOpen}
          onClick={() => setOpen(allOpen ? new Set() : new Set(tables.map((table) => table.id)))}
        >
          {t(allOpen ? 'collapseAll' : 'expandAll')}
        </button>
      </div>
      <p className="scorecard-note">{t('starred')}</p>
      {tables.map((table) => (
        <AppendixTableView key={table.id} table={table} open={printing || open.has(table.id)} onToggle={toggle} />
      ))}
    </section>
  );
}
