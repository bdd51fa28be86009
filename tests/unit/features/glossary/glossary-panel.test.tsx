import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Glossary } from '@/data/domain';
import { glossaryQuery } from '@/data/queries';
import { GlossaryPanel } from '@/features/glossary/GlossaryPanel';
import type { Intent } from '@/state/intent';
import { dataset, renderPanel, type PanelOptions } from '../../render-panel';

const glossary = () => dataset<Glossary>(glossaryQuery);

function openPanel(intent: Partial<Intent> = {}, options: PanelOptions = {}) {
  renderPanel(<GlossaryPanel />, { ...options, intent });
  return screen.getByRole('region', { name: intent.lang === 'en' ? 'Glossary' : '术语' });
}
const entries = (panel: HTMLElement) => within(panel).getAllByRole('term');

describe('the glossary panel', () => {
  it('lists every term with its definition and the sections that use it, with pages', () => {
    const panel = openPanel();
    expect(entries(panel)).toHaveLength(glossary().terms.length);
    const entry = panel.querySelector('#glossary-double-qualified-teacher') as HTMLElement;
    expect(within(entry).getByRole('term')).toHaveTextContent('双师型教师');
    expect(entry).toHaveTextContent('既能讲授专业理论');
    expect(entry).toHaveTextContent(
      '报告中见： §2.3.1 · 第15页、§2.3.2 · 第15页、案例05 · 第22页、§8 挑战5 · 第69页、附表3 · 第73页',
    );
  });

  it('is in English when English is chosen, the Chinese term on hover and nowhere on screen', () => {
    const panel = openPanel({ lang: 'en' });
    const entry = panel.querySelector('#glossary-luban-workshop') as HTMLElement;
    const name = within(entry).getByText('Luban Workshop');
    expect(name).toHaveAttribute('title', '鲁班工坊');
    expect(entry).toHaveTextContent('In the report: §5.1, p. 45');
    expect(panel.textContent).not.toMatch(/[\u3400-\u9fff]/);
  });

  it('finds terms as the reader types, and says when none matches', async () => {
    const panel = openPanel();
    const search = within(panel).getByRole('searchbox', { name: '查找术语' });
    await userEvent.type(search, '鲁班');
    expect(entries(panel).map((e) => e.textContent)).toEqual([expect.stringContaining('鲁班工坊')]);
    expect(within(panel).getByRole('status')).toHaveTextContent('1 条术语');
    await userEvent.clear(search);
    await userEvent.type(search, 'zzz');
    expect(within(panel).queryAllByRole('term')).toEqual([]);
    expect(within(panel).getByRole('status')).toHaveTextContent('没有与“zzz”相符的术语。');
  });

  it('marks the term a link points at, and keeps it whatever the search', async () => {
    window.history.replaceState(null, '', '/#glossary-median');
    const panel = openPanel({ lang: 'en' });
    expect(panel.querySelector('#glossary-median')).toHaveClass('targeted');
    await userEvent.type(within(panel).getByRole('searchbox', { name: 'Find a term' }), 'Luban');
    expect(entries(panel).map((e) => e.textContent)).toEqual(['Median', 'Luban Workshop']);
  });

  it('names glossary.json and its problem when the file is broken, in this panel only', async () => {
    const panel = openPanel({}, { broken: { 'glossary.json': '{"terms": [' } });
    expect(await within(panel).findByRole('alert')).toHaveTextContent('glossary.json');
    expect(within(panel).queryAllByRole('term')).toEqual([]);
  });
});
