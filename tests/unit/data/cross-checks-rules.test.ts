import { describe, expect, it } from 'vitest';
import { runCrossChecks, sharedNameCore, type CheckResult } from '@/data/cross-checks';
import type { AppendixRow, Figure, ListRow } from '@/data/domain';
import { loadAll } from './load-all';

/**
 * The cross-checks' own rules, each driven on a copy of the real data with one thing removed or
 * altered (the loaded objects are never changed), and the shared-name finder at its boundaries.
 * Every input is built inside its test, so the code under test runs in the test.
 */

type Data = Awaited<ReturnType<typeof loadAll>>;

/** The message of what `run` throws, or a note that it threw nothing. */
function thrown(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  return 'nothing thrown';
}

function result(results: CheckResult[], id: string): CheckResult | undefined {
  return results.find((r) => r.id === id);
}

/** The data with one province figure replaced (a change) or removed (undefined). */
function withFigure(data: Data, id: string, change: Partial<Figure> | undefined): Data {
  const figureById = new Map(data.province.figureById);
  const figure = figureById.get(id);
  if (!figure) throw new Error(`the real data has no figure ${id}`);
  if (change) figureById.set(id, { ...figure, ...change });
  else figureById.delete(id);
  return { ...data, province: { ...data.province, figureById } };
}

/** The data with appendix rows replaced: a number sets the value, null empties it, undefined removes the row. */
function withAppendix(data: Data, table: string, values: Record<string, number | null | undefined>): Data {
  const original = data.appendix.row;
  const row = (tableId: string, rowId: string): AppendixRow | undefined => {
    const real = original(tableId, rowId);
    if (tableId !== table || !(rowId in values)) return real;
    const value = values[rowId];
    if (!real) throw new Error(`the real data has no row ${tableId}/${rowId}`);
    return value === undefined ? undefined : { ...real, value };
  };
  return { ...data, appendix: { ...data.appendix, row } };
}

/** The data with one list's rows replaced, or the list removed (undefined). */
function withList(data: Data, id: string, rows: (old: ListRow[]) => ListRow[] | undefined): Data {
  const lists = data.lists.lists.flatMap((list) => {
    if (list.id !== id) return [list];
    const changed = rows(list.rows);
    return changed ? [{ ...list, rows: changed }] : [];
  });
  if (!data.lists.byId.has(id)) throw new Error(`the real data has no list ${id}`);
  return { ...data, lists: { lists, byId: new Map(lists.map((l) => [l.id, l])) } };
}

describe('a cross-check naming something the data does not have says what, rather than passing', () => {
  it('names an unknown figure', async () => {
    const data = await loadAll();
    expect(thrown(() => runCrossChecks(withFigure(data, 'public-institutions-share', undefined)))).toBe(
      'cross-check names unknown figure public-institutions-share',
    );
    expect(thrown(() => runCrossChecks(withFigure(data, 'affiliation-municipal', undefined)))).toBe(
      'cross-check names unknown figure affiliation-municipal',
    );
  });

  it('names an appendix row that is missing, and one that is empty', async () => {
    const data = await loadAll();
    expect(thrown(() => runCrossChecks(withAppendix(data, '附表1', { 'employed-three-sectors': undefined })))).toBe(
      'cross-check names unknown or empty row 附表1/employed-three-sectors',
    );
    expect(thrown(() => runCrossChecks(withAppendix(data, '附表5', { 'sino-foreign-students': null })))).toBe(
      'cross-check names unknown or empty row 附表5/sino-foreign-students',
    );
  });

  it('names a 表2 metric a stated ranking needs', async () => {
    const data = await loadAll();
    const byId = new Map(data.figures.byId);
    byId.delete('students');
    expect(thrown(() => runCrossChecks({ ...data, figures: { ...data.figures, byId } }))).toBe('no metric students');
  });

  it('names a stated ranking that is missing, or names no school', async () => {
    const data = await loadAll();
    expect(thrown(() => runCrossChecks(withFigure(data, 'top-enrolment-1', undefined)))).toBe(
      'no stated ranking top-enrolment-1',
    );
    expect(thrown(() => runCrossChecks(withFigure(data, 'top-graduates-3', { schoolIds: [] })))).toBe(
      'no stated ranking top-graduates-3',
    );
  });

  it('names an unknown list', async () => {
    const data = await loadAll();
    expect(thrown(() => runCrossChecks(withList(data, 'textbooks', () => undefined)))).toBe(
      'cross-check names unknown list textbooks',
    );
    expect(thrown(() => runCrossChecks(withList(data, 'overseas-programmes', () => undefined)))).toBe(
      'cross-check names unknown list overseas-programmes',
    );
  });

  it('names a 表3 row 挑战2 is checked against', async () => {
    const data = await loadAll();
    const basicConditions = {
      ...data.province.basicConditions,
      rows: data.province.basicConditions.rows.filter((r) => r.id !== 'land-area'),
    };
    expect(thrown(() => runCrossChecks({ ...data, province: { ...data.province, basicConditions } }))).toBe(
      'cross-check names unknown 表3 row land-area',
    );
  });
});

