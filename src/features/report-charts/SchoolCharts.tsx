import { useMemo } from 'react';
import { useNotes } from '@/components/use-notes';
import { useScope } from '@/components/use-scope';
import { useT } from '@/components/use-t';
import type { School, SchoolFigures } from '@/data/domain';
import { pick } from '@/lib/i18n';
import { MAX_COMPARED } from '@/state/intent';
import { usePrinting } from '@/state/printing';
import { actions, useLang, useMetric, useShowsAll } from '@/state/store';
import { isOneOf, type MetricId } from '@/state/vocabulary';
import { ChartView } from './ChartView';
import { chartsMessages } from './messages';
import { SchoolBars } from './SchoolBars';
import { Terms } from './Terms';
import { restNote, schoolModel, TOP, type SchoolModelInput } from './school-model';

interface Props {
  /** The view's stable id: the address's table= and all=, the export registry, test selectors. */
  id: 'per-school' | 'online-resources' | 'new-majors';
  figures: SchoolFigures;
  inView: School[];
  /** The measures the chart can show; the first unless the map shows one of them. */
  metricIds: readonly MetricId[];
  titleKey: SchoolModelInput['titleKey'];
  linkTerms?: boolean;
}

/**
 * A per-school bar chart of one measure, for the schools the filters leave. Its measure is the
 * dashboard's one measure (the address's metric=): choosing it here colours the map by it too,
 * and a map coloured by one of this chart's measures shows it here — two views of one figure.
 */
export function SchoolMetricChart({ id, figures, inView, metricIds, titleKey, linkTerms = false }: Props) {
  const t = useT(chartsMessages);
  const lang = useLang();
  const scope = useScope();
  const printing = usePrinting();
  const chosen = useMetric();
  // Paper has room for every school, and no button to ask for them.
  const showAll = useShowsAll(id) || printing;
  const metricId = metricIds.includes(chosen) ? chosen : (metricIds[0] ?? 'students');
  const metric = figures.byId.get(metricId);
  const notes = useNotes([`school-metric:${metricId}`]);
  const { subtitle, label, active } = scope;
  const input = useMemo(
    () =>
      metric
        ? { id, lang, metric, inView, filtered: active, scope: { subtitle, label }, titleKey, showAll, notes }
        : null,
    [id, lang, metric, inView, active, subtitle, label, titleKey, showAll, notes],
  );
  const model = useMemo(() => (input ? schoolModel(input) : null), [input]);
  if (!input || !model) return null;
  const rest = restNote(input);
  return (
    <ChartView
      model={model}
      notes={notes}
      empty={inView.length === 0 ? t('emptyFiltered', { scope: subtitle }) : undefined}
      heading={linkTerms ? <Terms text={model.title} /> : undefined}
      controls={
        <>
          {metricIds.length > 1 && (
            <select
              aria-label={t('sortBy')}
              value={metricId}
              onChange={(e) => {
                if (isOneOf(metricIds, e.target.value)) actions.metricChosen(e.target.value);
              }}
            >
              {metricIds.map((mid) => {
                const m = figures.byId.get(mid);
                return m ? (
                  <option key={mid} value={mid}>
                    {pick(lang, m, 'label')}
                  </option>
                ) : null;
              })}
            </select>
          )}
          {inView.length > TOP && (
            <button type="button" onClick={() => actions.showAllToggled(id)}>
              {showAll ? t('showTop', { count: TOP }) : t('showAll', { count: inView.length })}
            </button>
          )}
        </>
      }
    >
      {model.figure.kind === 'bars' && <SchoolBars figure={model.figure} label={model.title} />}
      {rest && <p className="chart-hint">{rest}</p>}
      <p className="chart-hint screen-only">{t('clickHint', { max: MAX_COMPARED })}</p>
    </ChartView>
  );
}
