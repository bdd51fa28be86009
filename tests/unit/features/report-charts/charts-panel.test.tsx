import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ChartsPanel } from '@/features/report-charts/ChartsPanel';
import { filterBar, renderPanel } from '../../render-panel';

const panel = () => screen.getByRole('region', { name: '报告图表' });

describe('the charts panel', () => {
  it('follows the filters: under 酒泉市 only 酒泉职业技术学院 is left in the per-school table', async () => {
    renderPanel(
      <>
        {filterBar()}
        <ChartsPanel />
      </>,
    );
    const frame = within(panel()).getByRole('figure', { name: /各校在校生人数/ });
    await userEvent.click(within(frame).getByRole('button', { name: '表格' }));
    expect(within(frame).getAllByRole('row')).toHaveLength(30);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: '市（州）' }), '酒泉市');
    const rows = within(frame).getAllByRole('row');
    expect(rows).toHaveLength(2);
    expect(rows[1]).toHaveTextContent('酒泉职业技术学院12,997');
    expect(within(frame).getByText(/酒泉市（1 所学校）/)).toBeInTheDocument();
  });

  it('says why it is empty when the filters leave no school', () => {
    renderPanel(<ChartsPanel />, { intent: { prefecture: 'gannan' } });
    expect(within(panel()).getByText(/当前筛选条件下没有学校：甘南州/)).toBeInTheDocument();
  });

  it('shows not-reported schools as such in 表16', async () => {
    renderPanel(<ChartsPanel />);
    await userEvent.click(within(panel()).getByRole('tab', { name: '资源与专业' }));
    const frame = within(panel()).getByRole('figure', { name: /新增专业数/ });
    await userEvent.click(within(frame).getByRole('button', { name: '表格' }));
    const dingxi = within(frame).getByRole('row', { name: /定西职业技术学院/ });
    expect(dingxi).toHaveTextContent('未报告');
    expect(within(frame).getByText(/10 所学校在该表中没有数据/)).toBeInTheDocument();
  });

  it('names a broken dataset in the tabs that need it, and keeps the others', async () => {
    renderPanel(<ChartsPanel />, { broken: { 'province.json': null } });
    // The first tab needs only schools.json and school-figures.json.
    expect(within(panel()).getByRole('figure', { name: /各校在校生人数/ })).toBeInTheDocument();
    await userEvent.click(within(panel()).getByRole('tab', { name: '生源与去向' }));
    expect(await within(panel()).findByRole('alert')).toHaveTextContent(
      '数据文件 province.json 无法使用：文件不存在（HTTP 404）',
    );
  });
});