describe('表14 against the schools and 附表5', () => {
  it('checks a programme of no known school under an empty id, against no enrolment', async () => {
    const data = await loadAll();
    const results = runCrossChecks(
      withList(data, 'overseas-programmes', (rows) => rows.map((r, i) => (i === 1 ? { ...r, schoolIds: [] } : r))),
    );
    expect(results.filter((r) => r.id.startsWith('programme-size:'))).toEqual([
      { id: 'programme-size:lz-vocational', pass: false, detail: '12966 in the programme, 12696 in the school' },
      { id: 'programme-size:', pass: true, detail: '4 in the programme, undefined in the school' },
      { id: 'programme-size:lz-petrochemical', pass: true, detail: '128 in the programme, 25688 in the school' },
    ]);
  });

  it('passes when 附表5 counts 表14’s programmes and their students', async () => {
    const data = await loadAll();
    const results = runCrossChecks(
      withAppendix(data, '附表5', { 'sino-foreign-specialties': 3, 'sino-foreign-students': 13098 }),
    );
    expect(result(results, 'rows:表14/附表5')).toEqual({
      id: 'rows:表14/附表5',
      pass: true,
      detail: '表14 3 programmes, 13098 students; 附表5 3, 13098',
    });
  });

  it('fails when the programmes agree but the students do not, by one', async () => {
    const data = await loadAll();
    const results = runCrossChecks(
      withAppendix(data, '附表5', { 'sino-foreign-specialties': 3, 'sino-foreign-students': 13097 }),
    );
    expect(result(results, 'rows:表14/附表5')).toEqual({
      id: 'rows:表14/附表5',
      pass: false,
      detail: '表14 3 programmes, 13098 students; 附表5 3, 13097',
    });
  });

  it('fails when the students agree but the programmes do not', async () => {
    const data = await loadAll();
    const results = runCrossChecks(
      withAppendix(data, '附表5', { 'sino-foreign-specialties': 2, 'sino-foreign-students': 13098 }),
    );
    expect(result(results, 'rows:表14/附表5')).toEqual({
      id: 'rows:表14/附表5',
      pass: false,
      detail: '表14 3 programmes, 13098 students; 附表5 2, 13098',
    });
  });
});

describe('表18’s enterprises under two names', () => {
  it('takes an entry without a name as sharing nothing, even with another such entry', async () => {
    const data = await loadAll();
    const nameless = (r: ListRow): ListRow => ({
      ...r,
      cells: Object.fromEntries(Object.entries(r.cells).filter(([key]) => key !== 'enterpriseName')),
    });
    const results = runCrossChecks(
      withList(data, 'industry-enterprises', (rows) => rows.map((r, i) => (i < 2 ? nameless(r) : r))),
    );
    expect(result(results, 'duplicates:表18')).toEqual({
      id: 'duplicates:表18',
      pass: false,
      detail: '天水三和数码测绘院有限公司 / 三和数码测绘地理信息技术有限公司 (三和数码测绘)',
    });
  });

  it('lists every pair that shares a core, each with it, and passes a list with none', async () => {
    const data = await loadAll();
    const listed = (names: string[]) =>
      runCrossChecks(
        withList(data, 'industry-enterprises', () =>
          names.map((enterpriseName, i): ListRow => ({ seq: String(i + 1), cells: { enterpriseName }, schoolIds: [] })),
        ),
      );
    expect(result(listed(['北京华测导航科技', '兰州海晨信息', '上海华测导航科技有限公司']), 'duplicates:表18')).toEqual(
      {
        id: 'duplicates:表18',
        pass: false,
        detail: '北京华测导航科技 / 上海华测导航科技有限公司 (华测导航科技)',
      },
    );
    expect(result(listed(['北京华测导航科技', '兰州海晨信息']), 'duplicates:表18')).toEqual({
      id: 'duplicates:表18',
      pass: true,
      detail: '',
    });
  });
});

describe('sharedNameCore at its boundaries', () => {
  it('counts a run of exactly the minimum length', () => {
    expect(sharedNameCore('三和数码测有限公司', '天水三和数码测')).toBe('三和数码测');
    expect(sharedNameCore('三和数甲', '三和数乙', 3)).toBe('三和数');
  });

  it('does not count a run one shorter', () => {
    expect(sharedNameCore('三和数码甲有限公司', '三和数码乙有限公司')).toBeNull();
    expect(sharedNameCore('三和数码甲有限公司', '三和数码乙有限公司', 4)).toBe('三和数码');
    expect(sharedNameCore('三和数甲', '三和数乙', 4)).toBeNull();
  });

  it('finds a run that only one part of the other name holds', () => {
    expect(sharedNameCore('天水三和数码测绘院', '地理信息技术甘肃三和数码测绘')).toBe('三和数码测绘');
    expect(sharedNameCore('天水三和数码测绘院', '三和数码测绘甘肃地理信息技术')).toBe('三和数码测绘');
  });

  it('finds a run in any part of the first name', () => {
    expect(sharedNameCore('三和数码测绘甘肃华信导航科技有限公司', '华信导航科技集团')).toBe('华信导航科技');
  });

  it('finds a run at the end of a name and at the end of a part', () => {
    expect(sharedNameCore('北京华测导航科技', '上海华测导航科技')).toBe('华测导航科技');
    expect(sharedNameCore('上海华测导航科技有限公司', '北京华测导航科技集团')).toBe('华测导航科技');
  });

  it('keeps the longest run, and the first of two as long', () => {
    expect(sharedNameCore('三和数码测甲华信导航科技乙', '三和数码测丙华信导航科技丁')).toBe('华信导航科技');
    expect(sharedNameCore('三和数码测与华信导航科', '华信导航科及三和数码测')).toBe('三和数码测');
  });
});
