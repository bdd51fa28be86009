import { useT } from '@/components/use-t';
import { mapMessages } from './messages';

export interface LegendEntry {
  color: string;
  label: string;
  dashed?: boolean;
}

/** Class bounds under the unit, and the swatches for "no school" and "not reported". */
export function Legend({ entries, unit }: { entries: readonly LegendEntry[]; unit: string }) {
  const t = useT(mapMessages);
  const title = t('legendTitle', { unit });
  return (
    <div className="map-legend" role="group" aria-label={title}>
      <div className="legend-title">{title}</div>
      <ul>
        {entries.map((e) => (
          <li key={e.label}>
            <span
              className={e.dashed ? 'swatch swatch-none' : 'swatch'}
              style={{ background: e.color }}
              aria-hidden="true"
            />
            {e.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
