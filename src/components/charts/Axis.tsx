import { GRID, MUTED_INK, REFERENCE, smallFont } from './style';

interface AxisProps {
  ticks: { x: number; text: string }[];
  plotX: number;
  plotTop: number;
  axisY: number;
  fontSize: number;
  reference?: { x: number; label: string } | undefined;
}

/** Grid lines and numbers under a horizontal bar chart, its zero line, and a dashed reference line. */
export function AxisGrid({ ticks, plotX, plotTop, axisY, fontSize }: Omit<AxisProps, 'reference'>) {
  return (
    <g>
      {ticks.map((t) => (
        <g key={t.x}>
          <line x1={t.x} x2={t.x} y1={plotTop} y2={axisY} stroke={GRID} strokeWidth={1} />
          <text x={t.x} y={axisY + fontSize * 1.05} textAnchor="middle" fontSize={smallFont(fontSize)} fill={MUTED_INK}>
            {t.text}
          </text>
        </g>
      ))}
      <line x1={plotX} x2={plotX} y1={plotTop} y2={axisY} stroke={MUTED_INK} strokeWidth={1} />
    </g>
  );
}

export function ReferenceMark({
  reference,
  plotTop,
  axisY,
  fontSize,
}: Pick<AxisProps, 'reference' | 'plotTop' | 'axisY' | 'fontSize'>) {
  if (!reference) return null;
  return (
    <g>
      <line
        x1={reference.x}
        x2={reference.x}
        y1={plotTop - 2}
        y2={axisY}
        stroke={REFERENCE}
        strokeWidth={1.5}
        strokeDasharray="4 3"
      />
      <text
        x={reference.x}
        y={plotTop - fontSize * 0.45}
        textAnchor="middle"
        fontSize={smallFont(fontSize)}
        fill={REFERENCE}
      >
        {reference.label}
      </text>
    </g>
  );
}
