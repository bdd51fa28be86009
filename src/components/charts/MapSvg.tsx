import type { MapLayout } from './map-layout';
import { BASELINE, INK } from './style';
import { SvgFrame } from './SvgFrame';

/** The prefecture map as plain SVG: fills, dashed outlines for no school, names with a white halo. */
export function MapBody({ layout }: { layout: MapLayout }) {
  const { fontSize } = layout;
  return (
    <g>
      {layout.shapes.map((s) => (
        <path
          key={s.id}
          data-prefecture-shape={s.id}
          d={s.d}
          fill={s.fill}
          fillRule="evenodd"
          stroke={s.selected ? '#111111' : s.dashed ? '#888888' : '#ffffff'}
          strokeWidth={s.selected ? 3 : 1}
          strokeDasharray={s.dashed && !s.selected ? '4 3' : undefined}
        />
      ))}
      {/* Each name twice: a white outline under the ink, which every renderer draws (paint-order is not universal). */}
      {layout.shapes.map((s) =>
        [true, false].map((halo) => (
          <text
            key={`${s.id}-${halo}`}
            x={s.labelX}
            y={s.labelY + fontSize * BASELINE}
            textAnchor="middle"
            fontSize={fontSize}
            fill={halo ? '#ffffff' : INK}
            stroke={halo ? '#ffffff' : undefined}
            strokeWidth={halo ? fontSize * 0.25 : undefined}
            strokeLinejoin="round"
          >
            {s.label}
          </text>
        )),
      )}
      {/* Schools above the names, as on screen: a name never hides a school. */}
      {layout.markers.map((m) => (
        <circle
          key={m.id}
          cx={m.cx}
          cy={m.cy}
          r={m.r}
          fill={m.fill}
          stroke={m.stroke}
          strokeWidth={1}
          fillOpacity={0.9}
        />
      ))}
    </g>
  );
}

export function MapSvg({ layout, label }: { layout: MapLayout; label: string }) {
  return (
    <SvgFrame width={layout.width} height={layout.height} label={label}>
      <MapBody layout={layout} />
    </SvgFrame>
  );
}
