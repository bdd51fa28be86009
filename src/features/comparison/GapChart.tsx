import { useMemo } from 'react';
import { GroupedSvg } from '@/components/charts/GroupedSvg';
import { layoutGrouped } from '@/components/charts/grouped-layout';
import { useWidth } from '@/components/charts/use-width';
import type { GroupedBarsFigure } from '@/lib/export/model';
import { formatNumber, type Lang } from '@/lib/format';
import { usePrinting } from '@/state/printing';

/**
 * The width of an A4 page's text column in CSS pixels (186 mm), less the frame: the browser prints
 * the page as it is laid out, so the chart is drawn for paper before it goes, not shrunk onto it.
 */
const PRINT_WIDTH = 680;

/**
 * The gap chart on screen: the exported files' drawing (GroupedSvg) at the container's width, the
 * legend as a list that wraps on a phone. Plain SVG: no chart library to load for it.
 */
export function GapChart({ figure, label, lang }: { figure: GroupedBarsFigure; label: string; lang: Lang }) {
  const [ref, measured] = useWidth<HTMLDivElement>(640);
  const printing = usePrinting();
  const width = printing ? PRINT_WIDTH : measured;
  // 7 pt on paper, as the tables around it: every bar and gap scales with the type.
  const fontSize = printing ? 9.5 : 12;
  const layout = useMemo(
    () => layoutGrouped(figure, { width, fontSize, formatTick: (v) => `${formatNumber(v, lang)}%` }),
    [figure, width, fontSize, lang],
  );
  return (
    <div ref={ref} className="drawn-chart gap-chart">
      <GroupedSvg layout={layout} label={label} />
      <ul className="cmp-legend">
        {figure.series.map((s) => (
          <li key={s.key}>
            <span className="cmp-swatch" style={{ background: s.color }} aria-hidden="true" />
            {s.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
