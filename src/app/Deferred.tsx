import {
  startTransition,
  Suspense,
  useEffect,
  useRef,
  useState,
  type CSSProperties,
  type ReactNode,
  type RefObject,
} from 'react';
import { useQueries, type UseQueryOptions } from '@tanstack/react-query';
import { useT } from '@/components/use-t';
import { usePrinting } from '@/state/printing';
import { useFirstViewPainted } from './first-paint';

/** Any dataset's query options (src/data/queries.ts): only its key and loader are used here. */
type DatasetQuery = { queryKey: readonly unknown[] };

/** The address's fragment, followed as it changes (a ※ mark or a glossary link sets it). */
export function useHash(): string {
  // No address in the HTML rendered at build time (src/app/prerender.tsx).
  const [hash, setHash] = useState(() => (typeof window === 'undefined' ? '' : window.location.hash));
  useEffect(() => {
    const onHash = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return hash;
}

interface Props {
  /** The panel's own id: the placeholder keeps it, so links and scrolling find the place. */
  id: string;
  /**
   * Wait, after the first paint, until the reader scrolls, the panel comes within a quarter screen
   * of the viewport, or the keyboard starts moving focus: for panels whose charts pull in recharts.
   */
  untilNear?: boolean;
  /** The address asks for this panel (an open profile, a note): it mounts at once. */
  needed?: boolean;
  /** The panel's own datasets: loaded after the first paint; one failing mounts the panel to name the file. */
  datasets?: readonly DatasetQuery[];
  children: ReactNode;
}

function Loading({ id }: { id?: string }) {
  const t = useT();
  return (
    <p className="loading panel" role="status" id={id}>
      {t('loading', { what: '' })}
    </p>
  );
}

/** True once the page scrolls, the element is near the viewport or Tab is pressed; at once where there is no observer. */
function useNear(ref: RefObject<HTMLElement | null>, watch: boolean): boolean {
  const [near, setNear] = useState(false);
  const canObserve = typeof IntersectionObserver !== 'undefined';
  useEffect(() => {
    const element = ref.current;
    if (!watch || near || !element || !canObserve) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) startTransition(() => setNear(true));
      },
      { rootMargin: '0px 0px 25% 0px' },
    );
    observer.observe(element);
    // Scrolling at all means the reader is heading down: start now, so the panel is ready by the
    // time they reach it. A keyboard user tabs through the page without scrolling it: the panel's
    // controls must be there by the time focus reaches them. A transition keeps scrolling smooth.
    const start = () => startTransition(() => setNear(true));
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Tab') start();
    };
    window.addEventListener('scroll', start, { once: true, passive: true });
    document.addEventListener('keydown', onKey);
    return () => {
      observer.disconnect();
      window.removeEventListener('scroll', start);
      document.removeEventListener('keydown', onKey);
    };
  }, [ref, watch, near, canObserve]);
  return near || !canObserve;
}

/** The placeholder takes the panel's place in the dashboard grid: the full width. */
const PLACE: CSSProperties = { gridColumn: '1 / -1', minWidth: 0 };
/**
 * A panel below the fold, rendered after the first view has painted. Once shown it stays shown
 * (a failed query flips back to loading when refetched; unmounting then would loop).
 */
export function Deferred({ id, untilNear = false, needed = false, datasets = [], children }: Props) {
  const painted = useFirstViewPainted();
  const failed = useQueries({
    queries: datasets.map((q) => ({ ...(q as UseQueryOptions), enabled: painted })),
    combine: (results) => results.some((r) => r.isError),
  });
  const placeholder = useRef<HTMLDivElement>(null);
  const near = useNear(placeholder, painted && untilNear);
  const [shown, setShown] = useState(false);
  // Paper needs every panel: printing mounts them all at once.
  const printing = usePrinting();
  if (!shown && (printing || (painted && (!untilNear || near || failed || needed)))) setShown(true);
  if (!shown)
    return (
      <div ref={placeholder} data-deferred={id} style={PLACE}>
        <Loading id={id} />
      </div>
    );
  return <Suspense fallback={<Loading id={id} />}>{children}</Suspense>;
}
