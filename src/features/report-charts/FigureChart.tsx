import { useMemo } from 'react';
import { GroupedSvg } from '@/components/charts/GroupedSvg';
import { layoutGrouped } from '@/components/charts/grouped-layout';
import { HorizontalBars } from '@/components/charts/HorizontalBars';
import { layoutPanels } from '@/components/charts/panels-layout';
import { PanelsBody } from '@/components/charts/PanelsSvg';
import { SvgFrame } from '@/components/charts/SvgFrame';
import { useWidth } from '@/components/charts/use-width';
import type { ExportModel, GroupedBarsFigure, PanelsFigure } from '@/lib/export/model';
import { useLang } from '@/state/store';
import { axisTick } from './ticks';

/** Grouped bars at the container's width, the files' drawing, with the legend as a list that wraps. */
function GroupedChart({ figure, label }: { figure: GroupedBarsFigure; label: string }) {
  const lang = useLang();
  const [ref, width] = useWidth<HTMLDivElement>(560);
  const layout = useMemo(
    () => layoutGrouped(figure, { width, fontSize: 12, formatTick: axisTick(lang, figure) }),
    [figure, width, lang],
  );
  return (
    <div ref={ref} className="drawn-chart">
      <ul className="charts-legend">
        {figure.series.map((s) => (
          <li key={s.key}>
            <span className="charts-swatch" style={{ background: s.color }} aria-hidden="true" />
            {s.label}
          </li>
        ))}
      </ul>
      <GroupedSvg layout={layout} label={label} />
    </div>
  );
}

/** Small multiples at the container's width: three across on a wide screen, one on a phone. */
function PanelsChart({ figure, label }: { figure: PanelsFigure; label: string }) {
  const lang = useLang();
  const [ref, width] = useWidth<HTMLDivElement>(560);
  // Plain numbers: each panel has its own scale, and one form of tick reads best across the grid.
  const layout = useMemo(
    () => layoutPanels(figure, { width, fontSize: 12, formatTick: axisTick(lang) }),
    [figure, width, lang],
  );
  return (
    <div ref={ref} className="drawn-chart">
      <SvgFrame width={layout.width} height={layout.height} label={label}>
        <PanelsBody layout={layout} />
      </SvgFrame>
    </div>
  );
}

/**
 * A model's figure on screen, drawn by the same layout and SVG as its files: bars with a tooltip
 * for the bar under the pointer or focus, grouped bars with their legend, small multiples.
 */
export function FigureChart({ model }: { model: ExportModel }) {
  const lang = useLang();
  const { figure } = model;
  const formatTick = axisTick(lang, figure);
  if (figure.kind === 'bars') return <HorizontalBars figure={figure} label={model.title} formatTick={formatTick} />;
  if (figure.kind === 'grouped') return <GroupedChart figure={figure} label={model.title} />;
  if (figure.kind === 'panels') return <PanelsChart figure={figure} label={model.title} />;
  return null;
}
