import type { ReactNode } from 'react';
import { FONT_STACK } from './style';

/** The outer <svg> of a drawing on screen; exports place the same drawings inside their composition. */
export function SvgFrame({
  width,
  height,
  label,
  role = 'img',
  children,
}: {
  width: number;
  height: number;
  label: string;
  role?: 'img' | 'group';
  children: ReactNode;
}) {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      fontFamily={FONT_STACK}
      role={role}
      aria-label={label}
    >
      {children}
    </svg>
  );
}
