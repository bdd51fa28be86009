import { defaultIntent, MAX_COMPARED, type Intent } from './intent';
import { METRIC_IDS, PREFECTURE_IDS, SCHOOL_TYPE_IDS } from './vocabulary';

/** One readable URL parameter per shareable field. */
export const PARAMS = {
  prefecture: 'prefecture',
  tier: 'tier',
  ownership: 'ownership',
  schoolType: 'type',
  compared: 'compare',
  metric: 'metric',
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

function oneOf<T extends string>(allowed: readonly T[], value: string): T | undefined {
  return (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

/**
 * Reads the intent from a query string. Anything unknown or invalid is dropped and reported, never
 * thrown: a pasted link always opens.
 */
export function parseIntent(search: string): ParsedUrl {
  const query = new URLSearchParams(search);
  const intent: Intent = { ...defaultIntent, compared: [] };
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
    (v) => oneOf(['undergraduate', 'junior-college'] as const, v),
    (v) => (intent.tier = v),
  );
  take(
    PARAMS.ownership,
    (v) => oneOf(['public', 'private'] as const, v),
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
    (v) => oneOf(['zh', 'en'] as const, v),
    (v) => (intent.lang = v),
  );
  const compare = query.get(PARAMS.compared);
  if (compare !== null) {
    for (const id of compare.split(',')) {
      if (SCHOOL_ID.test(id) && !intent.compared.includes(id) && intent.compared.length < MAX_COMPARED)
        intent.compared.push(id);
      else dropped.push({ param: PARAMS.compared, value: id });
    }
  }
  return { intent, dropped };
}

/** Writes only what differs from the defaults, in a fixed order so equal states give equal URLs. */
export function serializeIntent(intent: Intent): string {
  const query = new URLSearchParams();
  if (intent.prefecture) query.set(PARAMS.prefecture, intent.prefecture);
  if (intent.tier) query.set(PARAMS.tier, intent.tier);
  if (intent.ownership) query.set(PARAMS.ownership, intent.ownership);
  if (intent.schoolType) query.set(PARAMS.schoolType, intent.schoolType);
  if (intent.compared.length > 0) query.set(PARAMS.compared, intent.compared.join(','));
  if (intent.metric !== defaultIntent.metric) query.set(PARAMS.metric, intent.metric);
  if (intent.lang !== defaultIntent.lang) query.set(PARAMS.lang, intent.lang);
  const text = query.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}

/** Drops compared ids that schools.json does not have (it can only be checked once loaded). */
export function dropUnknownSchools(intent: Intent, knownIds: ReadonlySet<string>): ParsedUrl {
  const dropped = intent.compared.filter((id) => !knownIds.has(id)).map((value) => ({ param: PARAMS.compared, value }));
  return { intent: { ...intent, compared: intent.compared.filter((id) => knownIds.has(id)) }, dropped };
}
