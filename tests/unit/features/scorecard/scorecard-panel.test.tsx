import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import appendixFile from '../../../../public/data/appendix.json';
import { renderApp } from '../../render-app';

const PANEL = '计分卡（附表1—附表6）';
const printed = (tableId: string, rowId: string): number => {
  const value = appendixFile.tables.find((t) => t.id === tableId)?.rows.find((r) => r.id === rowId)?.value;
  if (typeof value !== 'number') throw new Error(`${tableId}/${rowId} has no value`);
  return value;
};
// The panel is lazily loaded after the rest of the app: on a busy machine that can take a while.
const LOAD_WAIT = 20_000;
const grouped = (n: number) => n.toLocaleString('en-US');

async function openPanel(search = '') {
  renderApp({ search });
  const panel = await screen.findByRole(
    'region',
    { name: search.includes('lang=en') ? 'Scorecards (Appendix tables 1–6)' : PANEL },
    { timeout: LOAD_WAIT },
  );
  await within(panel).findByRole(
    'list',
    { name: search.includes('lang=en') ? 'Key figures' : '关键指标' },
    { timeout: LOAD_WAIT },
  );
  return panel;
}

describe('the scorecard panel', { timeout: 45_000 }, () => {
  it('shows every row of 附表1–附表6, folded until unfolded', async () => {
    const user = userEvent.setup();
    const panel = await openPanel();
    const first = within(panel).getByRole('table', { name: /^附表1 / });
    expect(within(first).getAllByRole('rowheader')[0]).not.toBeVisible();

    await user.click(within(panel).getByRole('button', { name: '全部展开' }));
    let shown = 0;
    for (const table of appendixFile.tables) {
      const view = within(panel).getByRole('table', { name: `${table.id} ${table.titleZh}` });
      const rows = within(view).getAllByRole('rowheader');
      expect(rows).toHaveLength(table.rows.length);
      for (const row of rows) expect(row).toBeVisible();
      shown += rows.length;
    }
    expect(shown).toBe(appendixFile.tables.reduce((sum, t) => sum + t.rows.length, 0));

    await user.click(within(panel).getByRole('button', { name: '全部收起' }));
    expect(within(first).getAllByRole('rowheader')[0]).not.toBeVisible();
  });

  it('prints values as the report does, not-reported ones as such, and marks the rows a note touches', async () => {
    const user = userEvent.setup();
    const panel = await openPanel();
    await user.click(within(panel).getByText(/^附表6 落实政策表/, { selector: 'summary' }));
    const table = within(panel).getByRole('table', { name: /^附表6 / });
    const students = within(table)
      .getByRole('rowheader', { name: /全日制在校生人数/ })
      .closest('tr') as HTMLElement;
    expect(students).toBeVisible();
    expect(students).toHaveTextContent(grouped(printed('附表6', 'full-time-students')));
    expect(
      within(students).getByRole('link', { name: '数据说明：全日制在校生人数：正文与附表6不一致' }),
    ).toBeInTheDocument();
    expect(students).toHaveTextContent('附表6 第1项');
    const advisers = within(table)
      .getByRole('rowheader', { name: /^5班主任人数/ })
      .closest('tr') as HTMLElement;
    expect(advisers).toHaveTextContent('未报告（报告印作“-”）');
    expect(advisers).not.toHaveTextContent(/\b0\b/);
  });

  it('derives the placement rate from its two printed counts and shows the derivation', async () => {
    const panel = await openPanel();
    const placed = printed('附表1', 'destination-secured');
    const graduates = printed('附表1', 'graduates');
    const rate = Math.round((placed / graduates) * 10000) / 100;
    const card = within(within(panel).getByRole('list', { name: '关键指标' }))
      .getByText('毕业去向落实率')
      .closest('li') as HTMLElement;
    expect(card).toHaveTextContent(`${rate}%`);
    expect(card).toHaveTextContent(
      `毕业去向落实人数 ÷ 毕业生人数 = ${grouped(placed)} ÷ ${grouped(graduates)} = ${rate}%`,
    );
    expect(card).toHaveTextContent('与正文 §1.2.3 所印 91.38% 一致');
  });

  it('gives the sector shares of both the printed total and the parts, and says they differ', async () => {
    const panel = await openPanel();
    const total = printed('附表1', 'employed-three-sectors');
    const parts = ['primary-sector', 'secondary-sector', 'tertiary-sector'].map((id) => printed('附表1', id));
    const sum = parts.reduce((a, b) => a + b, 0);
    expect(within(panel).getByRole('note')).toHaveTextContent(
      `附表1 印出的合计为 ${grouped(total)} 人，但三项之和为 ${grouped(sum)} 人（多 ${grouped(sum - total)} 人）`,
    );
    const sectors = within(panel).getByRole('region', { name: /毕业生面向三次产业就业占比/ });
    const tertiary = within(sectors).getByRole('rowheader', { name: '面向第三产业' }).closest('tr') as HTMLElement;
    const one = (n: number) => `${(Math.round(n * 10) / 10).toFixed(1)}%`;
    expect(tertiary).toHaveTextContent(one(((parts[2] ?? 0) / total) * 100));
    expect(tertiary).toHaveTextContent(one(((parts[2] ?? 0) / sum) * 100));
  });

  it('draws satisfaction with its survey counts and 表3 against its thresholds, each with a table view', async () => {
    const user = userEvent.setup();
    const panel = await openPanel();
    const satisfaction = within(panel).getByRole('figure', { name: /满意度与调查人次（附表2）/ });
    await user.click(within(satisfaction).getByRole('button', { name: '表格' }));
    const students = within(satisfaction).getByRole('rowheader', { name: '在校生满意度' }).closest('tr') as HTMLElement;
    expect(students).toHaveTextContent('84.87');
    expect(students).toHaveTextContent('66,894');

    const conditions = within(panel).getByRole('figure', { name: /办学基本条件：省中位数相对合格指标（表3）/ });
    expect(conditions).toHaveTextContent('生均教学行政用房 2022年 12.77 < 16');
    await user.click(within(conditions).getByRole('button', { name: '表格' }));
    const space = within(conditions)
      .getByRole('rowheader', { name: /生均教学行政用房/ })
      .closest('tr') as HTMLElement;
    expect(space).toHaveTextContent(`17.27（${(Math.round((17.27 / 16) * 1000) / 10).toFixed(1)}%）`);
  });

  it('says its figures are province-wide when a filter is active', async () => {
    const panel = await openPanel('?prefecture=jiuquan');
    expect(within(panel).getByText(/附表为全省汇总数据/)).toHaveTextContent(
      /^附表为全省汇总数据，不随当前筛选（酒泉市.*）变化。$/,
    );
  });

  it('has no scope notice without a filter', async () => {
    const panel = await openPanel();
    expect(within(panel).queryByText(/不随当前筛选/)).toBeNull();
  });

  it('reads in English', async () => {
    const panel = await openPanel('?lang=en');
    const card = within(within(panel).getByRole('list', { name: 'Key figures' }))
      .getByText('Monthly income', { exact: false })
      .closest('li') as HTMLElement;
    expect(card).toHaveTextContent('3,980.34 yuan');
    expect(card).toHaveTextContent('Source: Appendix 1');
    expect(within(panel).getByRole('button', { name: 'Expand all' })).toBeInTheDocument();
  });
});
