import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citeSource, sourcePages } from '@/lib/cite';
import { readDataFile } from '../data-files';

describe('citeSource', () => {
  it.each([
    ['表2', '表2 · 第6页', 'Table 2, p. 6'],
    ['表1、图1', '表1 · 第3页、图1 · 第4页', 'Table 1, p. 3; Figure 1, p. 4'],
    ['附表4', '附表4 · 第75页', 'Appendix 4, p. 75'],
    ['案例09', '案例09 · 第31页', 'Case 9, p. 31'],
    ['§1.2.3、图3', '§1.2.3 · 第4页、图3 · 第7页', '§1.2.3, p. 4; Figure 3, p. 7'],
    ['§2.5.1、§2.5.2', '§2.5.1 · 第21页、§2.5.2 · 第21页', '§2.5.1, p. 21; §2.5.2, p. 21'],
    ['案例01—22', '案例01—22 · 第11—60页', 'Cases 1–22, pp. 11–60'],
    ['表2、§1.2.1', '表2 · 第6页、§1.2.1 · 第4页', 'Table 2, p. 6; §1.2.1, p. 4'],
    ['§1–§8', '§1–§8 · 第2—68页', '§1–§8, pp. 2–68'],
    ['§8 挑战4', '§8 挑战4 · 第69页', '§8 Challenge 4, p. 69'],
    ['表6 小计', '表6 小计 · 第26页', 'Table 6 subtotal, p. 26'],
    ['表16 合计', '表16 合计 · 第55页', 'Table 16 total, p. 55'],
    ['§7.1.2', '§7.1.2 · 第64页', '§7.1.2, p. 64'],
    ['附表3、表6', '附表3 · 第73页、表6 · 第26页', 'Appendix 3, p. 73; Table 6, p. 26'],
  ])('%s', (source, zh, en) => {
    expect(citeSource(source, 'zh')).toBe(zh);
    expect(citeSource(source, 'en')).toBe(en);
  });

  it('leaves what it cannot read as it is, without a page', () => {
    expect(citeSource('表19', 'en')).toBe('Table 19');
    expect(citeSource('原文', 'zh')).toBe('原文');
    expect(citeSource('', 'zh')).toBe('');
    expect(sourcePages('表19')).toEqual([]);
  });
});

/** Every source string in public/data: values of "source" and "section" keys, at any depth. */
function dataSources(): string[] {
  const found = new Set<string>();
  const walk = (value: unknown, key?: string) => {
    if (Array.isArray(value)) value.forEach((v) => walk(v, key));
    else if (value && typeof value === 'object') Object.entries(value).forEach(([k, v]) => walk(v, k));
    else if (typeof value === 'string' && (key === 'source' || key === 'section' || key === 'sections'))
      found.add(value);
  };
  const files = readdirSync(join(process.cwd(), 'public', 'data')).filter(
    (f) => f.endsWith('.json') && !f.endsWith('.topo.json'),
  );
  for (const file of files) walk(readDataFile(file));
  return [...found].sort();
}

describe('every source the data uses', () => {
  const sources = dataSources();
  it('is found (the walk sees the datasets)', () => {
    expect(sources).toEqual(expect.arrayContaining(['表1', '附表4', '§8 挑战5', '案例03', '表6 小计']));
  });
  it.each(sources)('%s gets a printed page for every part, in both languages', (source) => {
    const parts = source.split('、');
    const zh = citeSource(source, 'zh').split('、');
    const en = citeSource(source, 'en').split('; ');
    expect(zh).toHaveLength(parts.length);
    for (const part of zh) expect(part).toMatch(/ · 第\d+(—\d+)?页$/);
    for (const part of en) expect(part).toMatch(/, (p\. \d+|pp\. \d+–\d+)$/);
    expect(en.join(' ')).not.toMatch(/[\u3400-\u9fff]/);
  });
});
