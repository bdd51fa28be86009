import type { School } from '@/data/domain';

/** Every name a school may be searched by: 表1, English, and the report's other names. */
export function searchNames(s: School): string[] {
  return [s.nameZh, s.nameEn, s.shortEn, ...s.otherNames.map((o) => o.name)];
}

/**
 * The schools whose names contain the query, ignoring case and spaces at either end; an exact
 * name (any of them, a former one too) wins over partial matches.
 */
export function findSchools(query: string, schools: readonly School[]): School[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const exact = schools.filter((s) => searchNames(s).some((n) => n.toLowerCase() === q));
  if (exact.length > 0) return exact;
  return schools.filter((s) => searchNames(s).some((n) => n.toLowerCase().includes(q)));
}
