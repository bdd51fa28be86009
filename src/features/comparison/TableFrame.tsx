import { useId, type ReactNode } from 'react';
import { ExportMenu } from '@/components/export/ExportMenu';
import { useRegisterExportable } from '@/components/export/use-exportable';
import type { ExportModel } from '@/lib/export/model';

/**
 * A table whose export is the table itself (ViewFrame offers a chart/table toggle, which a table
 * has no use for): title, subtitle, one export menu, the table, what its columns mean, the source.
 * Listed for the presentation pack while it is shown.
 */
export function TableFrame({ model, children }: { model: ExportModel; children: ReactNode }) {
  const titleId = useId();
  useRegisterExportable(model);
  return (
    <figure className="chart-frame compare-frame" data-chart={model.id} aria-labelledby={titleId}>
      <div className="chart-head">
        <div>
          <h3 id={titleId} className="chart-title">
            {model.title}
          </h3>
          <p className="chart-subtitle">{model.subtitle}</p>
        </div>
        <div className="chart-actions">
          <ExportMenu model={model} />
        </div>
      </div>
      <div className="chart-body">{children}</div>
      {model.notes.length > 0 && (
        <ul className="compare-notes">
          {model.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      <figcaption className="chart-source">{model.source}</figcaption>
    </figure>
  );
}
