import { useLayoutEffect, useRef, useState } from 'react';

/**
 * The width of an element, followed as it resizes, so a drawn chart always fits its container (a
 * phone, a tablet column, a wide screen). Until measured it takes `initial`.
 */
export function useWidth<T extends HTMLElement>(initial: number) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(initial);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = (next: number) => {
      if (next > 0) setWidth((current) => (Math.abs(current - next) >= 1 ? Math.floor(next) : current));
    };
    measure(element.getBoundingClientRect().width);
    const observer = new ResizeObserver((entries) => measure(entries[0]?.contentRect.width ?? 0));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}
