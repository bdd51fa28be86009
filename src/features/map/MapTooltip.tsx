import { useLayoutEffect, useRef, useSyncExternalStore } from 'react';
import { placeBox } from './place-box';
import type { TooltipStore } from './tooltip-store';

/**
 * The tooltip of the prefecture or school under the pointer (or keyboard focus), placed inside the
 * map so that it never runs off a phone's edge. Text only: names from data are never markup.
 */
export function MapTooltip({ store }: { store: TooltipStore }) {
  const state = useSyncExternalStore(store.subscribe, store.get, store.get);
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const box = ref.current;
    const stage = box?.parentElement;
    if (!box || !stage || !state) return;
    const at = placeBox(
      state.at,
      { width: box.offsetWidth, height: box.offsetHeight },
      { width: stage.clientWidth, height: stage.clientHeight },
      state.gap,
    );
    box.style.transform = `translate(${Math.round(at.x)}px, ${Math.round(at.y)}px)`;
  });
  if (!state) return null;
  const [title, ...lines] = state.lines;
  return (
    <div ref={ref} className="map-tooltip" aria-hidden="true">
      <strong>{title}</strong>
      {lines.map((line) => (
        <div key={line}>{line}</div>
      ))}
    </div>
  );
}
