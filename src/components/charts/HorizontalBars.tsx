import { useMemo, useState } from 'react';
import type { BarsFigure } from '@/lib/export/model';
import { layoutBars } from './bars-layout';
import { BarsSvg, type BarHandlers } from './BarsSvg';
import { useWidth } from './use-width';

interface Props {
  figure: BarsFigure;
  /** The chart's accessible name. */
  label: string;
  formatTick: (value: number) => string;
  fontSize?: number;
  handlers?: BarHandlers;
}

/**
 * Bars on screen: the same layout and SVG as the exported files, at the container's width, with a
 * tooltip (share, rank) for the bar under the pointer or keyboard focus that stays inside the chart.
 */
export function HorizontalBars({ figure, label, formatTick, fontSize = 12, handlers = {} }: Props) {
  const [ref, width] = useWidth<HTMLDivElement>(600);
  const layout = useMemo(
    () => layoutBars(figure, { width, fontSize, formatTick }),
    [figure, width, fontSize, formatTick],
  );
  const [tipKey, setTipKey] = useState<string | null>(null);
  const tip = layout.rows.find((r) => r.key === tipKey);
  const onHover = (key: string | null) => {
    setTipKey(key);
    handlers.onHover?.(key);
  };
  const left = tip ? Math.min(tip.valueX, width * 0.55) : 0;
  return (
    <div ref={ref} className="drawn-chart">
      <BarsSvg layout={layout} label={label} handlers={{ ...handlers, onHover }} />
      {tip && tip.detail.length > 0 && (
        <div
          className="chart-tooltip drawn-tooltip"
          role="tooltip"
          style={{ left, top: tip.barY + tip.barHeight + 4, maxWidth: width - left }}
        >
          {/* The label whole, not its wrapped lines run together ("Resources &Environment"). */}
          <strong>{figure.bars.find((b) => b.key === tip.key)?.label ?? tip.labelLines.join(' ')}</strong>
          {tip.detail.map((line) => (
            <div key={line}>{line}</div>
          ))}
        </div>
      )}
    </div>
  );
}
