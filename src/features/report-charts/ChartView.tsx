import type { CSSProperties, ReactNode } from 'react';
import { ViewFrame } from '@/components/ViewFrame';
import type { DataNote } from '@/data/domain';
import type { ExportModel } from '@/lib/export/model';
import { usePrinting } from '@/state/printing';
import { actions, useShownAsTable } from '@/state/store';

interface Props {
  model: ExportModel;
  notes?: readonly DataNote[];
  /** When set, the frame says this instead of drawing, and offers no export. */
  empty?: string | undefined;
  /** Pickers and buttons beside the title. */
  controls?: ReactNode;
  /** The title as drawn, e.g. with its glossary terms linked (<Terms text={model.title} />). */
  heading?: ReactNode;
  /** Lines under the chart that explain it (how a bar was derived, what is counted). */
  hints?: readonly string[];
  /** The chart on screen: <FigureChart model={model} />, or one that does more (the per-school bars). */
  children: ReactNode;
}

/**
 * On paper a chart is drawn for the page, not the screen: an A4 page's width less its margins and
 * the frame. Measured on a wide screen and then shrunk to the page, its type would print at half size.
 */
const PAPER: CSSProperties = { width: 680, maxWidth: '100%' };

/**
 * One report chart: its model in the shared frame (title, filters, unit, source, export menu, the
 * pack), chart or table as the address says (table=<view id>), drawn from the model's figure.
 */
export function ChartView({ model, notes, empty, controls, heading, hints = [], children }: Props) {
  const asTable = useShownAsTable(model.id);
  const printing = usePrinting();
  return (
    <ViewFrame
      model={model}
      {...(notes ? { notes } : {})}
      empty={empty}
      actions={controls}
      view={asTable ? 'table' : 'chart'}
      onViewChange={(shown) => actions.viewShownAs(model.id, shown)}
      heading={heading}
    >
      <div style={printing ? PAPER : undefined}>{children}</div>
      {hints.map((line) => (
        <p key={line} className="chart-hint">
          {line}
        </p>
      ))}
    </ViewFrame>
  );
}
