import { describe, expect, it } from 'vitest';
import type { GlossaryTerm } from '@/data/domain';
import { glossaryAnchor, matchingTerms } from '@/features/glossary/glossary';

const term = (id: string, termZh: string, termEn: string, wordings?: string[]): GlossaryTerm => ({
  id,
  termZh,
  termEn,
  definitionZh: `${termZh}的释义`,
  definitionEn: `What ${termEn} means`,
  sections: ['§1.1'],
  ...(wordings ? { wordings } : {}),
});
const terms = [
  term('one-plus-x', '1+X 证书', '“1+X” certificates'),
  term('double-qualified-teacher', '双师型教师', 'Double-qualified teacher', ['双师型', '双师素质']),
  term('median', '中位数', 'Median'),
];
const ids = (query: string, target: string | null = null) => matchingTerms(terms, query, target).map((t) => t.id);

describe('matchingTerms', () => {
  it('keeps every term for an empty query', () => {
    expect(ids('  ')).toEqual(['one-plus-x', 'double-qualified-teacher', 'median']);
  });
  it('finds a term by either language, ignoring case and spaces, and by the report’s wordings', () => {
    expect(ids('1+x证书')).toEqual(['one-plus-x']);
    expect(ids('MEDIAN')).toEqual(['median']);
    expect(ids('双师素质')).toEqual(['double-qualified-teacher']);
    expect(ids('what double')).toEqual(['double-qualified-teacher']);
  });
  it('finds nothing for a query no term has, but keeps the term a link points at', () => {
    expect(ids('鲁班')).toEqual([]);
    expect(ids('鲁班', 'median')).toEqual(['median']);
  });
  it('names the anchor other views link to', () => {
    expect(glossaryAnchor('median')).toBe('glossary-median');
  });
});
