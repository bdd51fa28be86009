import { useId, useState, type ReactNode } from 'react';
import type { DataNote } from '../data/domain';
import { DataTable, type Column, type TableRow } from './DataTable';
import { NoteMarks } from './NoteMarks';
import { useT } from './use-t';

export interface ChartMeta {
  /** Stable id, used for file names and tests. */
  id: string;
  title: string;
  /** States the active filters or the scope of the figures. */
  subtitle: string;
  /** The report table or section, e.g. "表2". */
  source: string;
  unit?: string;
}

interface ChartFrameProps {
  meta: ChartMeta;
  table: { columns: Column[]; rows: TableRow[] };
  notes?: readonly DataNote[];
  /** When set, the frame shows this reason instead of the chart. */
  empty?: string;
  /** Controls beside the title (metric pickers, export buttons). */
  actions?: ReactNode;
  children: ReactNode;
}

/**
 * Every chart's frame: title, subtitle stating the filters, unit, the chart or its table, and the
 * source line. The figure element is what image export composes from.
 */
export function ChartFrame({ meta, table, notes, empty, actions, children }: ChartFrameProps) {
  const t = useT();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const titleId = useId();
  return (
    <figure className="chart-frame" data-chart={meta.id} aria-labelledby={titleId}>
      <div className="chart-head">
        <div>
          <h3 id={titleId} className="chart-title">
            {meta.title}
            <NoteMarks notes={notes} />
          </h3>
          <p className="chart-subtitle">{meta.subtitle}</p>
        </div>
        <div className="chart-actions">
          {actions}
          <div className="view-toggle" role="group" aria-label={t('viewAs')}>
            <button type="button" aria-pressed={view === 'chart'} onClick={() => setView('chart')}>
              {t('viewChart')}
            </button>
            <button type="button" aria-pressed={view === 'table'} onClick={() => setView('table')}>
              {t('viewTable')}
            </button>
          </div>
        </div>
      </div>
      {empty ? (
        <p className="empty-state" role="status">
          {empty}
        </p>
      ) : view === 'chart' ? (
        <div className="chart-body">
          {meta.unit && <p className="chart-unit">{t('unitLabel', { unit: meta.unit })}</p>}
          {children}
        </div>
      ) : (
        <DataTable caption={meta.title} columns={table.columns} rows={table.rows} />
      )}
      <figcaption className="chart-source">{t('reportSource', { source: meta.source })}</figcaption>
    </figure>
  );
}
