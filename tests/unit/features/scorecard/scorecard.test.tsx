import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import appendixFile from '../../../../public/data/appendix.json';
import { renderApp } from '../../render-app';

describe('the scorecard panel', () => {
  it('shows every row of 附表1–附表6', async () => {
    renderApp();
    const panel = await screen.findByRole('region', { name: '计分卡（附表1—附表6）' }, { timeout: 8000 });
    await within(panel).findAllByText(/附表1 人才培养质量计分卡/);
    const shown = panel.querySelectorAll('details.appendix-table tbody tr');
    const expected = appendixFile.tables.reduce((s, t) => s + t.rows.length, 0);
    expect(expected).toBe(123);
    expect(shown).toHaveLength(expected);
    for (const table of appendixFile.tables) expect(panel.querySelectorAll(`details[data-table="${table.id}"] tbody tr`)).toHaveLength(table.rows.length);
  });

  it('derives the placement rate from the two printed counts and shows the derivation', async () => {
    renderApp();
    const panel = await screen.findByRole('region', { name: '计分卡（附表1—附表6）' }, { timeout: 8000 });
    const card = (await within(panel).findByText('毕业去向落实率')).closest('li') as HTMLElement;
    expect(card).toHaveTextContent(`${Math.round((86222 / 94358) * 10000) / 100}`);
    expect(card).toHaveTextContent('毕业去向落实人数 86222 ÷ 毕业生人数 94358 = 91.38%');
  });

  it('marks the rows a data note touches and prints both sector shares', async () => {
    renderApp();
    const panel = await screen.findByRole('region', { name: '计分卡（附表1—附表6）' }, { timeout: 8000 });
    expect(await within(panel).findByText(/附表1 印出的合计为 63,125 人，但三项之和为 63,873 人/)).toBeInTheDocument();
    const sectorsRow = panel.querySelector('details[data-table="附表1"] tr[data-row="employed-three-sectors"]') as HTMLElement;
    expect(within(sectorsRow).getByRole('link', { name: /数据说明/ })).toBeInTheDocument();
  });

  it('says its figures are province-wide when a filter is active, and only then', async () => {
    renderApp({ search: '?prefecture=jiuquan' });
    const panel = await screen.findByRole('region', { name: '计分卡（附表1—附表6）' }, { timeout: 8000 });
    expect(await within(panel).findByText(/附表为全省汇总数据/)).toHaveTextContent('附表为全省汇总数据，不随当前筛选（酒泉市（1 所学校））变化。');
  });

  it('has no scope notice without a filter', async () => {
    renderApp();
    const panel = await screen.findByRole('region', { name: '计分卡（附表1—附表6）' }, { timeout: 8000 });
    await within(panel).findAllByText(/附表1 人才培养质量计分卡/);
    expect(within(panel).queryByText(/不随当前筛选/)).toBeNull();
  });
});
