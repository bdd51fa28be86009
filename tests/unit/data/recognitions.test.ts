import { beforeAll, describe, expect, it } from 'vitest';
import { loadAll } from './load-all';
import { reportText } from './report-text';

let data: Awaited<ReturnType<typeof loadAll>>;
beforeAll(async () => {
  data = await loadAll();
});
const squeeze = (s: string) => s.replace(/\s/g, '');
const recognitions = () => data.lists.byId.get('narrative-recognitions')?.rows ?? [];

describe('the compiled recognitions', () => {
  it('quote the report verbatim', () => {
    const text = squeeze(reportText());
    const missing = recognitions().filter((r) => !text.includes(squeeze(r.cells.detail ?? '')));
    expect(missing.map((r) => `${r.source}: ${r.cells.recognitionZh}`)).toEqual([]);
  });

  it('take the recognitions the cases give their schools, each naming a school of its case', () => {
    const fromCases = recognitions().filter((r) => r.source?.startsWith('案例'));
    expect([...new Set(fromCases.map((r) => r.source))].sort()).toEqual([
      '案例03',
      '案例06',
      '案例07',
      '案例08',
      '案例11',
      '案例18',
      '案例20',
    ]);
    for (const row of fromCases) {
      const reportCase = data.cases.cases.find((c) => c.id === row.source);
      expect(row.schoolIds.length).toBeGreaterThan(0);
      for (const id of row.schoolIds) expect(reportCase?.schoolIds, `${row.source} ${id}`).toContain(id);
    }
  });
});
