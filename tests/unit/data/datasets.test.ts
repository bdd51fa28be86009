import { beforeAll, describe, expect, it } from 'vitest';
import { allDatasets } from '@/data/datasets';
import type { ZodMiniType as ZodType } from 'zod/mini';
import { validate } from '@/data/load';
import { PREFECTURE_IDS, SCHOOL_TYPE_IDS } from '@/state/vocabulary';
import { readDataFile } from '../data-files';
import { loadAll } from './load-all';

let data: Awaited<ReturnType<typeof loadAll>>;
beforeAll(async () => {
  data = await loadAll();
});

describe('every dataset in public/data', () => {
  it.each(allDatasets.map((spec) => [spec.file, spec] as const))('%s passes its schema', (file, spec) => {
    const result = validate(spec.schema as ZodType<unknown>, readDataFile(file));
    expect(result.ok ? 'valid' : result.problem).toBe('valid');
  });
});

describe('references between datasets', () => {
  it('has the 29 schools of 表1 and the 14 prefectures, with ids the URL accepts', () => {
    expect(data.schools.list).toHaveLength(29);
    expect(data.prefectures.list.map((p) => p.id).sort()).toEqual([...PREFECTURE_IDS].sort());
    expect([...new Set(data.schools.list.map((s) => s.typeId))].sort()).toEqual([...SCHOOL_TYPE_IDS].sort());
    for (const school of data.schools.list) expect(data.prefectures.byId.has(school.prefectureId)).toBe(true);
  });

  it('gives every per-school metric a value or an explicit not-reported for every school, and nothing else', () => {
    const ids = data.schools.list.map((s) => s.id).sort();
    for (const metric of data.figures.metrics) expect(Object.keys(metric.values).sort()).toEqual(ids);
  });

  it('names only known schools and prefectures in lists, cases and figures', () => {
    const known = (id: string) => data.schools.byId.has(id);
    const schoolIds = [
      ...data.lists.lists.flatMap((l) =>
        l.rows.flatMap((r) => [...r.schoolIds, ...Object.keys(r.nameAsPrinted ?? {})]),
      ),
      ...data.cases.cases.flatMap((c) => c.schoolIds),
      ...data.province.figures.flatMap((f) => f.schoolIds ?? []),
    ];
    expect(schoolIds.filter((id) => !known(id))).toEqual([]);
    const prefectureIds = data.lists.lists.flatMap((l) =>
      l.rows.flatMap((r) => (r.prefectureId ? [r.prefectureId] : [])),
    );
    expect(prefectureIds.filter((id) => !data.prefectures.byId.has(id))).toEqual([]);
  });

  it('has unique ids for figures and appendix rows', () => {
    const figureIds = data.province.figures.map((f) => f.id);
    expect(new Set(figureIds).size).toBe(figureIds.length);
    for (const table of data.appendix.tables) expect(new Set(table.rows.map((r) => r.id)).size).toBe(table.rows.length);
  });
});

describe('per-school sums', () => {
  const sum = (metric: string) =>
    Object.values(data.figures.byId.get(metric)?.values ?? {}).reduce<number>((s, v) => s + (v ?? 0), 0);
  it('equal the totals the report states: 294013 / 110025 / 94358', () => {
    expect(sum('students')).toBe(294013);
    expect(sum('admissions')).toBe(110025);
    expect(sum('graduates')).toBe(94358);
  });
  it('equal 表6 小计 and 表16 合计', () => {
    expect([
      sum('national-libraries-led'),
      sum('national-libraries-joined'),
      sum('national-courses-led'),
      sum('national-courses-joined'),
      sum('provincial-courses-led'),
      sum('provincial-courses-joined'),
    ]).toEqual([4, 12, 9, 4, 401, 36]);
    expect(sum('new-majors')).toBe(65);
  });
});
