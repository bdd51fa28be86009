import type { ReactNode } from 'react';
import { useLang } from '@/state/store';
import { fontStack } from './style';

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
  const lang = useLang();
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      fontFamily={fontStack(lang)}
      role={role}
      aria-label={label}
    >
      {children}
    </svg>
  );
}
