import type { School } from '@/data/domain';

export interface SchoolFilters {
  prefecture: string | null;
  tier: School['tier'] | null;
  ownership: School['ownership'] | null;
  schoolType: string | null;
}

/** The schools every filter admits; a null filter admits all. */
export function filterSchools(schools: readonly School[], filters: SchoolFilters): School[] {
  return schools.filter(
    (s) =>
      (filters.prefecture === null || s.prefectureId === filters.prefecture) &&
      (filters.tier === null || s.tier === filters.tier) &&
      (filters.ownership === null || s.ownership === filters.ownership) &&
      (filters.schoolType === null || s.typeId === filters.schoolType),
  );
}

export function hasActiveFilter(filters: SchoolFilters): boolean {
  return (
    filters.prefecture !== null || filters.tier !== null || filters.ownership !== null || filters.schoolType !== null
  );
}
