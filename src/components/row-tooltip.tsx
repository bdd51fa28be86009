import type { ReactNode } from 'react';

/** The props every bar chart's tooltip shares: no animation, a light band over the hovered row. */
export const tooltipBase = { isAnimationActive: false, cursor: { fill: 'rgba(11, 92, 173, 0.08)' } } as const;

/** A recharts tooltip `content` that renders the hovered data row, or nothing. */
export function rowTooltip<Row>(className: string, render: (row: Row) => ReactNode) {
  return function RowTooltip({ active, payload }: { active?: boolean; payload?: readonly { payload?: unknown }[] }) {
    const row = active ? (payload?.[0]?.payload as Row | undefined) : undefined;
    return row ? <div className={className}>{render(row)}</div> : null;
  };
}
