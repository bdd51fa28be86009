import { usePrefectures, useSchools } from '@/data/queries';
import { filterSchools, hasActiveFilter, type SchoolFilters } from '@/data/derive/filter';
import type { Prefectures, School, Schools } from '@/data/domain';
import type { Lang } from '@/lib/format';
import { describeFilters } from '@/lib/describe-filters';
import { translate } from '@/lib/i18n';
import { useLang, useOwnership, usePrefecture, useSchoolType, useTier } from '@/state/store';

export interface Scope {
  filters: SchoolFilters;
  active: boolean;
  /** The schools the filters leave; undefined until schools.json has loaded. */
  inView: School[] | undefined;
  /** States the active filters, for subtitles and exported images. */
  subtitle: string;
  /** The filters as a short label for file names ("酒泉市-专科层次"); empty for the whole province. */
  label: string;
}

interface ScopeInputs {
  lang: Lang;
  schools: Schools | undefined;
  prefectures: Prefectures | undefined;
  filters: SchoolFilters;
}

/** The active filters, the schools they leave, and a sentence that says so. */
export function deriveScope({ lang, schools, prefectures, filters }: ScopeInputs): Scope {
  const { prefecture, tier, ownership, schoolType } = filters;
  const inView = schools ? filterSchools(schools.list, filters) : undefined;
  const p = prefecture ? prefectures?.byId.get(prefecture) : undefined;
  const typeSchool = schoolType ? schools?.list.find((s) => s.typeId === schoolType) : undefined;
  const labels = {
    prefecture: p ? (lang === 'zh' ? p.shortZh : p.shortEn) : (prefecture ?? undefined),
    tier: tier ? translate(lang, tier === 'undergraduate' ? 'tierUndergraduate' : 'tierJuniorCollege') : undefined,
    ownership: ownership ? translate(lang, ownership === 'public' ? 'ownershipPublic' : 'ownershipPrivate') : undefined,
    schoolType: typeSchool ? (lang === 'zh' ? typeSchool.typeZh : typeSchool.typeEn) : (schoolType ?? undefined),
  };
  const total = schools?.list.length ?? 0;
  const label = [labels.prefecture, labels.tier, labels.ownership, labels.schoolType].filter(Boolean).join('-');
  return {
    filters,
    active: hasActiveFilter(filters),
    inView,
    subtitle: describeFilters(labels, inView?.length ?? 0, total, lang),
    label,
  };
}

/**
 * The last scope derived, shared by every view: a filter change derives it once, not once per view
 * (eight call useScope), and every view gets the same inView array, so their memos agree.
 */
let last: { inputs: readonly unknown[]; scope: Scope } | null = null;

function sharedScope(inputs: readonly unknown[], derive: () => Scope): Scope {
  if (last && last.inputs.length === inputs.length && last.inputs.every((x, i) => x === inputs[i])) return last.scope;
  last = { inputs, scope: derive() };
  return last.scope;
}

/** The active filters, the schools they leave, and a sentence that says so. */
export function useScope(): Scope {
  const lang = useLang();
  const schools = useSchools().data;
  const prefectures = usePrefectures().data;
  const prefecture = usePrefecture();
  const tier = useTier();
  const ownership = useOwnership();
  const schoolType = useSchoolType();
  return sharedScope([lang, schools, prefectures, prefecture, tier, ownership, schoolType], () =>
    deriveScope({ lang, schools, prefectures, filters: { prefecture, tier, ownership, schoolType } }),
  );
}
