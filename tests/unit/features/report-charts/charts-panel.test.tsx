import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { ChartsPanel } from '@/features/report-charts/ChartsPanel';
import { printingChanged } from '@/state/printing';
import { currentIntent } from '@/state/store';
import { filterBar, renderPanel } from '../../render-panel';

const panel = () => screen.getByRole('region', { name: /^(报告图表|Report charts)$/ });
const figure = (name: RegExp) => within(panel()).getByRole('figure', { name });
const schoolBars = (frame: HTMLElement) => within(frame).getAllByRole('button', { name: /，查看学校概况$/ });

// The other tabs are a lazily loaded chunk: load it once up front, so no test waits for it to be
// transformed on a busy machine.
beforeAll(async () => {
  await import('@/features/report-charts/ProvinceCharts');
});

describe('the charts panel', () => {
  it('follows the filters: under 酒泉市 only 酒泉职业技术学院 is left in the per-school table', async () => {
    renderPanel(
      <>
        {filterBar()}
        <ChartsPanel />
      </>,
    );
    const frame = figure(/各校在校生人数/);
    await userEvent.click(within(frame).getByRole('button', { name: '表格' }));
    expect(currentIntent().tables).toEqual(['per-school']);
    expect(within(frame).getAllByRole('row')).toHaveLength(30);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: '市（州）' }), '酒泉市');
    const rows = within(frame).getAllByRole('row');
    expect(rows).toHaveLength(2);
    expect(rows[1]).toHaveTextContent('酒泉职业技术学院12,9974.4%全省第 6/29');
    expect(within(frame).getByText(/酒泉市（1 所学校）/)).toBeInTheDocument();
  });

  it('says why it is empty when the filters leave no school, and offers no export', () => {
    renderPanel(<ChartsPanel />, { intent: { prefecture: 'gannan' } });
    const frame = figure(/各校在校生人数/);
    expect(within(frame).getByText(/当前筛选条件下没有学校：甘南州/)).toBeInTheDocument();
    expect(within(frame).queryByRole('button', { name: /^导出/ })).toBeNull();
  });

  it('opens the tab the address names, and puts the tab chosen into it', async () => {
    renderPanel(<ChartsPanel />, { intent: { tab: 'conditions' } });
    expect(within(panel()).getByRole('tab', { name: '办学条件' })).toHaveAttribute('aria-selected', 'true');
    expect(await within(panel()).findByRole('figure', { name: /办学基本条件/ })).toBeInTheDocument();
    await userEvent.click(within(panel()).getByRole('tab', { name: '生源与去向' }));
    expect(currentIntent().tab).toBe('students');
    await userEvent.keyboard('{ArrowRight}');
    expect(currentIntent().tab).toBe('conditions');
    expect(within(panel()).getByRole('tab', { name: '办学条件' })).toHaveFocus();
  });

  it('shows a chart as its table, and every school, when the address asks', async () => {
    renderPanel(<ChartsPanel />, { intent: { tables: ['per-school'], expanded: [] } });
    expect(within(figure(/各校在校生人数/)).getAllByRole('row')).toHaveLength(30);
    await userEvent.click(within(figure(/各校在校生人数/)).getByRole('button', { name: '图表' }));
    expect(currentIntent().tables).toEqual([]);
    expect(schoolBars(figure(/各校在校生人数/))).toHaveLength(15);
    await userEvent.click(within(panel()).getByRole('button', { name: '显示全部 29 所' }));
    expect(currentIntent().expanded).toEqual(['per-school']);
    expect(schoolBars(figure(/各校在校生人数/))).toHaveLength(29);
  });

  it('keeps the measure in the address: choosing one here is the dashboard’s measure', async () => {
    renderPanel(<ChartsPanel />);
    await userEvent.selectOptions(
      within(panel()).getByRole('combobox', { name: '指标（按此排序）' }),
      '毕业生数（2023届）',
    );
    expect(currentIntent().metric).toBe('graduates');
    expect(figure(/各校毕业生数（2023届）/)).toHaveAttribute('data-chart', 'per-school');
  });

  it('on paper draws every school, with no button to ask for them', () => {
    renderPanel(<ChartsPanel />);
    act(() => printingChanged(true));
    try {
      expect(schoolBars(figure(/各校在校生人数/))).toHaveLength(29);
      expect(within(panel()).getByRole('button', { name: '只显示前 15 名' })).toBeInTheDocument();
    } finally {
      act(() => printingChanged(false));
    }
  });

  it('shows not-reported schools as such in 表16', () => {
    renderPanel(<ChartsPanel />, { intent: { tab: 'resources', tables: ['new-majors'] } });
    const frame = figure(/新增专业数/);
    expect(within(frame).getByRole('row', { name: /定西职业技术学院/ })).toHaveTextContent('未报告');
    expect(within(frame).getByText(/10 所学校在该表中没有数据/)).toBeInTheDocument();
  });

  it('names a broken dataset in the tabs that need it, and keeps the others', async () => {
    renderPanel(<ChartsPanel />, { broken: { 'province.json': null } });
    // The first tab needs only schools.json and school-figures.json.
    expect(figure(/各校在校生人数/)).toBeInTheDocument();
    await userEvent.click(within(panel()).getByRole('tab', { name: '生源与去向' }));
    expect(await within(panel()).findByRole('alert')).toHaveTextContent(
      '数据文件 province.json 无法使用：文件不存在（HTTP 404）',
    );
  });

  it('in English shows no Chinese in any tab', async () => {
    renderPanel(<ChartsPanel />, { intent: { lang: 'en' } });
    const tabs = ['Schools', 'Composition', 'Intake & destinations', 'Basic conditions', 'Teachers & training'];
    for (const tab of [...tabs, 'Resources & majors', 'Contests & lifelong learning']) {
      await userEvent.click(within(panel()).getByRole('tab', { name: tab }));
      await within(panel()).findAllByRole('figure');
      expect(panel().textContent, tab).not.toMatch(/[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/);
    }
  });
});
