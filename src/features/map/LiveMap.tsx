import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { MapContainer, TileLayer, useMap, useMapEvents, ZoomControl } from 'react-leaflet';
import { useT } from '@/components/use-t';
import type { Boundaries } from '@/data/domain';
import { actions, useCompared, useHovered } from '@/state/store';
import { cooperativeGestures } from './cooperative-gestures';
import { FIT_OPTIONS, FitView } from './FitView';
import { boundsOf } from './geo';
import { LabelLayer } from './LabelLayer';
import type { PrefectureLabel } from './map-export';
import type { PrefectureView, SchoolMarkerView } from './map-view';
import { MapTooltip } from './MapTooltip';
import { mapMessages } from './messages';
import { PrefectureLayer } from './PrefectureLayer';
import { SchoolLayer, type MarkerActivation } from './SchoolLayer';
import { createTooltipStore } from './tooltip-store';

// Loaded with the first marker opened: the first view does not carry it.
const SchoolPopup = lazy(() => import('./SchoolPopup').then((m) => ({ default: m.SchoolPopup })));

/** A basemap is off by default (offline intranet); an administrator may set one at build time. */
const BASEMAP_URL = import.meta.env.VITE_BASEMAP_URL as string | undefined;

function CooperativeGestures({ hint }: { hint: string }) {
  const map = useMap();
  useEffect(() => cooperativeGestures(map, () => hint), [map, hint]);
  return null;
}

/** The map moving (a pinch, a drag, a zoom to a prefecture) or a click elsewhere closes what points at a spot on it. */
function CloseOnMove({ onMove }: { onMove: () => void }) {
  useMapEvents({ movestart: onMove, zoomstart: onMove, click: onMove });
  return null;
}

/** Placed after the layers: its effect runs once theirs have added the prefectures and dots. */
function Drawn({ onDrawn }: { onDrawn: () => void }) {
  useEffect(() => onDrawn(), [onDrawn]);
  return null;
}

interface Props {
  boundaries: Boundaries;
  views: ReadonlyMap<string, PrefectureView>;
  labels: readonly PrefectureLabel[];
  markers: readonly SchoolMarkerView[];
  visible: ReadonlySet<string>;
  selected: string | null;
  label: string;
  /** Not drawn yet: the map lies out of sight under its picture (MapPicture) until it has. */
  pending: boolean;
  /** Called once the prefectures and the dots are on the map. */
  onDrawn: () => void;
}

/** The interactive map: Leaflet with the prefectures, names and school markers, a tooltip and a school's popup. */
export function LiveMap({ boundaries, views, labels, markers, visible, selected, label, pending, onDrawn }: Props) {
  const t = useT(mapMessages);
  const compared = useCompared();
  const hovered = useHovered();
  const tooltip = useMemo(() => createTooltipStore(), []);
  // Opened on the whole province at once: a first view and then a fit would draw every path twice.
  const province = useMemo(() => boundsOf(boundaries.shapes.map((s) => s.geometry)), [boundaries]);
  const [open, setOpen] = useState<MarkerActivation | null>(null);
  const marker = open && visible.has(open.id) ? markers.find((m) => m.id === open.id) : undefined;
  const close = useCallback(() => {
    // Opened from the keyboard: the focus goes back to the marker it came from.
    if (open?.keyboard)
      [...document.querySelectorAll<SVGElement>('.map-stage [data-school]')]
        .find((el) => el.getAttribute('data-school') === open.id)
        ?.focus();
    setOpen(null);
  }, [open]);
  const moved = useCallback(() => {
    tooltip.hide();
    setOpen(null);
  }, [tooltip]);

  return (
    <div className="map-stage" role="region" aria-label={label} data-pending={pending || undefined}>
      <MapContainer
        className="map-canvas"
        bounds={province}
        boundsOptions={FIT_OPTIONS}
        // Not snapped: the zoom that fits the bounds exactly, as the picture before it was drawn.
        zoomSnap={0}
        attributionControl={false}
        scrollWheelZoom={false}
        doubleClickZoom={false}
        touchZoom
        zoomControl={false}
      >
        {/* Made anew in the other language: Leaflet reads the titles only when it makes the control. */}
        <ZoomControl key={t('zoomIn')} zoomInTitle={t('zoomIn')} zoomOutTitle={t('zoomOut')} />
        {BASEMAP_URL && <TileLayer url={BASEMAP_URL} />}
        <CooperativeGestures hint={t('twoFingers')} />
        <CloseOnMove onMove={moved} />
        <PrefectureLayer
          shapes={boundaries.shapes}
          views={views}
          selected={selected}
          tooltip={tooltip}
          onActivate={actions.prefectureClicked}
        />
        <LabelLayer labels={labels} />
        <SchoolLayer
          markers={markers}
          visible={visible}
          compared={compared}
          hovered={hovered}
          tooltip={tooltip}
          onHover={actions.schoolHovered}
          onActivate={setOpen}
        />
        <FitView shapes={boundaries.shapes} selected={selected} />
        <Drawn onDrawn={onDrawn} />
      </MapContainer>
      <MapTooltip store={tooltip} />
      {open && marker && (
        <Suspense fallback={null}>
          <SchoolPopup marker={marker} activation={open} onClose={close} />
        </Suspense>
      )}
    </div>
  );
}
