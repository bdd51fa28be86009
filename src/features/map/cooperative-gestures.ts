import type { Map as LeafletMap } from 'leaflet';

/** How long the "two fingers" hint stays after a one-finger swipe over the map. */
const HINT_MS = 1500;

/**
 * Cooperative gestures: one finger scrolls the page, two fingers move and zoom the map; a mouse
 * drags it as before. Leaflet's own two-finger handler (touchZoom) pans as well as zooms, so the
 * one-finger drag is what must go: it is switched off when a touch begins (pointerdown comes
 * before touchstart, where Leaflet's drag would start) and on again for a mouse. The stylesheet
 * keeps `touch-action: pan-x pan-y` on the map, so the browser scrolls the page under one finger
 * and leaves pinches to the map.
 *
 * Why not leaflet-gesture-handling: it turns dragging back on with the mouseover a tap emulates,
 * which traps the next swipe, and it adds Ctrl + wheel zoom on desktops, where the wheel stays off.
 */
export function cooperativeGestures(map: LeafletMap, hint: () => string): () => void {
  const container = map.getContainer();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hideHint = () => {
    clearTimeout(timer);
    container.removeAttribute('data-gesture-hint');
  };
  const onPointerDown = (event: PointerEvent) => {
    if (event.pointerType === 'mouse') map.dragging.enable();
    else map.dragging.disable();
  };
  const onTouchMove = (event: TouchEvent) => {
    if (event.touches.length !== 1) {
      hideHint();
      return;
    }
    container.setAttribute('data-gesture-hint', hint());
    clearTimeout(timer);
    timer = setTimeout(hideHint, HINT_MS);
  };
  container.addEventListener('pointerdown', onPointerDown, { capture: true });
  container.addEventListener('touchmove', onTouchMove, { passive: true });
  return () => {
    hideHint();
    container.removeEventListener('pointerdown', onPointerDown, { capture: true });
    container.removeEventListener('touchmove', onTouchMove);
  };
}
