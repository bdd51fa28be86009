import { useId, useState, type ReactNode } from 'react';
import type { DataNote } from '@/data/domain';
import type { ExportModel } from '@/lib/export/model';
import { ExportMenu } from './export/ExportMenu';
import { useRegisterExportable } from './export/use-exportable';
import { ModelTable } from './ModelTable';
import { NoteMarks } from './NoteMarks';
import { useT } from './use-t';

interface ViewFrameProps {
  /** What the view shows and exports: title, subtitle, unit, source, figure and table. */
  model: ExportModel;
  notes?: readonly DataNote[];
  /** When set, the frame says this instead of drawing, and offers no export. */
  empty?: string | undefined;
  /** Controls beside the title (a metric picker, show all). */
  actions?: ReactNode;
  /** Chart or table; the frame keeps it itself unless the caller holds it (e.g. in the URL). */
  view?: 'chart' | 'table';
  onViewChange?: (view: 'chart' | 'table') => void;
  /** The title as drawn on screen (e.g. with glossary links, <WithTerms text={model.title} />); the model's title without it. */
  heading?: ReactNode;
  children: ReactNode;
}

/**
 * Every view's frame, drawn from its export model: title with data-note marks, subtitle stating
 * the filters, unit, the chart or its table, the source line with pages, and one export menu. The
 * view is listed for the presentation pack while it has something to show.
 */
export function ViewFrame({ model, notes, empty, actions, view, onViewChange, heading, children }: ViewFrameProps) {
  const t = useT();
  const [ownView, setOwnView] = useState<'chart' | 'table'>('chart');
  const shown = view ?? ownView;
  const choose = onViewChange ?? setOwnView;
  const titleId = useId();
  useRegisterExportable(empty ? null : model);
  return (
    <figure className="chart-frame" data-chart={model.id} aria-labelledby={titleId}>
      <div className="chart-head">
        <div>
          <h3 id={titleId} className="chart-title">
            {heading ?? model.title}
            <NoteMarks notes={notes} />
          </h3>
          <p className="chart-subtitle">{model.subtitle}</p>
        </div>
        <div className="chart-actions">
          {actions}
          {!empty && <ExportMenu model={model} />}
          <div className="view-toggle" role="group" aria-label={t('viewAs')}>
            <button type="button" aria-pressed={shown === 'chart'} onClick={() => choose('chart')}>
              {t('viewChart')}
            </button>
            <button type="button" aria-pressed={shown === 'table'} onClick={() => choose('table')}>
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
        <div className="chart-body">
          {shown === 'chart' ? (
            <>
              {model.unit && <p className="chart-unit">{model.unit}</p>}
              {children}
            </>
          ) : (
            <ModelTable caption={model.title} table={model.table} />
          )}
        </div>
      )}
      <figcaption className="chart-source">{model.source}</figcaption>
    </figure>
  );
}
