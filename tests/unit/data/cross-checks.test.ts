import { beforeAll, describe, expect, it } from 'vitest';
import { runCrossChecks, sharedNameCore, type CheckResult } from '@/data/cross-checks';
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
        'count:industry-enterprises',
        // 28 schools with 专科 programmes in the contest: the two universities run them too.
        'same:contest-schools',
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
        'rows:表14/附表5',
        'rows:表15/附表5',
        'count:textbooks',
        'sum:affiliations',
        'challenge:挑战2/表3',
        'duplicates:表18',
      ]),
    );
  });

  it('finds the enterprise 表18 may list twice, and no other pair', () => {
    expect(results.find((r) => r.id === 'duplicates:表18')?.detail).toBe(
      '天水三和数码测绘院有限公司 / 三和数码测绘地理信息技术有限公司 (三和数码测绘)',
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
        case 'report-figure':
          return /^图([1-9]|[12]\d|3[0-4])$/.test(rest);
        case 'case':
          return data.cases.cases.some((c) => c.id === rest);
        default:
          return false;
      }
    };
    const broken = data.notes.notes.flatMap((n) => n.touches.filter((t) => !exists(t)).map((t) => `${n.id} → ${t}`));
    expect(broken).toEqual([]);
  });
});

describe('what each note says about the report', () => {
  const note = (id: string) => data.notes.notes.find((n) => n.id === id);
  it('tells contradictions from different definitions (口径不同) and from open questions', () => {
    const kinds = (kind: string) => data.notes.notes.filter((n) => n.kind === kind).map((n) => n.id);
    expect(kinds('definitions')).toEqual(
      expect.arrayContaining([
        'equipment-value',
        'double-qualified-ratio',
        'certificates',
        'bailie-provincial-courses',
      ]),
    );
    expect(kinds('question')).toEqual(expect.arrayContaining(['enterprise-listed-twice', 'incentive-package']));
    expect(kinds('contradiction')).toEqual(expect.arrayContaining(['students-appendix', 'figure-reference']));
  });
  it('answers the audit: no subset explanation for the survey counts, no plain digit swap, no contest note', () => {
    expect(note('graduate-survey-count')?.explanationZh).toContain('44888');
    expect(note('vertical-funding')?.explanationEn).toMatch(/decimals differ/);
    expect(note('contest-schools')).toBeUndefined();
  });
  it('cross-references the national brands, 附表5’s course standards and the 150余门 provincial courses', () => {
    expect(note('learning-stars-year')?.touches).toContain('figure:national-lifelong-learning-brands');
    expect(note('gambia-standards')?.touches).toContain('appendix:附表5/course-standards');
    expect(note('provincial-courses')?.values.map((v) => v.valueText)).toContain('150余门');
  });
});

describe('sharedNameCore', () => {
  it('finds a long run two names share outside place names and company forms', () => {
    expect(sharedNameCore('天水三和数码测绘院有限公司', '三和数码测绘地理信息技术有限公司')).toBe('三和数码测绘');
  });
  it('ignores what names commonly share', () => {
    expect(sharedNameCore('甘肃第一建设集团有限责任公司', '甘肃第七建设集团股份有限公司')).toBeNull();
    expect(sharedNameCore('甘肃海晨信息技术有限公司', '兰州华测导航技术有限公司')).toBeNull();
  });
});
