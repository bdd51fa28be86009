import { useEffect, useRef } from 'react';
import L from 'leaflet';
import { useMap } from 'react-leaflet';
import type { PrefectureShape } from '@/data/domain';
import type { PrefectureId } from '@/state/vocabulary';
import { makeKeyboardButton } from './focusable';

export interface PrefectureView {
  fill: string;
  /** Distinct outline for prefectures without a school, so they never read as low values. */
  dashed: boolean;
  label: string;
  tooltipLines: string[];
}

interface Props {
  shapes: readonly PrefectureShape[];
  views: ReadonlyMap<string, PrefectureView>;
  selected: string | null;
  onActivate: (id: PrefectureId) => void;
}

function tooltipElement(lines: string[]): HTMLElement {
  // Built from text nodes: names come from data and are never parsed as markup.
  const box = document.createElement('div');
  lines.forEach((line, i) => {
    const p = document.createElement(i === 0 ? 'strong' : 'div');
    p.textContent = line;
    box.appendChild(p);
  });
  return box;
}

/**
 * The prefectures as focusable SVG paths. Leaflet layers are made once; a change of metric,
 * filter or language restyles them in place, so hovering and filtering never rebuild the map.
 */
export function PrefectureLayer({ shapes, views, selected, onActivate }: Props) {
  const map = useMap();
  const layers = useRef(new Map<string, L.Polygon>());
  const activate = useRef(onActivate);
  useEffect(() => {
    activate.current = onActivate;
  });

  useEffect(() => {
    const group = L.featureGroup().addTo(map);
    for (const shape of shapes) {
      const layer = L.geoJSON(shape.geometry).getLayers()[0] as L.Polygon;
      layer.on('click', () => activate.current(shape.id));
      layer.bindTooltip('', { sticky: true, className: 'map-tooltip' });
      layer.addTo(group);
      const element = layer.getElement();
      if (element) {
        makeKeyboardButton(
          element,
          { 'data-prefecture': shape.id },
          {
            activate: () => activate.current(shape.id),
            focus: () => layer.openTooltip(layer.getBounds().getCenter()),
            blur: () => layer.closeTooltip(),
          },
        );
      }
      layers.current.set(shape.id, layer);
    }
    // The container may have been sized after the map was made: measure again, then fit Gansu.
    map.invalidateSize();
    const size = map.getSize();
    if (size.x > 0 && size.y > 0) map.fitBounds(group.getBounds(), { padding: [8, 8] });
    const current = layers.current;
    return () => {
      group.remove();
      current.clear();
    };
  }, [map, shapes]);

  useEffect(() => {
    for (const [id, layer] of layers.current) {
      const view = views.get(id);
      if (!view) continue;
      const isSelected = id === selected;
      layer.setStyle({
        fillColor: view.fill,
        fillOpacity: 1,
        color: isSelected ? '#111' : view.dashed ? '#888' : '#fff',
        weight: isSelected ? 3 : 1,
        dashArray: view.dashed && !isSelected ? '4 3' : undefined,
      });
      if (isSelected) {
        // Moving the path to the front re-inserts it in the DOM, which drops keyboard focus.
        const hadFocus = document.activeElement === layer.getElement();
        layer.bringToFront();
        if (hadFocus) (layer.getElement() as SVGElement | undefined)?.focus();
      }
      layer.setTooltipContent(tooltipElement(view.tooltipLines));
      const element = layer.getElement();
      element?.setAttribute('aria-label', view.label);
      element?.setAttribute('aria-pressed', String(isSelected));
    }
  }, [views, selected]);

  return null;
}
