import { describe, expect, it } from 'vitest';
import { schoolsDataset } from '@/data/datasets';
import type { Lists, SchoolFigures, Schools } from '@/data/domain';
import { validate } from '@/data/load';
import { listsQuery, schoolFiguresQuery, schoolsQuery } from '@/data/queries';
import { LIST_METRICS, mapMetrics } from '@/features/map/map-metrics';
import { isOneOf, METRIC_IDS, OWNERSHIPS, SCHOOL_TYPE_IDS, TIERS } from '@/state/vocabulary';
import { readDataFile } from '../data-files';
import { dataset } from '../render-panel';

const schools = dataset<Schools>(schoolsQuery).list;

// The URL accepts exactly the words of the vocabulary; these tests hold the vocabulary to the data,
// so that no valid link names something the views do not have (and no view offers what a link
// could not carry).
describe('the vocabulary of the intent, against the datasets', () => {
  it('has every metric the map can be coloured by, and no other', () => {
    const offered = mapMetrics(dataset<SchoolFigures>(schoolFiguresQuery)).map((m) => m.id);
    expect([...offered].sort()).toEqual([...METRIC_IDS].sort());
    const lists = dataset<Lists>(listsQuery);
    for (const metric of LIST_METRICS) expect(lists.byId.has(metric.id), metric.id).toBe(true);
  });

  it('has the tiers, ownerships and school types of 表1', () => {
    expect(new Set(schools.map((s) => s.tier))).toEqual(new Set(TIERS));
    expect(new Set(schools.map((s) => s.ownership))).toEqual(new Set(OWNERSHIPS));
    expect(new Set(schools.map((s) => s.typeId))).toEqual(new Set(SCHOOL_TYPE_IDS));
  });

  it('is what the datasets are validated against: a school in an unknown prefecture or type is refused', () => {
    const file = readDataFile('schools.json') as { schools: Record<string, unknown>[] };
    const withPrefecture = { ...file, schools: [{ ...file.schools[0], prefectureId: 'atlantis' }] };
    expect(validate(schoolsDataset.schema, withPrefecture)).toMatchObject({
      ok: false,
      problem: { path: 'schools[0].prefectureId' },
    });
    const withType = { ...file, schools: [{ ...file.schools[0], typeId: 'magic' }] };
    expect(validate(schoolsDataset.schema, withType)).toMatchObject({
      ok: false,
      problem: { path: 'schools[0].typeId' },
    });
  });

  it('tells a word of a vocabulary from anything else', () => {
    expect(isOneOf(TIERS, 'undergraduate')).toBe(true);
    expect(isOneOf(TIERS, 'Undergraduate')).toBe(false);
    expect(isOneOf(TIERS, '')).toBe(false);
  });
});
