import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { ExportModel } from '@/lib/export/model';

export interface DeckSlide {
  /** Unique per added slide: the same view can be added twice, e.g. under two filters. */
  uid: string;
  model: ExportModel;
}

/**
 * The presentation the user is putting together: each slide is the view as it was when added
 * (its filters, its language), so moving on to another tab or filter never changes a chosen slide.
 * It lasts for the browser tab's session (sessionStorage), not in the URL: it can be large.
 */
const useDeckStore = create<{ slides: DeckSlide[] }>()(
  persist(() => ({ slides: [] as DeckSlide[] }), {
    name: 'gansu-hve-deck',
    storage: createJSONStorage(() => sessionStorage),
  }),
);

let counter = 0;
const nextUid = () => `${Date.now().toString(36)}-${(counter++).toString(36)}`;

function moved<T>(list: readonly T[], from: number, to: number): T[] {
  if (from < 0 || from >= list.length || to < 0 || to >= list.length) return [...list];
  const copy = [...list];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item as T);
  return copy;
}

export const deckActions = {
  slideAdded: (model: ExportModel) =>
    useDeckStore.setState((s) => ({ slides: [...s.slides, { uid: nextUid(), model }] })),
  slideRemoved: (uid: string) => useDeckStore.setState((s) => ({ slides: s.slides.filter((x) => x.uid !== uid) })),
  slideMoved: (uid: string, by: -1 | 1) =>
    useDeckStore.setState((s) => {
      const from = s.slides.findIndex((x) => x.uid === uid);
      return { slides: moved(s.slides, from, from + by) };
    }),
  deckCleared: () => useDeckStore.setState({ slides: [] }),
};

export const useDeckSlides = () => useDeckStore((s) => s.slides);

/** For tests only. */
export function resetDeck(): void {
  useDeckStore.setState({ slides: [] });
}
