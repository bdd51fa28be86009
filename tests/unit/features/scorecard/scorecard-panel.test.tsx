import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Appendix, Province } from '@/data/domain';
import { appendixQuery, provinceQuery } from '@/data/queries';
import { ScorecardPanel } from '@/features/scorecard/ScorecardPanel';
import type { Intent } from '@/state/intent';
import { dataset, renderPanel } from '../../render-panel';

const grouped = (n: number) => n.toLocaleString('en-US');
const printed = (tableId: string, rowId: string): number => {
  const value = dataset<Appendix>(appendixQuery).row(tableId, rowId)?.value;
  if (typeof value !== 'number') throw new Error(`${tableId}/${rowId} has no value`);
  return value;
};
const rowOf = (cell: HTMLElement) => cell.closest('tr') as HTMLElement;

function openPanel(intent: Partial<Intent> = {}) {
  renderPanel(<ScorecardPanel />, { intent });
  return screen.getByRole('region', {
    name: intent.lang === 'en' ? 'Scorecards (Appendix tables 1–6)' : '计分卡（附表1—附表6）',
  });
}

describe('the scorecard panel', () => {
  it('shows every row of 附表1–附表6, folded until unfolded', async () => {
    const panel = openPanel();
    const tables = dataset<Appendix>(appendixQuery).tables;
    const first = within(panel).getByRole('table', { name: /^附表1 / });
    expect(within(first).getAllByRole('rowheader')[0]).not.toBeVisible();

    await userEvent.click(within(panel).getByRole('button', { name: '全部展开' }));
    for (const table of tables) {
      const view = within(panel).getByRole('table', { name: `${table.id} ${table.titleZh}` });
      // Counted without the visibility check (slow on hundreds of rows); a table folds as a whole,
      // so its first and last rows stand for the others.
      const rows = within(view).getAllByRole('rowheader', { hidden: true });
      expect(rows).toHaveLength(table.rows.length);
      expect(rows[0]).toBeVisible();
      expect(rows.at(-1)).toBeVisible();
    }

    await userEvent.click(within(panel).getByRole('button', { name: '全部收起' }));
    expect(within(first).getAllByRole('rowheader')[0]).not.toBeVisible();
  });

  it('prints values as the report does, not-reported ones as such, and marks the rows a note touches', async () => {
    const panel = openPanel();
    await userEvent.click(within(panel).getByText(/^附表6 落实政策表/, { selector: 'summary' }));
    const table = within(panel).getByRole('table', { name: /^附表6 / });
    const students = rowOf(within(table).getByRole('rowheader', { name: /全日制在校生人数/ }));
    expect(students).toBeVisible();
    expect(students).toHaveTextContent(grouped(printed('附表6', 'full-time-students')));
    expect(
      within(students).getByRole('link', { name: '数据说明：全日制在校生人数：正文与附表6不一致' }),
    ).toBeInTheDocument();
    expect(students).toHaveTextContent('附表6 第1项');
    const advisers = rowOf(within(table).getByRole('rowheader', { name: /班主任人数/ }));
    expect(advisers).toHaveTextContent('未报告（报告印作“-”）');
    expect(advisers).not.toHaveTextContent(/\b0\b/);
  });

  it('derives the placement rate from its two printed counts, and it agrees with the narrative', () => {
    const panel = openPanel();
    const narrative = dataset<Province>(provinceQuery).figureById.get('graduates-destination-rate')?.value;
    const placed = grouped(printed('附表1', 'destination-secured'));
    const graduates = grouped(printed('附表1', 'graduates'));
    const card = within(within(panel).getByRole('list', { name: '关键指标' }))
      .getByText('毕业去向落实率')
      .closest('li') as HTMLElement;
    expect(card).toHaveTextContent(`毕业去向落实人数 ÷ 毕业生人数 = ${placed} ÷ ${graduates} = ${narrative}%`);
    expect(card).toHaveTextContent(`与正文 §1.2.3 所印 ${narrative}% 一致`);
  });

  it('gives the sector shares of both the printed total and the parts, and says they differ', () => {
    const panel = openPanel();
    // 附表1 prints 63,125 employed in the three sectors; its parts add up to 63,873.
    expect(within(panel).getByRole('note')).toHaveTextContent(
      '附表1 印出的合计为 63,125 人，但三项之和为 63,873 人（多 748 人）',
    );
    const sectors = within(panel).getByRole('region', { name: /毕业生面向三次产业就业占比/ });
    const tertiary = rowOf(within(sectors).getByRole('rowheader', { name: '面向第三产业' }));
    // 40,824 of 63,125 and of 63,873.
    expect(tertiary).toHaveTextContent('40,82464.7%63.9%');
  });

  it('draws satisfaction with its survey counts and 表3 against its thresholds, each with a table view', async () => {
    const panel = openPanel();
    const satisfaction = within(panel).getByRole('figure', { name: /满意度与调查人次（附表2）/ });
    await userEvent.click(within(satisfaction).getByRole('button', { name: '表格' }));
    const students = rowOf(within(satisfaction).getByRole('rowheader', { name: '在校生满意度' }));
    expect(students).toHaveTextContent('84.87');
    expect(students).toHaveTextContent('66,894');

    const conditions = within(panel).getByRole('figure', { name: /办学基本条件：省中位数相对合格指标（表3）/ });
    expect(conditions).toHaveTextContent('生均教学行政用房 2022年 12.77 < 16');
    await userEvent.click(within(conditions).getByRole('button', { name: '表格' }));
    const space = rowOf(within(conditions).getByRole('rowheader', { name: /生均教学行政用房/ }));
    // 17.27 m² against a threshold of 16: 107.9% of it.
    expect(space).toHaveTextContent('17.27（107.9%）');
  });

  it('says its figures are province-wide when a filter is active', () => {
    const panel = openPanel({ prefecture: 'jiuquan' });
    expect(within(panel).getByText(/附表为全省汇总数据/)).toHaveTextContent(
      /^附表为全省汇总数据，不随当前筛选（酒泉市.*）变化。$/,
    );
  });

  it('says so for a school type alone too', () => {
    const panel = openPanel({ schoolType: 'medicine' });
    expect(within(panel).getByText(/附表为全省汇总数据/)).toHaveTextContent('医学类');
  });

  it('has no scope notice without a filter', () => {
    const panel = openPanel();
    expect(within(panel).queryByText(/不随当前筛选/)).toBeNull();
  });

  it('reads in English', () => {
    const panel = openPanel({ lang: 'en' });
    const card = within(within(panel).getByRole('list', { name: 'Key figures' }))
      .getByText('Monthly income', { exact: false })
      .closest('li') as HTMLElement;
    expect(card).toHaveTextContent('3,980.34 yuan');
    expect(card).toHaveTextContent('Source: Appendix 1');
    expect(within(panel).getByRole('button', { name: 'Expand all' })).toBeInTheDocument();
  });

  it('names a broken appendix.json and draws nothing from it', async () => {
    const panel = openPanel();
    expect(within(panel).getByRole('list', { name: '关键指标' })).toBeInTheDocument();
    renderPanel(<ScorecardPanel />, { broken: { 'appendix.json': '{"tables": 1}' } });
    const broken = screen.getAllByRole('region', { name: '计分卡（附表1—附表6）' })[1]!;
    expect(await within(broken).findByRole('alert')).toHaveTextContent('数据文件 appendix.json 无法使用：字段 tables');
    expect(within(broken).queryByRole('list', { name: '关键指标' })).toBeNull();
  });
});
