import { useMemo } from 'react';
import { BarsSvg } from '@/components/charts/BarsSvg';
import { TONE_FILL } from '@/components/charts/style';
import { useWidth } from '@/components/charts/use-width';
import type { BarsFigure } from '@/lib/export/model';
import { barShare, screenBars } from './screen-layout';

/** Below this width a label beside its bar leaves the bar no room: labels go above the bars. */
const NARROW = 480;

/** A phone's bars: each label whole on its own line, its bar and value below it. */
function StackedBars({ figure, label }: { figure: BarsFigure; label: string }) {
  return (
    <ul className="stacked-bars" aria-label={label}>
      {figure.bars.map((bar) => (
        <li key={bar.key} data-bar={bar.key}>
          <span className="stacked-label">{bar.label}</span>
          <span className="stacked-track">
            <span
              className="stacked-bar"
              // The longest bar takes 60% of the line, leaving the rest for its value.
              style={{ width: `${barShare(figure, bar.value) * 0.6}%`, background: TONE_FILL[bar.tone ?? 'base'] }}
            />
            <span className="stacked-value">{bar.valueText}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}

/**
 * Bars on screen: the exported files' drawing (BarsSvg) at the container's width, long labels
 * wrapping onto a second line; on a phone, labels above their bars, so that none is cut short.
 */
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
      {width < NARROW ? <StackedBars figure={figure} label={label} /> : <BarsSvg layout={layout} label={label} />}
    </div>
  );
}
