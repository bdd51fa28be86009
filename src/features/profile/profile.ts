import type { Prefecture, School } from '@/data/domain';
import { peerGroup } from '@/data/derive/peers';
import { median } from '@/data/derive/rank';
import { standingAmong, standings, type Standing } from '@/data/derive/standing';
import type { ProfileMeasure } from './measures';

/** One figure of one school, set against the province (all schools) and its peers. */
export interface ProfileFigure {
  measure: ProfileMeasure;
  /** null = not reported: then there is no standing, no share, and nothing is compared. */
  value: number | null;
  /** Among every school that reports the figure (ties share a place). */
  province: Standing | null;
  /** Among its peers that report it; null too where the school has no peer but itself. */
  peers: Standing | null;
  provinceMedian: number | null;
  /** null where the school has no peer but itself (its own value is no benchmark). */
  peerMedian: number | null;
  /** In percent of `total`; null for ratios, for not reported, and where the total is 0. */
  share: number | null;
  /** The sum over every school of the province (not of the schools in view); null for ratios. */
  total: number | null;
  /** How many schools of the province report the figure. */
  reported: number;
}

export interface Profile {
  school: School;
  /** Undefined where prefectures.json has not loaded: the profile then prints the location as 表1 does. */
  prefecture: Prefecture | undefined;
  /** Same tier and type, the school included. */
  peers: School[];
  /** How many schools the province has: the base of every standing, median and share. */
  provinceCount: number;
  figures: ProfileFigure[];
}

function figureOf(
  measure: ProfileMeasure,
  school: School,
  all: readonly School[],
  peers: readonly School[],
): ProfileFigure {
  const valueOf = (s: School) => measure.values[s.id] ?? null;
  const province = new Map(all.map((s) => [s.id, valueOf(s)]));
  const peerValues = new Map(peers.map((s) => [s.id, valueOf(s)]));
  const value = valueOf(school);
  const hasPeers = peers.length > 1;
  const reportedValues = [...province.values()].filter((v): v is number => v !== null);
  const total = measure.percent ? null : reportedValues.reduce((a, b) => a + b, 0);
  return {
    measure,
    value,
    province: standings(province).get(school.id) ?? null,
    peers: standingAmong(peerValues, school.id),
    provinceMedian: median(province.values()),
    peerMedian: hasPeers ? median(peerValues.values()) : null,
    share: value === null || total === null || total === 0 ? null : (value / total) * 100,
    total,
    reported: reportedValues.length,
  };
}

/**
 * A school's profile: every figure with its standing in the province and among its peers, the two
 * medians and its share of the province. Always over every school of the province, whatever the
 * filters: a profile describes the school, not the view. Undefined for an unknown id.
 */
export function buildProfile(
  schoolId: string,
  schools: readonly School[],
  measures: readonly ProfileMeasure[],
  prefectures: ReadonlyMap<string, Prefecture> | undefined,
): Profile | undefined {
  const school = schools.find((s) => s.id === schoolId);
  if (!school) return undefined;
  const peers = peerGroup(school, schools);
  return {
    school,
    prefecture: prefectures?.get(school.prefectureId),
    peers,
    provinceCount: schools.length,
    figures: measures.map((m) => figureOf(m, school, schools, peers)),
  };
}
