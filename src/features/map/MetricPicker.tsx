import { useT } from '@/components/use-t';
import { localSource, pick } from '@/lib/i18n';
import { actions, useLang } from '@/state/store';
import { isOneOf, METRIC_IDS } from '@/state/vocabulary';
import type { MapMetric } from './map-metrics';
import { mapMessages } from './messages';

/** What the map is coloured by, each choice with its source and page in the reader's language. */
export function MetricPicker({ metrics, chosen }: { metrics: readonly MapMetric[]; chosen: MapMetric }) {
  const t = useT(mapMessages);
  const lang = useLang();
  return (
    <label className="map-metric">
      <span>{t('colourBy')}</span>
      <select
        value={chosen.id}
        onChange={(e) => {
          if (isOneOf(METRIC_IDS, e.target.value)) actions.metricChosen(e.target.value);
        }}
      >
        {metrics.map((m) => (
          <option key={m.id} value={m.id}>
            {t('metricOption', { label: pick(lang, m, 'label'), source: localSource(lang, m.source) })}
          </option>
        ))}
      </select>
    </label>
  );
}
