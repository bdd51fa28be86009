import { useT } from '@/components/use-t';
import { MAX_COMPARED } from '@/state/intent';
import { actions, useCompared } from '@/state/store';
import { chartsMessages } from './messages';

/**
 * The + beside a bar: adds the school to the comparison, or takes it out again. `y` is its row's
 * centre, in px of the drawn chart, or in per cent of it where the chart is scaled (PrerenderedBars).
 */
export function CompareToggle({ id, name, y }: { id: string; name: string; y: number | string }) {
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
