import { useEffect, useRef } from 'react';
import L from 'leaflet';
import { useMap } from 'react-leaflet';
import { makeKeyboardButton } from './focusable';
import { hitRadii } from './hit-targets';
import { SCHOOL_STROKE, schoolFill, type SchoolMarkerView } from './map-view';
import type { Point } from './place-box';
import type { TooltipStore } from './tooltip-store';

const SCHOOL_PANE = 'schools';

export interface MarkerActivation {
  id: string;
  /** The marker's centre in the map's container pixels, and its hit radius: where a popup goes. */
  at: Point;
  radius: number;
  /** From the keyboard: the popup then takes the focus, and gives it back when it closes. */
  keyboard: boolean;
}

interface Props {
  /** Every school's marker, made once. */
  markers: readonly SchoolMarkerView[];
  /** The schools the filters leave: only their markers are on the map. */
  visible: ReadonlySet<string>;
  compared: readonly string[];
  hovered: string | null;
  tooltip: TooltipStore;
  onHover: (id: string | null) => void;
  onActivate: (activation: MarkerActivation) => void;
}

interface Marker {
  /** The drawn dot, sized by students in metres so the layout holds at every zoom; not interactive. */
  dot: L.Circle;
  /** An invisible circle in px around it: what the pointer, a finger and the keyboard reach. */
  hit: L.CircleMarker;
}

/** One dot per school, with a hit target of at least 24 × 24 px where the dots are apart. */
export function SchoolLayer({ markers, visible, compared, hovered, tooltip, onHover, onActivate }: Props) {
  const map = useMap();
  const group = useRef<L.LayerGroup | null>(null);
  const layers = useRef(new Map<string, Marker>());
  const handlers = useRef({ onHover, onActivate });
  useEffect(() => {
    handlers.current = { onHover, onActivate };
  });

  useEffect(() => {
    // Schools get a pane above the prefectures, so an outlined (selected) prefecture never hides them.
    if (!map.getPane(SCHOOL_PANE)) map.createPane(SCHOOL_PANE).style.zIndex = '450';
    const layerGroup = L.layerGroup().addTo(map);
    group.current = layerGroup;
    for (const m of markers) {
      const centre = L.latLng(m.position[1], m.position[0]);
      const dot = L.circle(centre, {
        radius: m.radiusKm * 1000,
        fillOpacity: 0.9,
        weight: 1,
        pane: SCHOOL_PANE,
        interactive: false,
      });
      const hit = L.circleMarker(centre, {
        radius: 12,
        pane: SCHOOL_PANE,
        className: 'map-school-hit',
        opacity: 0,
        fillOpacity: 0,
      });
      const activation = (keyboard: boolean): MarkerActivation => ({
        id: m.id,
        at: map.latLngToContainerPoint(centre),
        radius: hit.getRadius(),
        keyboard,
      });
      const showTip = () => {
        const at = map.latLngToContainerPoint(centre);
        tooltip.show({ lines: [m.tooltip], at: { x: at.x, y: at.y }, gap: hit.getRadius() + 2 });
      };
      hit.on('mouseover', () => {
        handlers.current.onHover(m.id);
        showTip();
      });
      hit.on('mouseout', () => {
        handlers.current.onHover(null);
        tooltip.hide();
      });
      hit.on('click', (e) => {
        L.DomEvent.stopPropagation(e);
        tooltip.hide();
        handlers.current.onActivate(activation(false));
      });
      // Leaflet makes a new SVG element each time a layer is added: label it on every add.
      hit.on('add', () => {
        const element = hit.getElement();
        if (!element) return;
        makeKeyboardButton(
          element,
          { 'aria-label': m.label, 'data-school': m.id },
          {
            activate: () => handlers.current.onActivate(activation(true)),
            focus: () => {
              handlers.current.onHover(m.id);
              showTip();
            },
            blur: () => {
              handlers.current.onHover(null);
              tooltip.hide();
            },
          },
        );
      });
      layers.current.set(m.id, { dot, hit });
    }
    const current = layers.current;
    return () => {
      layerGroup.remove();
      current.clear();
    };
  }, [map, markers, tooltip]);

  // A filter change only adds or removes existing markers: cheap, and they keep their places.
  // Hit targets follow the zoom: they grow to 24 px as the dots spread apart.
  useEffect(() => {
    const layerGroup = group.current;
    if (!layerGroup) return;
    for (const [id, { dot, hit }] of layers.current) {
      const shown = layerGroup.hasLayer(hit);
      if (visible.has(id) && !shown) {
        layerGroup.addLayer(dot);
        layerGroup.addLayer(hit);
      } else if (!visible.has(id) && shown) {
        layerGroup.removeLayer(dot);
        layerGroup.removeLayer(hit);
      }
    }
    const resize = () => {
      const drawn = [...layers.current]
        .filter(([id]) => visible.has(id))
        .map(([id, { dot }]) => {
          const centre = map.latLngToContainerPoint(dot.getLatLng());
          const edge = map.latLngToContainerPoint(
            L.latLng(dot.getLatLng().lat + dot.getRadius() / 111_320, dot.getLatLng().lng),
          );
          return { id, x: centre.x, y: centre.y, r: Math.abs(centre.y - edge.y) };
        });
      for (const [id, radius] of hitRadii(drawn)) layers.current.get(id)?.hit.setRadius(radius);
    };
    resize();
    map.on('zoomend', resize);
    return () => {
      map.off('zoomend', resize);
    };
  }, [map, markers, visible]);

  useEffect(() => {
    for (const m of markers) {
      const layer = layers.current.get(m.id);
      if (!layer) continue;
      const picked = compared.includes(m.id);
      const isHovered = hovered === m.id;
      layer.dot.setStyle({
        color: isHovered ? '#f0a500' : picked ? '#000' : SCHOOL_STROKE,
        weight: isHovered || picked ? 3 : 1,
        fillColor: schoolFill(m.undergraduate),
      });
      // Only the dot: moving the hit target would re-insert the focused or hovered element.
      if (isHovered) layer.dot.bringToFront();
    }
  }, [markers, compared, hovered]);

  return null;
}
