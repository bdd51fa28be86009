import type { TableLayout } from './table-layout';
import { BASELINE, GRID, INK } from './style';
import { SvgFrame } from './SvgFrame';

/** A table as plain SVG: a shaded header row, rules between rows, numbers right-aligned. */
export function TableBody({ layout }: { layout: TableLayout }) {
  const { fontSize, lineHeight } = layout;
  const pad = fontSize * 0.5;
  return (
    <g>
      {layout.rows.map((row) => (
        <g key={row.key} data-row={row.key}>
          {row.header && <rect x={0} y={row.y} width={layout.width} height={row.height} fill="#eef2f6" />}
          <line x1={0} x2={layout.width} y1={row.y + row.height} y2={row.y + row.height} stroke={GRID} />
          {row.cells.map((cell, i) =>
            cell.lines.map((line, k) => (
              <text
                key={`${i}-${k}`}
                x={cell.numeric ? cell.x + cell.width - pad : cell.x + pad}
                y={row.y + pad * 0.8 + lineHeight * (k + 0.5) + fontSize * BASELINE}
                textAnchor={cell.numeric ? 'end' : 'start'}
                fontSize={fontSize}
                fontWeight={row.header || i === 0 ? 700 : 400}
                fill={INK}
              >
                {line}
              </text>
            )),
          )}
        </g>
      ))}
    </g>
  );
}

export function TableSvg({ layout, label }: { layout: TableLayout; label: string }) {
  return (
    <SvgFrame width={layout.width} height={layout.height} label={label}>
      <TableBody layout={layout} />
    </SvgFrame>
  );
}
