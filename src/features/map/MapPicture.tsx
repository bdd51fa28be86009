import type { CSSProperties } from 'react';
import type { MapPicture as Picture } from './map-picture';
import { prefectureOutline, SCHOOL_STROKE, schoolFill, type PrefectureView, type SchoolMarkerView } from './map-view';

interface Props {
  picture: Picture;
  views: ReadonlyMap<string, PrefectureView>;
  markers: readonly SchoolMarkerView[];
  visible: ReadonlySet<string>;
  selected: string | null;
  label: string;
}

/**
 * What the map looks like before Leaflet has drawn it, for the HTML rendered at build time (so the
 * first paint has the map): it stays until Leaflet has drawn the same prefectures in the same
 * places (map-picture.ts), then gives way. The same styles as PrefectureLayer and SchoolLayer
 * for the default view (no school compared or hovered): strokes in screen pixels, as Leaflet
 * draws them, whatever the picture's scale.
 */
export function MapPicture({ picture, views, markers, visible, selected, label }: Props) {
  const byId = new Map(markers.map((m) => [m.id, m]));
  // The selected prefecture is drawn last, as Leaflet brings it to the front.
  const shapes = [...picture.shapes].sort((a, b) => Number(a.id === selected) - Number(b.id === selected));
  const fit = { '--aspect': picture.width / picture.height } as CSSProperties;
  return (
    <div className="map-picture" role="img" aria-label={label} data-map-picture="">
      <div className="map-picture-box">
        <div className="map-picture-fit" style={fit}>
          <svg viewBox={`0 0 ${picture.width} ${picture.height}`} aria-hidden="true">
            {shapes.map((s) => {
              const view = views.get(s.id);
              const outline = prefectureOutline(view?.dashed ?? false, s.id === selected);
              return (
                <path
                  key={s.id}
                  data-picture-prefecture={s.id}
                  d={s.d}
                  fill={view?.fill ?? 'none'}
                  fillRule="evenodd"
                  stroke={outline.color}
                  strokeWidth={outline.weight}
                  strokeDasharray={outline.dashArray}
                  strokeLinejoin="round"
                  strokeLinecap="round"
                  vectorEffect="non-scaling-stroke"
                />
              );
            })}
            {picture.markers
              .filter((m) => visible.has(m.id))
              .map((m) => (
                <ellipse
                  key={m.id}
                  data-picture-school={m.id}
                  cx={m.cx}
                  cy={m.cy}
                  rx={m.rx}
                  ry={m.ry}
                  fill={schoolFill(byId.get(m.id)?.undergraduate ?? false)}
                  fillOpacity={0.9}
                  stroke={SCHOOL_STROKE}
                  strokeWidth={1}
                  vectorEffect="non-scaling-stroke"
                />
              ))}
          </svg>
          {picture.labels.map((l) => (
            <div
              key={l.id}
              className="prefecture-label map-picture-label"
              style={{ left: `${l.left}%`, top: `${l.top}%` }}
            >
              <span>{l.text}</span>
            </div>
          ))}
        </div>
      </div>
      {/* What Leaflet's zoom buttons look like, where they will be: they do not pop in when it draws. */}
      <div className="map-picture-zoom" aria-hidden="true">
        <span>+</span>
        <span>−</span>
      </div>
    </div>
  );
}
