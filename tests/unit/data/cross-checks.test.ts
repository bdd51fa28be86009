import { beforeAll, describe, expect, it } from 'vitest';
import { runCrossChecks, type CheckResult } from '@/data/cross-checks';
import { loadAll } from './load-all';

let data: Awaited<ReturnType<typeof loadAll>>;
let results: CheckResult[];
beforeAll(async () => {
  data = await loadAll();
  results = runCrossChecks(data);
});

describe('cross-checks of the report against itself', () => {
  it('passes the sums and counts that hold', () => {
    const passing = results.filter((r) => r.pass).map((r) => r.id);
    expect(passing).toEqual(
      expect.arrayContaining([
        'sum:students',
        'sum:admissions',
        'sum:graduates',
        'parts:表4',
        'parts:表7',
        'count:textbooks',
        'count:industry-enterprises',
      ]),
    );
  });

  it('finds the contradictions and every one is explained by a data note', () => {
    const failing = results
      .filter((r) => !r.pass)
      .map((r) => r.id)
      .sort();
    const explained = data.notes.notes.flatMap((n) => (n.check ? [n.check] : [])).sort();
    expect(failing).toEqual(explained);
    expect(failing).toEqual(
      expect.arrayContaining([
        'ranking:admissions',
        'ranking:graduates',
        'same:students',
        'name:gs-police',
        'count:civilised-campuses',
      ]),
    );
  });

  it('lists the 表2 / §1.2.1 disagreement with both values and both sources', () => {
    const note = data.notes.notes.find((n) => n.check === 'ranking:admissions');
    expect(note?.values.map((v) => v.source)).toEqual(expect.arrayContaining(['§1.2.1', '表2']));
    expect(note?.values.map((v) => v.valueText).join(' ')).toContain('7730');
  });

  it('points every note at things that exist', () => {
    const exists = (key: string): boolean => {
      const [kind, rest = ''] = key.split(/:(.*)/s);
      const [a = '', b = ''] = rest.split('/');
      switch (kind) {
        case 'figure':
          return data.province.figureById.has(rest);
        case 'appendix':
          return data.appendix.row(a, b) !== undefined;
        case 'school-metric':
          return data.figures.byId.has(a) && (b === '' || data.schools.byId.has(b));
        case 'school':
          return data.schools.byId.has(rest);
        case 'list':
          return data.lists.byId.has(rest);
        case 'table':
          return a === '表7' && b in data.province.training;
        case 'basic':
          return data.province.basicConditions.rows.some((r) => r.id === rest);
        default:
          return false;
      }
    };
    const broken = data.notes.notes.flatMap((n) => n.touches.filter((t) => !exists(t)).map((t) => `${n.id} → ${t}`));
    expect(broken).toEqual([]);
  });
});
