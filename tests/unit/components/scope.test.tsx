import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useScope } from '@/components/use-scope';
import { hasActiveFilter, type SchoolFilters } from '@/data/derive/filter';
import type { Intent } from '@/state/intent';
import { renderPanel } from '../render-panel';

const none: SchoolFilters = { prefecture: null, tier: null, ownership: null, schoolType: null };

describe('hasActiveFilter', () => {
  it('is false without a filter', () => {
    expect(hasActiveFilter(none)).toBe(false);
  });

  it.each([
    ['prefecture', { prefecture: 'jiuquan' }],
    ['tier', { tier: 'undergraduate' }],
    ['ownership', { ownership: 'private' }],
    ['school type', { schoolType: 'medicine' }],
  ] as const)('is true with the %s alone', (_, filter) => {
    expect(hasActiveFilter({ ...none, ...filter })).toBe(true);
  });
});

function Scope() {
  const scope = useScope();
  return (
    <dl>
      <dt>active</dt>
      <dd>{String(scope.active)}</dd>
      <dt>subtitle</dt>
      <dd>{scope.subtitle}</dd>
      <dt>label</dt>
      <dd>{scope.label}</dd>
      <dt>in view</dt>
      <dd>{scope.inView?.length ?? 'unknown'}</dd>
    </dl>
  );
}

const shown = (term: string) => screen.getByText(term).nextElementSibling?.textContent;

describe('the scope every view states', () => {
  it.each<[string, Partial<Intent>, string, string, number]>([
    ['no filter', {}, '全省 29 所学校', '', 29],
    ['a prefecture', { prefecture: 'jiuquan' }, '酒泉市（1 所学校）', '酒泉市', 1],
    ['a tier', { tier: 'undergraduate' }, '本科层次（2 所学校）', '本科层次', 2],
    ['an ownership', { ownership: 'private' }, '民办（3 所学校）', '民办', 3],
    ['a school type', { schoolType: 'medicine' }, '医学类（1 所学校）', '医学类', 1],
    [
      'all four',
      { prefecture: 'lanzhou', tier: 'junior-college', ownership: 'public', schoolType: 'science-engineering' },
      '兰州市 · 专科层次 · 公办 · 理工类（3 所学校）',
      '兰州市-专科层次-公办-理工类',
      3,
    ],
  ])('with %s', (_, intent, subtitle, label, count) => {
    renderPanel(<Scope />, { intent });
    expect(shown('active')).toBe(String(Object.keys(intent).length > 0));
    expect(shown('subtitle')).toBe(subtitle);
    expect(shown('label')).toBe(label);
    expect(shown('in view')).toBe(String(count));
  });

  it('reads in English', () => {
    renderPanel(<Scope />, { intent: { lang: 'en', ownership: 'private', schoolType: 'medicine' } });
    expect(shown('subtitle')).toBe('Private · Medicine (0 of 29 schools)');
  });

  it('knows no school until schools.json has loaded', () => {
    renderPanel(<Scope />, { without: ['schools.json'] });
    expect(shown('in view')).toBe('unknown');
  });
});
