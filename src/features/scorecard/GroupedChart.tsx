import { useMemo } from 'react';
import { GroupedSvg } from '@/components/charts/GroupedSvg';
import { layoutGrouped } from '@/components/charts/grouped-layout';
import { useWidth } from '@/components/charts/use-width';
import type { GroupedBarsFigure } from '@/lib/export/model';
import { thinTicks } from './screen-layout';

const percentTick = (v: number) => `${v}%`;

/**
 * Grouped bars on screen: the same layout and SVG as the exported files, at the container's width,
 * with the legend the files draw around them as a list (it wraps on a phone).
 */
export function GroupedChart({ figure, label }: { figure: GroupedBarsFigure; label: string }) {
  const [ref, width] = useWidth<HTMLDivElement>(560);
  const layout = useMemo(() => {
    const drawn = layoutGrouped(figure, { width, fontSize: 12, formatTick: figure.percent ? percentTick : String });
    return { ...drawn, ticks: thinTicks(drawn.ticks, 12) };
  }, [figure, width]);
  return (
    <div ref={ref} className="drawn-chart">
      <GroupedSvg layout={layout} label={label} />
      <ul className="chart-legend">
        {figure.series.map((s) => (
          <li key={s.key}>
            <span className="legend-swatch" style={{ background: s.color }} aria-hidden="true" />
            {s.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
