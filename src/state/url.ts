import { defaultIntent, MAX_COMPARED, type Intent } from './intent';
import {
  BENCHMARKS,
  CHART_TABS,
  isOneOf,
  LANGS,
  METRIC_IDS,
  OWNERSHIPS,
  PREFECTURE_IDS,
  SCHOOL_TYPE_IDS,
  TIERS,
} from './vocabulary';

/** One readable URL parameter per shareable field. */
export const PARAMS = {
  prefecture: 'prefecture',
  tier: 'tier',
  ownership: 'ownership',
  schoolType: 'type',
  school: 'school',
  compared: 'compare',
  benchmarks: 'benchmark',
  metric: 'metric',
  tab: 'tab',
  tables: 'table',
  expanded: 'all',
  note: 'note',
  lang: 'lang',
} as const satisfies Record<keyof Intent, string>;

export interface DroppedParam {
  param: string;
  value: string;
}

export interface ParsedUrl {
  intent: Intent;
  dropped: DroppedParam[];
}

const SCHOOL_ID = /^[a-z][a-z-]{0,40}$/;
/** View ids (per-school, by-tier …) and data-note ids: lower-case words and digits joined by hyphens. */
const VIEW_ID = /^[a-z0-9][a-z0-9-]{0,60}$/;

function oneOf<T extends string>(allowed: readonly T[], value: string): T | undefined {
  return isOneOf(allowed, value) ? value : undefined;
}

/**
 * Reads the intent from a query string. Anything unknown or invalid is dropped and reported, never
 * thrown: a pasted link always opens.
 */
export function parseIntent(search: string): ParsedUrl {
  const query = new URLSearchParams(search);
  const intent: Intent = { ...defaultIntent, compared: [], benchmarks: [], tables: [], expanded: [] };
  const dropped: DroppedParam[] = [];
  const known = new Set<string>(Object.values(PARAMS));

  for (const [param, value] of query) {
    if (!known.has(param)) dropped.push({ param, value });
  }
  const take = <T>(param: string, read: (value: string) => T | undefined, apply: (v: T) => void) => {
    const value = query.get(param);
    if (value === null) return;
    const parsed = read(value);
    if (parsed === undefined) dropped.push({ param, value });
    else apply(parsed);
  };
  take(
    PARAMS.prefecture,
    (v) => oneOf(PREFECTURE_IDS, v),
    (v) => (intent.prefecture = v),
  );
  take(
    PARAMS.tier,
    (v) => oneOf(TIERS, v),
    (v) => (intent.tier = v),
  );
  take(
    PARAMS.ownership,
    (v) => oneOf(OWNERSHIPS, v),
    (v) => (intent.ownership = v),
  );
  take(
    PARAMS.schoolType,
    (v) => oneOf(SCHOOL_TYPE_IDS, v),
    (v) => (intent.schoolType = v),
  );
  take(
    PARAMS.metric,
    (v) => oneOf(METRIC_IDS, v),
    (v) => (intent.metric = v),
  );
  take(
    PARAMS.lang,
    (v) => oneOf(LANGS, v),
    (v) => (intent.lang = v),
  );
  take(
    PARAMS.school,
    (v) => (SCHOOL_ID.test(v) ? v : undefined),
    (v) => (intent.school = v),
  );
  take(
    PARAMS.tab,
    (v) => oneOf(CHART_TABS, v),
    (v) => (intent.tab = v),
  );
  take(
    PARAMS.note,
    (v) => (VIEW_ID.test(v) ? v : undefined),
    (v) => (intent.note = v),
  );
  /** A comma-separated list: each item kept once if valid, dropped and reported otherwise. */
  const list = <T extends string>(param: string, accept: (value: string) => T | undefined, into: T[], max: number) => {
    const value = query.get(param);
    if (value === null) return;
    for (const item of value.split(',')) {
      const parsed = accept(item);
      if (parsed !== undefined && !into.includes(parsed) && into.length < max) into.push(parsed);
      else dropped.push({ param, value: item });
    }
  };
  list(PARAMS.compared, (v) => (SCHOOL_ID.test(v) ? v : undefined), intent.compared, MAX_COMPARED);
  list(PARAMS.benchmarks, (v) => oneOf(BENCHMARKS, v), intent.benchmarks, BENCHMARKS.length);
  list(PARAMS.tables, (v) => (VIEW_ID.test(v) ? v : undefined), intent.tables, 40);
  list(PARAMS.expanded, (v) => (VIEW_ID.test(v) ? v : undefined), intent.expanded, 40);
  return { intent, dropped };
}

/** Writes only what differs from the defaults, in a fixed order so equal states give equal URLs. */
export function serializeIntent(intent: Intent): string {
  const query = new URLSearchParams();
  if (intent.prefecture) query.set(PARAMS.prefecture, intent.prefecture);
  if (intent.tier) query.set(PARAMS.tier, intent.tier);
  if (intent.ownership) query.set(PARAMS.ownership, intent.ownership);
  if (intent.schoolType) query.set(PARAMS.schoolType, intent.schoolType);
  if (intent.school) query.set(PARAMS.school, intent.school);
  if (intent.compared.length > 0) query.set(PARAMS.compared, intent.compared.join(','));
  if (intent.benchmarks.length > 0) query.set(PARAMS.benchmarks, intent.benchmarks.join(','));
  if (intent.metric !== defaultIntent.metric) query.set(PARAMS.metric, intent.metric);
  if (intent.tab !== defaultIntent.tab) query.set(PARAMS.tab, intent.tab);
  if (intent.tables.length > 0) query.set(PARAMS.tables, intent.tables.join(','));
  if (intent.expanded.length > 0) query.set(PARAMS.expanded, intent.expanded.join(','));
  if (intent.note) query.set(PARAMS.note, intent.note);
  if (intent.lang !== defaultIntent.lang) query.set(PARAMS.lang, intent.lang);
  const text = query.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}

/**
 * Drops compared and profiled schools that schools.json does not have (it can only be checked once
 * loaded).
 */
export function dropUnknownSchools(intent: Intent, knownIds: ReadonlySet<string>): ParsedUrl {
  const dropped: DroppedParam[] = intent.compared
    .filter((id) => !knownIds.has(id))
    .map((value) => ({ param: PARAMS.compared, value }));
  const school = intent.school !== null && !knownIds.has(intent.school) ? null : intent.school;
  if (intent.school !== null && school === null) dropped.push({ param: PARAMS.school, value: intent.school });
  return { intent: { ...intent, school, compared: intent.compared.filter((id) => knownIds.has(id)) }, dropped };
}

/** Drops a data note that data-notes.json does not have. */
export function dropUnknownNote(intent: Intent, knownIds: ReadonlySet<string>): ParsedUrl {
  if (intent.note === null || knownIds.has(intent.note)) return { intent, dropped: [] };
  return { intent: { ...intent, note: null }, dropped: [{ param: PARAMS.note, value: intent.note }] };
}
