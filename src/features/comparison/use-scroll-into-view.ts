import { useEffect, useRef, type RefObject } from 'react';

/**
 * Brings the comparison into view when it is set from elsewhere to one school beside its peers
 * ("与同类学校对比" on a profile): the reader asked to see it. Not when the reader works inside the
 * comparison (focus is there), not on the first render (a shared address keeps its place), not
 * while printing, and not where the browser cannot scroll (jsdom).
 */
export function useScrollIntoView(ref: RefObject<HTMLElement | null>, key: string, wanted: boolean, printing: boolean) {
  const previous = useRef(key);
  useEffect(() => {
    const changed = previous.current !== key;
    previous.current = key;
    const element = ref.current?.closest<HTMLElement>('.panel') ?? ref.current;
    if (!changed || !wanted || printing || !element || typeof element.scrollIntoView !== 'function') return;
    if (element.contains(document.activeElement)) return;
    element.scrollIntoView({ block: 'start' });
  }, [ref, key, wanted, printing]);
}
