import type { GroupedLayout } from './grouped-layout';
import { AxisGrid, ReferenceMark } from './Axis';
import { BASELINE, INK, MUTED_INK, smallFont } from './style';
import { SvgFrame } from './SvgFrame';

/** Grouped horizontal bars as plain SVG elements (see BarsBody). */
export function GroupedBody({ layout }: { layout: GroupedLayout }) {
  const { fontSize, lineHeight } = layout;
  const valueFont = smallFont(fontSize);
  return (
    <g>
      <AxisGrid
        ticks={layout.ticks}
        plotX={layout.plotX}
        plotTop={layout.plotTop}
        axisY={layout.axisY}
        fontSize={fontSize}
      />
      {layout.rows.map((row) => (
        <g key={row.key} data-category={row.key}>
          {row.labelLines.map((line, i) => (
            <text
              key={i}
              x={layout.labelRight}
              y={row.y - ((row.labelLines.length - 1) * lineHeight) / 2 + i * lineHeight + fontSize * BASELINE}
              textAnchor="end"
              fontSize={fontSize}
              fill={INK}
            >
              {line}
            </text>
          ))}
          {row.bars.map((bar) => (
            <g key={bar.series}>
              {bar.width > 0 && (
                <rect x={layout.plotX} y={bar.y} width={bar.width} height={bar.height} fill={bar.color} />
              )}
              <text
                x={bar.valueX}
                y={bar.y + bar.height / 2 + valueFont * BASELINE}
                fontSize={valueFont}
                fill={bar.notReported ? MUTED_INK : INK}
                fontStyle={bar.notReported ? 'italic' : undefined}
              >
                {bar.valueText}
              </text>
            </g>
          ))}
        </g>
      ))}
      <ReferenceMark reference={layout.reference} plotTop={layout.plotTop} axisY={layout.axisY} fontSize={fontSize} />
    </g>
  );
}

export function GroupedSvg({ layout, label }: { layout: GroupedLayout; label: string }) {
  return (
    <SvgFrame width={layout.width} height={layout.height} label={label}>
      <GroupedBody layout={layout} />
    </SvgFrame>
  );
}
