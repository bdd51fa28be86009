import { Text } from 'recharts';
import { splitUnspaced } from './labels';

interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: string | number };
}

const FONT_SIZE = 12;
const LINE_HEIGHT = 14;

/**
 * A category label that wraps onto two lines within the axis width: recharts' Text wraps at spaces
 * (English); a Chinese label has none, so it is split by characters instead of being cut off.
 */
export function wrappedTick(width: number) {
  return function WrappedTick({ x, y, payload }: TickProps) {
    const label = String(payload?.value ?? '');
    const cx = Number(x);
    const cy = Number(y);
    if (label.trim().includes(' ')) {
      return (
        <Text
          x={cx}
          y={cy}
          width={width - 8}
          maxLines={2}
          textAnchor="end"
          verticalAnchor="middle"
          fontSize={FONT_SIZE}
          fill="#1f2933"
        >
          {label}
        </Text>
      );
    }
    // A CJK glyph is about one em wide; a little slack keeps full-width punctuation inside the axis.
    const lines = splitUnspaced(label, Math.max(1, Math.floor((width - 8) / (FONT_SIZE + 1))));
    return (
      <text x={cx} y={cy} textAnchor="end" fontSize={FONT_SIZE} fill="#1f2933">
        {lines.map((line, i) => (
          <tspan key={i} x={cx} dy={i === 0 ? ((1 - lines.length) * LINE_HEIGHT) / 2 + FONT_SIZE * 0.35 : LINE_HEIGHT}>
            {line}
          </tspan>
        ))}
      </text>
    );
  };
}
