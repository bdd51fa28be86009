import { useMemo } from 'react';
import { BarsSvg } from '@/components/charts/BarsSvg';
import { useWidth } from '@/components/charts/use-width';
import type { BarsFigure } from '@/lib/export/model';
import { screenBars } from './screen-layout';

/** Bars on screen: the exported files' drawing (BarsSvg) at the container's width, labels wrapping. */
export function DrawnBars({
  figure,
  label,
  formatTick,
}: {
  figure: BarsFigure;
  label: string;
  formatTick: (v: number) => string;
}) {
  const [ref, width] = useWidth<HTMLDivElement>(560);
  const layout = useMemo(() => screenBars(figure, width, 12, formatTick), [figure, width, formatTick]);
  return (
    <div ref={ref} className="drawn-chart">
      <BarsSvg layout={layout} label={label} />
    </div>
  );
}
