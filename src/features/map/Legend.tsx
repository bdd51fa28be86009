import { formatNumber, type Lang } from '@/lib/format';
import { fill } from '@/lib/i18n';
import { NO_SCHOOL_FILL, NOT_REPORTED_FILL, type ClassBreak } from './classify';
import { mapMessages } from './messages';

export function legendLabel(b: ClassBreak, lang: Lang): string {
  return b.min === b.max ? formatNumber(b.min, lang) : `${formatNumber(b.min, lang)} – ${formatNumber(b.max, lang)}`;
}

/** Class bounds with units, and the swatches for "no school" and "not reported". */
export function Legend({
  breaks,
  unit,
  lang,
  showNoSchool,
  filtered,
}: {
  breaks: ClassBreak[];
  unit: string;
  lang: Lang;
  showNoSchool: boolean;
  filtered: boolean;
}) {
  const m = (key: keyof typeof mapMessages, params?: Record<string, string | number>) =>
    fill(mapMessages[key][lang], params);
  return (
    <div className="map-legend" role="group" aria-label={m('legendTitle', { unit })}>
      <div className="legend-title">{m('legendTitle', { unit })}</div>
      <ul>
        {breaks.map((b) => (
          <li key={`${b.min}-${b.max}`}>
            <span className="swatch" style={{ background: b.color }} aria-hidden="true" />
            {legendLabel(b, lang)}
          </li>
        ))}
        {showNoSchool && (
          <li>
            <span className="swatch swatch-none" style={{ background: NO_SCHOOL_FILL }} aria-hidden="true" />
            {m(filtered ? 'noSchoolFiltered' : 'noSchool')}
          </li>
        )}
        <li>
          <span className="swatch" style={{ background: NOT_REPORTED_FILL }} aria-hidden="true" />
          {m('notReported')}
        </li>
      </ul>
    </div>
  );
}
