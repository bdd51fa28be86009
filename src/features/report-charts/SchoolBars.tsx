import { useMemo } from 'react';
import { layoutBars } from '@/components/charts/bars-layout';
import { HorizontalBars } from '@/components/charts/HorizontalBars';
import { useWidth } from '@/components/charts/use-width';
import { useT } from '@/components/use-t';
import type { BarsFigure } from '@/lib/export/model';
import { actions, useCompared, useHovered, useLang } from '@/state/store';
import { CompareToggle } from './CompareToggle';
import { chartsMessages } from './messages';
import { axisTick } from './ticks';

const FONT_SIZE = 12;

/**
 * The per-school bars: a bar (click, tap, Enter) opens the school's profile, and hovering or
 * focusing it highlights the school on the map; the + at its end adds it to the comparison, as
 * the College Scorecard's compare box does. Compared schools and the hovered one stand out.
 */
export function SchoolBars({ figure, label }: { figure: BarsFigure; label: string }) {
  const t = useT(chartsMessages);
  const lang = useLang();
  const compared = useCompared();
  const hovered = useHovered();
  const formatTick = axisTick(lang, figure);
  const toned = useMemo<BarsFigure>(
    () => ({
      ...figure,
      bars: figure.bars.map((b) => ({
        ...b,
        tone: b.key === hovered ? 'hovered' : compared.includes(b.key) ? 'picked' : 'base',
      })),
    }),
    [figure, hovered, compared],
  );
  // The same pure layout HorizontalBars draws at the same width: the + buttons sit on its rows.
  const [ref, width] = useWidth<HTMLDivElement>(560);
  const rows = useMemo(
    () => layoutBars(toned, { width, fontSize: FONT_SIZE, formatTick }).rows,
    [toned, width, formatTick],
  );
  const byKey = useMemo(() => new Map(figure.bars.map((b) => [b.key, b])), [figure]);
  return (
    <div className="school-bars">
      <div ref={ref}>
        <HorizontalBars
          figure={toned}
          label={label}
          formatTick={formatTick}
          fontSize={FONT_SIZE}
          handlers={{
            onActivate: actions.schoolOpened,
            onHover: actions.schoolHovered,
            // Named by what it shows (the name as a whole, its value with the unit) and what it does.
            barLabel: (row) => {
              const bar = byKey.get(row.key);
              return t('barLabel', { name: bar?.label ?? row.key, value: bar?.detail?.[0] ?? row.valueText });
            },
          }}
        />
      </div>
      <div className="compare-column">
        {rows.map((row) => (
          <CompareToggle key={row.key} id={row.key} name={byKey.get(row.key)?.label ?? row.key} y={row.y} />
        ))}
      </div>
    </div>
  );
}
