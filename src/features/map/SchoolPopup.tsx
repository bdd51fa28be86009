import './popup.css';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useT } from '@/components/use-t';
import { MAX_COMPARED } from '@/state/intent';
import { actions, useCompared } from '@/state/store';
import type { SchoolMarkerView } from './map-view';
import { mapMessages } from './messages';
import { placeBox } from './place-box';
import type { MarkerActivation } from './SchoolLayer';

interface Props {
  marker: SchoolMarkerView;
  activation: MarkerActivation;
  /** Closed: by Esc, the close button, a choice made, or the map moving under it. */
  onClose: () => void;
}

/**
 * What a school's marker opens: its name and students, and the two things a reader came for —
 * its profile, or the comparison (add, remove, or why not: four at most). A non-modal dialog
 * placed inside the map, beside the marker; it takes the focus so a keyboard or screen reader
 * lands in it, and Esc closes it.
 */
export function SchoolPopup({ marker, activation, onClose }: Props) {
  const t = useT(mapMessages);
  const compared = useCompared();
  const ref = useRef<HTMLDivElement>(null);
  const first = useRef<HTMLButtonElement>(null);
  const picked = compared.includes(marker.id);
  const full = !picked && compared.length >= MAX_COMPARED;

  useLayoutEffect(() => {
    const box = ref.current;
    const stage = box?.parentElement;
    if (!box || !stage) return;
    const at = placeBox(
      activation.at,
      { width: box.offsetWidth, height: box.offsetHeight },
      { width: stage.clientWidth, height: stage.clientHeight },
      activation.radius + 4,
    );
    box.style.transform = `translate(${Math.round(at.x)}px, ${Math.round(at.y)}px)`;
  }, [activation]);

  useEffect(() => {
    first.current?.focus({ preventScroll: true });
  }, [activation]);

  return (
    <div
      ref={ref}
      className="map-popup"
      role="dialog"
      aria-label={marker.name}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <div className="map-popup-head">
        <strong>{marker.name}</strong>
        <button type="button" className="map-popup-close" aria-label={t('closePopup')} onClick={onClose}>
          ×
        </button>
      </div>
      <p>{marker.students}</p>
      <div className="map-popup-actions">
        <button
          ref={first}
          type="button"
          onClick={() => {
            actions.schoolOpened(marker.id);
            onClose();
          }}
        >
          {t('openProfile')}
        </button>
        <button
          type="button"
          disabled={full}
          onClick={() => (picked ? actions.schoolUncompared(marker.id) : actions.schoolCompared(marker.id))}
        >
          {t(picked ? 'removeFromComparison' : full ? 'comparisonFull' : 'addToComparison', { count: MAX_COMPARED })}
        </button>
      </div>
    </div>
  );
}
