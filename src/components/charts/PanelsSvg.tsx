import { BarsBody } from './BarsSvg';
import type { PanelsLayout } from './panels-layout';
import { BASELINE, INK } from './style';

/** Small multiples: each panel's title over its bars. */
export function PanelsBody({ layout }: { layout: PanelsLayout }) {
  const { fontSize } = layout;
  return (
    <g>
      {layout.panels.map((panel) => (
        <g key={panel.key} transform={`translate(${panel.x},${panel.y})`} data-panel={panel.key}>
          {panel.titleLines.map((line, i) => (
            <text
              key={i}
              x={0}
              y={fontSize * (0.9 + i * 1.2) + fontSize * BASELINE - fontSize * 0.3}
              fontSize={fontSize}
              fontWeight={700}
              fill={INK}
            >
              {line}
            </text>
          ))}
          <g transform={`translate(0,${fontSize * 2.6})`}>
            <BarsBody layout={panel.bars} />
          </g>
        </g>
      ))}
    </g>
  );
}
