import { create } from 'zustand';
import { defaultIntent, MAX_COMPARED, type Intent, type Ownership, type Tier } from './intent';
import type { Lang } from '@/lib/format';

interface StoreState extends Intent {
  /** The school under the pointer: shared between views, never in the URL. */
  hovered: string | null;
}

const useStore = create<StoreState>(() => ({ ...defaultIntent, hovered: null }));

const set = useStore.setState;

/** Actions, named for what the user did. */
export const actions = {
  prefectureClicked: (id: string) => set((s) => ({ prefecture: s.prefecture === id ? null : id })),
  prefectureChosen: (id: string | null) => set({ prefecture: id }),
  prefectureCleared: () => set({ prefecture: null }),
  tierChosen: (tier: Tier | null) => set({ tier }),
  ownershipChosen: (ownership: Ownership | null) => set({ ownership }),
  schoolTypeChosen: (schoolType: string | null) => set({ schoolType }),
  filtersCleared: () => set({ prefecture: null, tier: null, ownership: null, schoolType: null }),
  schoolCompared: (id: string) =>
    set((s) => (s.compared.includes(id) || s.compared.length >= MAX_COMPARED ? s : { compared: [...s.compared, id] })),
  schoolUncompared: (id: string) => set((s) => ({ compared: s.compared.filter((c) => c !== id) })),
  comparisonSwapped: () => set((s) => ({ compared: [...s.compared].reverse() })),
  comparisonCleared: () => set({ compared: [] }),
  metricChosen: (metric: string) => set({ metric }),
  languageChosen: (lang: Lang) => set({ lang }),
  schoolHovered: (id: string | null) => set({ hovered: id }),
  /** The URL changed (load, back, forward): take its intent whole. */
  intentRestored: (intent: Intent) => set({ ...intent }),
};

export const useLang = () => useStore((s) => s.lang);
export const usePrefecture = () => useStore((s) => s.prefecture);
export const useTier = () => useStore((s) => s.tier);
export const useOwnership = () => useStore((s) => s.ownership);
export const useSchoolType = () => useStore((s) => s.schoolType);
export const useCompared = () => useStore((s) => s.compared);
export const useMetric = () => useStore((s) => s.metric);
export const useHovered = () => useStore((s) => s.hovered);

/** The shareable part of the state, for the URL. */
export function currentIntent(): Intent {
  const { prefecture, tier, ownership, schoolType, compared, metric, lang } = useStore.getState();
  return { prefecture, tier, ownership, schoolType, compared, metric, lang };
}

export function subscribeToIntent(listener: (intent: Intent) => void): () => void {
  return useStore.subscribe((state, previous) => {
    const keys: (keyof Intent)[] = ['prefecture', 'tier', 'ownership', 'schoolType', 'compared', 'metric', 'lang'];
    if (keys.some((k) => state[k] !== previous[k])) listener(currentIntent());
  });
}

/** For tests only: back to the defaults. */
export function resetStore(): void {
  set({ ...defaultIntent, hovered: null }, false);
}
