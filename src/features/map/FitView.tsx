import { useEffect, useMemo, useRef } from 'react';
import L from 'leaflet';
import { useMap } from 'react-leaflet';
import type { PrefectureShape } from '@/data/domain';
import { boundsOf } from './geo';

/** Close enough that 嘉峪关市, the smallest prefecture, fills the map without going blocky. */
const MAX_FIT_ZOOM = 9;

/** Room left and right for a name centred near the edge (庆阳市, "Qingyang" on a phone). */
const PADDING: [number, number] = [30, 14];

/** How the map fits bounds: LiveMap opens on the province with these, FitView fits with them. */
export const FIT_OPTIONS = { padding: PADDING, maxZoom: MAX_FIT_ZOOM } as const;

const reducedMotion = () =>
  typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Fits the map to the bounds. Leaflet drops a new zoom asked for while a zoom animation runs (its
 * `_tryAnimatedZoom` returns early), so a prefecture cleared before the zoom to it has finished
 * would leave the map zoomed in: a fit asked for meanwhile is made when that animation ends.
 */
function fitter(map: L.Map) {
  let animating = false;
  let pending: { bounds: L.LatLngBounds; animate: boolean } | null = null;
  const fit = (bounds: L.LatLngBounds, animate: boolean) => {
    const size = map.getSize();
    if (size.x === 0 || size.y === 0) return;
    if (animating) {
      pending = { bounds, animate };
      return;
    }
    map.fitBounds(bounds, { ...FIT_OPTIONS, animate });
  };
  const onStart = () => {
    animating = true;
  };
  const onEnd = () => {
    animating = false;
    const next = pending;
    pending = null;
    if (next) fit(next.bounds, next.animate);
  };
  map.on('zoomanim', onStart);
  map.on('zoomend', onEnd);
  return { fit, detach: () => map.off('zoomanim', onStart).off('zoomend', onEnd) };
}

/**
 * Keeps the map on what the reader chose: the whole province, or the selected prefecture (a tap
 * or click on it, the filter bar, a shared link), zoomed in with a short animation and back out
 * when it is cleared. The container is watched as well: a phone turned, a tablet's column, the
 * side-by-side layout at 1024 px and up, so the map always fits its box.
 */
export function FitView({ shapes, selected }: { shapes: readonly PrefectureShape[]; selected: string | null }) {
  const map = useMap();
  const bounds = useMemo(
    () => ({
      byId: new Map<string, L.LatLngBounds>(shapes.map((s) => [s.id, L.latLngBounds(boundsOf([s.geometry]))])),
      province: L.latLngBounds(boundsOf(shapes.map((s) => s.geometry))),
    }),
    [shapes],
  );
  const target = useRef<L.LatLngBounds | null>(null);
  const fit = useMemo(() => fitter(map), [map]);
  useEffect(() => () => void fit.detach(), [fit]);

  useEffect(() => {
    const next = (selected ? bounds.byId.get(selected) : undefined) ?? bounds.province;
    const first = target.current === null;
    target.current = next;
    // The map opened on the province (LiveMap): fitting it again would redraw every path for nothing.
    if (first && !selected) return;
    fit.fit(next, !first && !reducedMotion());
  }, [fit, bounds, selected]);

  useEffect(() => {
    // The size the map opened at: the observer's first report of it is no change.
    let width = map.getContainer().clientWidth;
    let height = map.getContainer().clientHeight;
    const observer = new ResizeObserver(() => {
      const box = map.getContainer();
      if (box.clientWidth === width && box.clientHeight === height) return;
      width = box.clientWidth;
      height = box.clientHeight;
      map.invalidateSize();
      if (target.current) fit.fit(target.current, false);
    });
    observer.observe(map.getContainer());
    return () => observer.disconnect();
  }, [map, fit]);
  return null;
}
