import { create } from 'zustand';
import { defaultIntent, MAX_COMPARED, type Intent } from './intent';
import type { Benchmark, ChartTab, MetricId, Ownership, PrefectureId, SchoolTypeId, Tier } from './vocabulary';
import type { Lang } from '@/lib/format';

interface StoreState extends Intent {
  /** The school under the pointer: shared between views, never in the URL. */
  hovered: string | null;
}

const useStore = create<StoreState>(() => ({ ...defaultIntent, hovered: null }));

const set = useStore.setState;

/** Actions, named for what the user did. */
export const actions = {
  prefectureClicked: (id: PrefectureId) => set((s) => ({ prefecture: s.prefecture === id ? null : id })),
  prefectureChosen: (id: PrefectureId | null) => set({ prefecture: id }),
  prefectureCleared: () => set({ prefecture: null }),
  tierChosen: (tier: Tier | null) => set({ tier }),
  ownershipChosen: (ownership: Ownership | null) => set({ ownership }),
  schoolTypeChosen: (schoolType: SchoolTypeId | null) => set({ schoolType }),
  filtersCleared: () => set({ prefecture: null, tier: null, ownership: null, schoolType: null }),
  schoolCompared: (id: string) =>
    set((s) => (s.compared.includes(id) || s.compared.length >= MAX_COMPARED ? s : { compared: [...s.compared, id] })),
  schoolUncompared: (id: string) => set((s) => ({ compared: s.compared.filter((c) => c !== id) })),
  comparisonSwapped: () => set((s) => ({ compared: [...s.compared].reverse() })),
  comparisonCleared: () => set({ compared: [] }),
  metricChosen: (metric: MetricId) => set({ metric }),
  /** A school's profile opened (from search, a bar, a marker, a row) or closed. */
  schoolOpened: (id: string) => set({ school: id }),
  profileClosed: () => set({ school: null }),
  benchmarkToggled: (benchmark: Benchmark) =>
    set((s) => ({
      benchmarks: s.benchmarks.includes(benchmark)
        ? s.benchmarks.filter((b) => b !== benchmark)
        : [...s.benchmarks, benchmark],
    })),
  /** "与同类学校对比" on a profile: that school beside its peers' median. */
  peersCompared: (id: string) => set({ compared: [id], benchmarks: ['peers'] }),
  chartTabChosen: (tab: ChartTab) => set({ tab }),
  viewShownAs: (viewId: string, shown: 'chart' | 'table') =>
    set((s) => ({
      tables:
        shown === 'table'
          ? s.tables.includes(viewId)
            ? s.tables
            : [...s.tables, viewId]
          : s.tables.filter((v) => v !== viewId),
    })),
  showAllToggled: (viewId: string) =>
    set((s) => ({
      expanded: s.expanded.includes(viewId) ? s.expanded.filter((v) => v !== viewId) : [...s.expanded, viewId],
    })),
  noteOpened: (id: string | null) => set({ note: id }),
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
export const useSchool = () => useStore((s) => s.school);
export const useBenchmarks = () => useStore((s) => s.benchmarks);
export const useChartTab = () => useStore((s) => s.tab);
export const useNote = () => useStore((s) => s.note);
/** Whether a view is shown as its table, and whether it shows every row. */
export const useShownAsTable = (viewId: string) => useStore((s) => s.tables.includes(viewId));
export const useShowsAll = (viewId: string) => useStore((s) => s.expanded.includes(viewId));

/** The shareable part of the state, for the URL. */
export function currentIntent(): Intent {
  const {
    prefecture,
    tier,
    ownership,
    schoolType,
    school,
    compared,
    benchmarks,
    metric,
    tab,
    tables,
    expanded,
    note,
    lang,
  } = useStore.getState();
  return {
    prefecture,
    tier,
    ownership,
    schoolType,
    school,
    compared,
    benchmarks,
    metric,
    tab,
    tables,
    expanded,
    note,
    lang,
  };
}

export function subscribeToIntent(listener: (intent: Intent) => void): () => void {
  return useStore.subscribe((state, previous) => {
    const keys = Object.keys(defaultIntent) as (keyof Intent)[];
    if (keys.some((k) => state[k] !== previous[k])) listener(currentIntent());
  });
}

/** For tests only: back to the defaults. */
export function resetStore(): void {
  set({ ...defaultIntent, hovered: null }, false);
}
