import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { PANELS } from '../../panels';

// The whole app, lazily split panels and all: a smoke test of the composition. Each view's
// behaviour is tested on its own (render-panel.tsx); these only check that the app puts them together.
beforeAll(async () => {
  // Load the split-off panels' modules up front, so no test waits for them to be transformed.
  await Promise.all([
    import('@/features/comparison/ComparisonPanel'),
    import('@/features/scorecard/ScorecardPanel'),
    import('@/features/export/ExportPanel'),
  ]);
});

/** The whole app loads and validates every dataset before it paints: allow it the test's time. */
const LOADED = { timeout: 4000 };

describe('the whole app', () => {
  it('opens the view a shared address describes, every panel on the real data', async () => {
    renderApp({ search: '?prefecture=jiuquan' });
    expect(await screen.findByText('1 所学校（共 29 所）', {}, LOADED)).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: '全省概况' })).getByText('12,997')).toBeInTheDocument();
    // Panels below the fold render once the first view has painted: each in turn, by its heading.
    for (const name of PANELS) expect(await screen.findByText(name, { selector: 'h2' }, LOADED)).toBeInTheDocument();
    expect(screen.queryAllByRole('alert')).toEqual([]);
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('with a broken dataset, names it where it is needed and keeps the rest working', async () => {
    renderApp({ overrides: { 'school-figures.json': '{"metrics": [{"id": 3}]}' } });
    const problem = /数据文件 school-figures\.json 无法使用：字段 metrics\[0\]\.id/;
    // The filter bar needs only schools.json and prefectures.json; the scorecard only the appendix.
    expect(await screen.findByText('29 所学校（共 29 所）', {}, LOADED)).toBeInTheDocument();
    for (const name of ['全省概况', '各市（州）分布', '学校对比'])
      expect(await within(await screen.findByRole('region', { name }, LOADED)).findByText(problem)).toBeInTheDocument();
    const scorecard = await screen.findByRole('region', { name: '计分卡（附表1—附表6）' }, LOADED);
    expect(await within(scorecard).findByRole('list', { name: '关键指标' }, LOADED)).toBeInTheDocument();
    expect(within(scorecard).queryByRole('alert')).toBeNull();
  });
});
