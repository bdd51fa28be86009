import { useId } from 'react';
import { useT } from '@/components/use-t';
import { BENCHMARKS } from '@/state/vocabulary';
import { actions, useBenchmarks, useLang } from '@/state/store';
import type { BenchmarkColumn } from './compare';
import { compareMessages } from './messages';
import { benchmarkHint, benchmarkName } from './texts';

/**
 * The benchmark columns a reader may add beside the schools (as the College Scorecard shows the
 * midpoint): the province median and the first school's peer median, each saying what it is.
 */
export function BenchmarkPicker({ columns }: { columns: readonly BenchmarkColumn[] }) {
  const t = useT(compareMessages);
  const lang = useLang();
  const asked = useBenchmarks();
  const hintId = useId();
  return (
    <fieldset className="compare-benchmarks">
      <legend>{t('benchmarks')}</legend>
      {BENCHMARKS.map((kind) => {
        const column = columns.find((c) => c.kind === kind);
        return (
          <label key={kind} className="benchmark-choice">
            <input
              type="checkbox"
              checked={asked.includes(kind)}
              onChange={() => actions.benchmarkToggled(kind)}
              aria-describedby={`${hintId}-${kind}`}
            />
            <span>
              {benchmarkName(kind, lang)}
              <span id={`${hintId}-${kind}`} className="cmp-detail">
                {column ? benchmarkHint(column, lang) : ''}
              </span>
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
