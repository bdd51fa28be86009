import { useEffect, useRef } from 'react';
import L from 'leaflet';
import { useMap } from 'react-leaflet';
import type { PlacedMarker } from './marker-placement';
import { makeKeyboardButton } from './focusable';

export interface SchoolMarkerView extends PlacedMarker {
  undergraduate: boolean;
  label: string;
  tooltip: string;
}

const SCHOOL_PANE = 'schools';

interface Props {
  /** Every school's marker, made once. */
  markers: readonly SchoolMarkerView[];
  /** The schools the filters leave: only their markers are on the map. */
  visible: ReadonlySet<string>;
  compared: readonly string[];
  hovered: string | null;
  onHover: (id: string | null) => void;
  onActivate: (id: string) => void;
}

/** One circle per school, sized by students (radius in metres, so the layout holds at every zoom). */
export function SchoolLayer({ markers, visible, compared, hovered, onHover, onActivate }: Props) {
  const groupRef = useRef<L.LayerGroup | null>(null);
  const map = useMap();
  const circles = useRef(new Map<string, L.Circle>());
  const handlers = useRef({ onHover, onActivate });
  useEffect(() => {
    handlers.current = { onHover, onActivate };
  });

  useEffect(() => {
    // Schools get a pane above the prefectures, so an outlined (selected) prefecture never hides them.
    if (!map.getPane(SCHOOL_PANE)) map.createPane(SCHOOL_PANE).style.zIndex = '450';
    const group = L.layerGroup().addTo(map);
    groupRef.current = group;
    for (const m of markers) {
      const circle = L.circle([m.position[1], m.position[0]], {
        radius: m.radiusKm * 1000,
        fillOpacity: 0.9,
        weight: 1,
        pane: SCHOOL_PANE,
      });
      circle.on('mouseover', () => handlers.current.onHover(m.id));
      circle.on('mouseout', () => handlers.current.onHover(null));
      circle.on('click', (e) => {
        L.DomEvent.stopPropagation(e);
        handlers.current.onActivate(m.id);
      });
      const tip = document.createElement('span');
      tip.textContent = m.tooltip;
      circle.bindTooltip(tip, { className: 'map-tooltip' });
      // Leaflet makes a new SVG element each time a layer is added: label it on every add.
      circle.on('add', () => {
        const element = circle.getElement();
        if (!element) return;
        makeKeyboardButton(
          element,
          { 'aria-label': m.label, 'data-school': m.id },
          {
            activate: () => handlers.current.onActivate(m.id),
            focus: () => handlers.current.onHover(m.id),
            blur: () => handlers.current.onHover(null),
          },
        );
      });
      circle.addTo(group);
      circles.current.set(m.id, circle);
    }
    const current = circles.current;
    return () => {
      group.remove();
      current.clear();
    };
  }, [map, markers]);

  // A filter change only adds or removes existing markers: cheap, and they keep their places.
  useEffect(() => {
    const group = groupRef.current;
    if (!group) return;
    for (const [id, circle] of circles.current) {
      const shown = group.hasLayer(circle);
      if (visible.has(id) && !shown) group.addLayer(circle);
      else if (!visible.has(id) && shown) group.removeLayer(circle);
    }
  }, [markers, visible]);

  useEffect(() => {
    for (const m of markers) {
      const circle = circles.current.get(m.id);
      if (!circle) continue;
      const picked = compared.includes(m.id);
      const isHovered = hovered === m.id;
      circle.setStyle({
        color: isHovered ? '#f0a500' : picked ? '#000' : '#5a3a00',
        weight: isHovered || picked ? 3 : 1,
        fillColor: m.undergraduate ? '#b35806' : '#fdb863',
      });
      if (isHovered) circle.bringToFront();
    }
  }, [markers, compared, hovered]);

  return null;
}
