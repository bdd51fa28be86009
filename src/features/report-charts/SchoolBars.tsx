import { useMemo } from 'react';
import { layoutBars } from '@/components/charts/bars-layout';
import { HorizontalBars } from '@/components/charts/HorizontalBars';
import { useWidth } from '@/components/charts/use-width';
import { useT } from '@/components/use-t';
import type { BarsFigure } from '@/lib/export/model';
import { MAX_COMPARED } from '@/state/intent';
import { actions, useCompared, useHovered, useLang } from '@/state/store';
import { chartsMessages } from './messages';
import { axisTick } from './ticks';

const FONT_SIZE = 12;

/** The + beside a bar: adds the school to the comparison, or takes it out again. */
function CompareToggle({ id, name, y }: { id: string; name: string; y: number }) {
  const t = useT(chartsMessages);
  const compared = useCompared();
  const picked = compared.includes(id);
  const full = !picked && compared.length >= MAX_COMPARED;
  return (
    <button
      type="button"
      className="compare-toggle"
      style={{ top: y }}
      aria-pressed={picked}
      // Still focusable when four are compared, so a keyboard user hears why it does nothing.
      aria-disabled={full || undefined}
      aria-label={t('compareLabel', { name })}
      title={full ? t('compareFull', { max: MAX_COMPARED }) : t('compareLabel', { name })}
      onClick={() => {
        if (picked) actions.schoolUncompared(id);
        else if (!full) actions.schoolCompared(id);
      }}
      onMouseEnter={() => actions.schoolHovered(id)}
      onMouseLeave={() => actions.schoolHovered(null)}
    >
      {picked ? t('compareOn') : t('compareOff')}
    </button>
  );
}

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
