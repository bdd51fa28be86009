import { useEffect, type RefObject } from 'react';

/**
 * Brings the profile into view whenever another school's profile opens — from a link (?school=),
 * a click on the map, a chart or a table — unless its top is already on screen (the reader used
 * the search box in it). Not while printing, and not where the browser cannot scroll (jsdom).
 */
export function useScrollIntoView(ref: RefObject<HTMLElement | null>, key: string | null, printing: boolean): void {
  useEffect(() => {
    // The whole panel, its title included, not just the part the ref marks.
    const element = ref.current?.closest<HTMLElement>('.panel') ?? ref.current;
    if (key === null || printing || !element || typeof element.scrollIntoView !== 'function') return;
    const top = element.getBoundingClientRect().top;
    if (top >= 0 && top < window.innerHeight * 0.5) return;
    element.scrollIntoView({ block: 'start' });
  }, [ref, key, printing]);
}
