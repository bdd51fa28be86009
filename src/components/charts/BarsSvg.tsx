import type { KeyboardEvent } from 'react';
import type { BarsLayout, BarRowLayout } from './bars-layout';
import { AxisGrid, ReferenceMark } from './Axis';
import { BASELINE, INK, MUTED_INK, TONE_FILL, smallFont } from './style';
import { SvgFrame } from './SvgFrame';

export interface BarHandlers {
  onActivate?: (key: string) => void;
  onHover?: (key: string | null) => void;
  /** The accessible name of a bar that can be activated ("酒泉职业技术学院：12,997 人，查看学校概况"). */
  barLabel?: (row: BarRowLayout) => string;
}

function interactive(row: BarRowLayout, handlers: BarHandlers) {
  const props: Record<string, unknown> = {};
  if (handlers.onHover) {
    props.onMouseEnter = () => handlers.onHover?.(row.key);
    props.onMouseLeave = () => handlers.onHover?.(null);
  }
  if (handlers.onActivate) {
    Object.assign(props, {
      role: 'button',
      tabIndex: 0,
      'aria-label': handlers.barLabel?.(row) ?? `${row.labelLines.join('')}: ${row.valueText}`,
      onClick: () => handlers.onActivate?.(row.key),
      onKeyDown: (event: KeyboardEvent) => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        handlers.onActivate?.(row.key);
      },
      onFocus: () => handlers.onHover?.(row.key),
      onBlur: () => handlers.onHover?.(null),
      style: { cursor: 'pointer' },
    });
  }
  return props;
}

function Row({ row, layout, handlers }: { row: BarRowLayout; layout: BarsLayout; handlers: BarHandlers }) {
  const { fontSize, lineHeight } = layout;
  const valueFont = smallFont(fontSize, 0.92);
  const firstLineY = row.y - ((row.labelLines.length - 1) * lineHeight) / 2;
  const spaced = handlers.onActivate !== undefined;
  return (
    <g data-bar={row.key} {...interactive(row, handlers)}>
      {handlers.onActivate && (
        // The whole row is the target, so a short bar is as easy to hit as a long one.
        <rect
          x={0}
          y={row.y - row.barHeight / 2 - 3}
          width={layout.width}
          height={row.barHeight + 6}
          fill="transparent"
        />
      )}
      {row.labelLines.map((line, i) => (
        <text
          key={i}
          x={layout.labelRight}
          y={firstLineY + i * lineHeight + fontSize * BASELINE}
          textAnchor="end"
          fontSize={fontSize}
          fill={INK}
        >
          {/* On screen, a bar is a button named by its text: a space where an English label was
              wrapped keeps its words apart (a trailing space is not drawn; files keep the text as is). */}
          {spaced && i < row.labelLines.length - 1 && /[!-~]$/.test(line) ? `${line} ` : line}
        </text>
      ))}
      {row.barWidth > 0 && (
        <rect x={layout.plotX} y={row.barY} width={row.barWidth} height={row.barHeight} fill={TONE_FILL[row.tone]} />
      )}
      <text
        x={row.valueX}
        y={row.y + valueFont * BASELINE}
        fontSize={valueFont}
        fill={row.notReported ? MUTED_INK : INK}
        fontStyle={row.notReported ? 'italic' : undefined}
      >
        {/* Read after the label as a word of its own ("… Trade 16,185", not "Trade16,185"); a
            leading space is not drawn. */}
        {spaced ? ` ${row.valueText}` : row.valueText}
      </text>
    </g>
  );
}

/** Horizontal bars as plain SVG elements: text as <text>, colours as attributes, no stylesheet. */
export function BarsBody({ layout, handlers = {} }: { layout: BarsLayout; handlers?: BarHandlers }) {
  return (
    <g>
      <AxisGrid
        ticks={layout.ticks}
        plotX={layout.plotX}
        plotTop={layout.plotTop}
        axisY={layout.axisY}
        fontSize={layout.fontSize}
      />
      {layout.rows.map((row) => (
        <Row key={row.key} row={row} layout={layout} handlers={handlers} />
      ))}
      <ReferenceMark
        reference={layout.reference}
        plotTop={layout.plotTop}
        axisY={layout.axisY}
        fontSize={layout.fontSize}
      />
    </g>
  );
}

export function BarsSvg({ layout, label, handlers }: { layout: BarsLayout; label: string; handlers?: BarHandlers }) {
  return (
    <SvgFrame width={layout.width} height={layout.height} label={label} role={handlers?.onActivate ? 'group' : 'img'}>
      <BarsBody layout={layout} {...(handlers ? { handlers } : {})} />
    </SvgFrame>
  );
}
