import type { School } from '@/data/domain';

/**
 * A school's peers: the schools of the same tier (本科层次 / 专科层次) and the same type (综合、理工类 …),
 * the school itself included, in the order given. A school alone in its tier and type has only
 * itself: callers then show no peer rank or peer median, since a rank of 1 of 1 says nothing.
 */
export function peerGroup(school: School, all: readonly School[]): School[] {
  return all.filter((s) => s.tier === school.tier && s.typeId === school.typeId);
}
