import type { School } from './schemas/schools';
import type { Prefecture } from './schemas/prefectures';
import type { SchoolMetric } from './schemas/school-figures';

export type { School, Prefecture, SchoolMetric };

export interface Schools {
  list: School[];
  byId: ReadonlyMap<string, School>;
  /** Every name the report uses for a school (表1 name, former and variant names). */
  byName: ReadonlyMap<string, School>;
}

export interface Prefectures {
  list: Prefecture[];
  byId: ReadonlyMap<string, Prefecture>;
}

export interface SchoolFigures {
  metrics: SchoolMetric[];
  byId: ReadonlyMap<string, SchoolMetric>;
}

export function indexSchools(list: School[]): Schools {
  const byName = new Map<string, School>();
  for (const school of list) {
    byName.set(school.nameZh, school);
    for (const other of school.otherNames) byName.set(other.name, school);
  }
  return { list, byId: new Map(list.map((s) => [s.id, s])), byName };
}

export function indexById<T extends { id: string }>(list: T[]): ReadonlyMap<string, T> {
  return new Map(list.map((item) => [item.id, item]));
}
