import { useState } from 'react';
import { useMessages } from '@/components/use-t';
import type { AppendixTable } from '@/data/domain';
import { useLang } from '@/state/store';
import { AppendixTableView } from './AppendixTableView';
import { scorecardMessages } from './messages';

/** 附表1–附表6, each folded on its own, with one control to unfold or fold them all. */
export function AppendixTables({ tables }: { tables: readonly AppendixTable[] }) {
  const m = useMessages(scorecardMessages);
  const lang = useLang();
  // Which tables are open is passing view state, not user intent worth sharing: it stays local.
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const allOpen = tables.every((t) => open.has(t.id));
  const setOne = (id: string, isOpen: boolean) =>
    setOpen((current) => {
      if (current.has(id) === isOpen) return current;
      const next = new Set(current);
      if (isOpen) next.add(id);
      else next.delete(id);
      return next;
    });
  return (
    <section className="appendix-tables" aria-labelledby="scorecard-tables">
      <div className="scorecard-head">
        <h3 id="scorecard-tables">{m('tablesTitle')}</h3>
        <button
          type="button"
          className="fold-all"
          aria-expanded={allOpen}
          onClick={() => setOpen(allOpen ? new Set() : new Set(tables.map((t) => t.id)))}
        >
          {m(allOpen ? 'collapseAll' : 'expandAll')}
        </button>
      </div>
      <p className="scorecard-note">{m('starred')}</p>
      {tables.map((table) => (
        <AppendixTableView
          key={table.id}
          table={table}
          lang={lang}
          open={open.has(table.id)}
          onToggle={(isOpen) => setOne(table.id, isOpen)}
        />
      ))}
    </section>
  );
}
