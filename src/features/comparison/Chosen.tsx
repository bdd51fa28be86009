import { useT } from '@/components/use-t';
import { actions } from '@/state/store';
import { compareMessages } from './messages';
import { printComparison } from './print-comparison';
import type { ShownColumn } from './shown';

/** The compared schools as chips, in order, with what can be done to the comparison as a whole. */
export function Chosen({ schools, printable }: { schools: readonly ShownColumn[]; printable: boolean }) {
  const t = useT(compareMessages);
  return (
    <div className="compare-chosen">
      <ul className="chips">
        {schools.map((s) => (
          <li key={s.id} className="chip" title={s.hover}>
            {s.name}
            <button
              type="button"
              aria-label={t('remove', { name: s.name })}
              onClick={() => actions.schoolUncompared(s.id)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      {schools.length > 1 && (
        <button type="button" onClick={actions.comparisonSwapped}>
          {t('swap')}
        </button>
      )}
      {schools.length > 0 && (
        <button type="button" onClick={actions.comparisonCleared}>
          {t('clear')}
        </button>
      )}
      {printable && (
        <button type="button" onClick={printComparison}>
          {t('print')}
        </button>
      )}
    </div>
  );
}
