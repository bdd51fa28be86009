import type { SheetLayout } from './sheet-layout';
import { BASELINE, GRID, INK, MUTED_INK, smallFont } from './style';
import { TableBody } from './TableSvg';

/** A fact sheet: key-figure cards, then titled tables. */
export function SheetBody({ layout }: { layout: SheetLayout }) {
  const f = layout.fontSize;
  return (
    <g>
      {layout.cards.map((card, i) => {
        let y = card.y + f * 0.5;
        const line = (text: string, size: number, color: string, bold = false) => {
          y += size * 1.2;
          return (
            <text
              key={`${text}-${y}`}
              x={card.x + f * 0.5}
              y={y - size * 0.6 + size * BASELINE}
              fontSize={size}
              fill={color}
              fontWeight={bold ? 700 : 400}
            >
              {text}
            </text>
          );
        };
        return (
          <g key={i} data-card={i}>
            <rect x={card.x} y={card.y} width={card.width} height={card.height} fill="#ffffff" stroke={GRID} rx={4} />
            {card.label.map((l) => line(l, smallFont(f), MUTED_INK))}
            {line(card.value, f * 1.6, INK, true)}
            {card.detail.map((d) => line(d, f * 0.8, MUTED_INK))}
          </g>
        );
      })}
      {layout.sections.map((s) => (
        <g key={s.heading} transform={`translate(${s.x},${s.y})`}>
          <text x={0} y={f * 0.9 + f * BASELINE - f * 0.3} fontSize={f} fontWeight={700} fill={INK}>
            {s.heading}
          </text>
          <g transform={`translate(0,${f * 1.8})`}>
            <TableBody layout={s.table} />
          </g>
        </g>
      ))}
    </g>
  );
}
