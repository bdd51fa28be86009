import { useEffect, useRef } from 'react';
import L from 'leaflet';
import { useMap } from 'react-leaflet';
import type { PrefectureShape } from '@/data/domain';
import type { PrefectureId } from '@/state/vocabulary';
import { makeKeyboardButton } from './focusable';
import { prefectureOutline, type PrefectureView } from './map-view';
import type { TooltipStore } from './tooltip-store';

interface Props {
  shapes: readonly PrefectureShape[];
  views: ReadonlyMap<string, PrefectureView>;
  selected: string | null;
  tooltip: TooltipStore;
  onActivate: (id: PrefectureId) => void;
}

/** Px between the pointer and the tooltip. */
const POINTER_GAP = 14;

/**
 * The prefectures as focusable SVG paths. Leaflet layers are made once; a change of metric,
 * filter or language restyles them in place, so hovering and filtering never rebuild the map.
 */
export function PrefectureLayer({ shapes, views, selected, tooltip, onActivate }: Props) {
  const map = useMap();
  const layers = useRef(new Map<string, L.Polygon>());
  const lines = useRef(new Map<string, string[]>());
  const activate = useRef(onActivate);
  useEffect(() => {
    activate.current = onActivate;
  });

  useEffect(() => {
    const group = L.featureGroup().addTo(map);
    for (const shape of shapes) {
      const layer = L.geoJSON(shape.geometry).getLayers()[0] as L.Polygon;
      const show = (at: L.Point, gap: number) =>
        tooltip.show({ lines: lines.current.get(shape.id) ?? [], at: { x: at.x, y: at.y }, gap });
      layer.on('click', () => activate.current(shape.id));
      layer.on('mousemove', (e: L.LeafletMouseEvent) => show(e.containerPoint, POINTER_GAP));
      layer.on('mouseout', () => tooltip.hide());
      layer.addTo(group);
      const element = layer.getElement();
      if (element) {
        makeKeyboardButton(
          element,
          { 'data-prefecture': shape.id },
          {
            activate: () => activate.current(shape.id),
            focus: () => show(map.latLngToContainerPoint(layer.getBounds().getCenter()), 0),
            blur: () => tooltip.hide(),
          },
        );
      }
      layers.current.set(shape.id, layer);
    }
    const current = layers.current;
    return () => {
      group.remove();
      current.clear();
    };
  }, [map, shapes, tooltip]);

  useEffect(() => {
    for (const [id, layer] of layers.current) {
      const view = views.get(id);
      if (!view) continue;
      const isSelected = id === selected;
      layer.setStyle({ fillColor: view.fill, fillOpacity: 1, ...prefectureOutline(view.dashed, isSelected) });
      if (isSelected) {
        // Moving the path to the front re-inserts it in the DOM, which drops keyboard focus.
        const hadFocus = document.activeElement === layer.getElement();
        layer.bringToFront();
        if (hadFocus) (layer.getElement() as SVGElement | undefined)?.focus();
      }
      lines.current.set(id, view.tooltipLines);
      const element = layer.getElement();
      element?.setAttribute('aria-label', view.label);
      element?.setAttribute('aria-pressed', String(isSelected));
    }
  }, [views, selected]);

  return null;
}
