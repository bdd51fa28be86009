import type { ReactNode } from 'react';
import { ViewFrame } from '@/components/ViewFrame';
import { WithTerms } from '@/components/WithTerms';
import type { DataNote } from '@/data/domain';
import type { ExportModel } from '@/lib/export/model';
import { actions, useShownAsTable } from '@/state/store';
import { FigureChart } from './FigureChart';

interface Props {
  model: ExportModel;
  notes?: readonly DataNote[];
  /** When set, the frame says this instead of drawing, and offers no export. */
  empty?: string | undefined;
  /** Pickers and buttons beside the title. */
  controls?: ReactNode;
  /**
   * Link the title's glossary terms. Off for the first tab: the glossary is fetched after the
   * first view, and its titles name no term anyway.
   */
  linkTerms?: boolean;
  /** Lines under the chart that explain it (how a bar was derived, what is counted). */
  hints?: readonly string[];
  /** The chart on screen, where it does more than the model's figure (the per-school bars). */
  children?: ReactNode;
}

/**
 * One report chart: its model in the shared frame (title, filters, unit, source, export menu, the
 * pack), chart or table as the address says (table=<view id>), drawn from the model's figure.
 */
export function ChartView({ model, notes, empty, controls, linkTerms = true, hints = [], children }: Props) {
  const asTable = useShownAsTable(model.id);
  return (
    <ViewFrame
      model={model}
      {...(notes ? { notes } : {})}
      empty={empty}
      actions={controls}
      view={asTable ? 'table' : 'chart'}
      onViewChange={(shown) => actions.viewShownAs(model.id, shown)}
      {...(linkTerms ? { heading: <WithTerms text={model.title} /> } : {})}
    >
      {children ?? <FigureChart model={model} />}
      {hints.map((line) => (
        <p key={line} className="chart-hint">
          {line}
        </p>
      ))}
    </ViewFrame>
  );
}
