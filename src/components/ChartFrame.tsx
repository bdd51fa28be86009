import { useId, useRef, useState, type ReactNode } from 'react';
import type { DataNote } from '@/data/domain';
import { DataTable, type Column, type TableRow } from './DataTable';
import { NoteMarks } from './NoteMarks';
import { useT } from './use-t';
import { ExportMenu } from './ExportMenu';
import { useExportable } from './use-exportable';
import { useScope } from './use-scope';
import { localSource } from '@/lib/i18n';
import { useLang } from '@/state/store';
import { cellValue } from '@/lib/export/table-rows';

export interface ChartMeta {
  /** Stable id, used for file names and tests. */
  id: string;
  title: string;
  /** States the active filters or the scope of the figures. */
  subtitle: string;
  /** The report table or section, e.g. "表2". */
  source: string;
  unit?: string;
  /** A province-wide chart that does not follow the filters: its files say 全省. */
  provinceWide?: boolean;
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
  const lang = useLang();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const titleId = useId();
  const body = useRef<HTMLDivElement>(null);
  const sourceLine = t('reportSource', { source: localSource(lang, meta.source) });
  const scope = useScope();
  const exportable = useExportable(
    meta.id,
    meta.title,
    meta.provinceWide ? '' : scope.label,
    body,
    {
      title: meta.title,
      subtitle: meta.unit ? `${meta.subtitle} · ${t('unitLabel', { unit: meta.unit })}` : meta.subtitle,
      source: sourceLine,
    },
    {
      title: meta.title,
      scope: meta.subtitle,
      source: sourceLine,
      columns: table.columns,
      rows: table.rows.map((r) =>
        Object.fromEntries(table.columns.map((c) => [c.key, cellValue(r[c.key], !!c.numeric)])),
      ),
    },
  );
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
          {!empty && <ExportMenu view={exportable} />}
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
      ) : (
        <div className="chart-body" ref={body}>
          {view === 'chart' ? (
            <>
              {meta.unit && (
                // Exported images carry the unit in their subtitle already.
                <p className="chart-unit" data-export-ignore>
                  {t('unitLabel', { unit: meta.unit })}
                </p>
              )}
              {children}
            </>
          ) : (
            <DataTable caption={meta.title} columns={table.columns} rows={table.rows} />
          )}
        </div>
      )}
      <figcaption className="chart-source">{sourceLine}</figcaption>
    </figure>
  );
}
