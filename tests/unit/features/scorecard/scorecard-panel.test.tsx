import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Appendix, Province } from '@/data/domain';
import { appendixQuery, provinceQuery } from '@/data/queries';
import { ScorecardPanel } from '@/features/scorecard/ScorecardPanel';
import type { Intent } from '@/state/intent';
import { printingChanged } from '@/state/printing';
import { currentIntent } from '@/state/store';
import { dataset, renderPanel } from '../../render-panel';

const grouped = (n: number) => n.toLocaleString('en-US');
const printed = (tableId: string, rowId: string): number => {
  const value = dataset<Appendix>(appendixQuery).row(tableId, rowId)?.value;
  if (typeof value !== 'number') throw new Error(`${tableId}/${rowId} has no value`);
  return value;
};
const rowOf = (cell: HTMLElement) => cell.closest('tr') as HTMLElement;
const CJK = /[\u3400-\u9fff]/;

function openPanel(intent: Partial<Intent> = {}) {
  renderPanel(<ScorecardPanel />, { intent });
  return screen.getByRole('region', {
    name: intent.lang === 'en' ? 'Scorecards (Appendix tables 1–6)' : '计分卡（附表1—附表6）',
  });
}

afterEach(() => printingChanged(false));

describe('the scorecard panel', () => {
  it('shows every row of 附表1–附表6, folded until unfolded', async () => {
    const panel = openPanel();
    const tables = dataset<Appendix>(appendixQuery).tables;
    const rowsOf = (id: string) => panel.querySelectorAll(`[data-table="${id}"] tbody tr[data-row]`);
    const summary = within(panel).getByText(/^附表1 人才培养质量计分卡/, { selector: 'summary' });
    expect(summary.closest('details')).not.toHaveAttribute('open');
    expect(within(panel).queryByRole('table', { name: /^附表1 / })).toBeNull();

    // Found before the tables unfold: role queries over hundreds of rows are slow in jsdom.
    const foldAll = within(panel).getByRole('button', { name: '全部展开' });
    await userEvent.click(foldAll);
    expect(foldAll).toHaveAccessibleName('全部收起');
    for (const table of tables) {
      const view = panel.querySelector(`[data-table="${table.id}"] table`) as HTMLElement;
      expect(view).toHaveAccessibleName(`${table.id} ${table.titleZh}`);
      // Counted by their data attribute (role queries are slow on hundreds of rows); a table folds
      // as a whole, so its first and last rows stand for the others.
      const rows = rowsOf(table.id);
      expect([...rows].map((r) => r.getAttribute('data-row'))).toEqual(table.rows.map((r) => r.id));
      expect(rows[0]).toBeVisible();
      expect(rows[rows.length - 1]).toBeVisible();
    }

    await userEvent.click(foldAll);
    expect(rowsOf('附表1')[0]).not.toBeVisible();
    await userEvent.click(summary);
    expect(rowsOf('附表1')[0]).toBeVisible();
    expect(rowsOf('附表2')[0]).not.toBeVisible();
  });

  it('opens every table on paper, without a click', () => {
    const panel = openPanel();
    act(() => printingChanged(true));
    for (const table of dataset<Appendix>(appendixQuery).tables) {
      const rows = panel.querySelectorAll(`[data-table="${table.id}"] tbody tr[data-row]`);
      expect(rows).toHaveLength(table.rows.length);
      expect(rows[rows.length - 1]).toBeVisible();
    }
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

  it('cites a row printed without a 序号 by the numbered row above it', async () => {
    const panel = openPanel();
    await userEvent.click(within(panel).getByText(/^附表5 /, { selector: 'summary' }));
    const table = within(panel).getByRole('table', { name: /^附表5 / });
    const resources = rowOf(within(table).getByRole('rowheader', { name: /开发并被国外采用的职业教育资源数量/ }));
    expect(within(resources).getAllByRole('cell').at(-1)).toHaveTextContent(/^附表5 第2项$/);
  });

  it('derives the placement rate from its two printed counts, and it agrees with the narrative', () => {
    const panel = openPanel();
    const narrative = dataset<Province>(provinceQuery).figureById.get('graduates-destination-rate')?.value;
    const placed = grouped(printed('附表1', 'destination-secured'));
    const graduates = grouped(printed('附表1', 'graduates'));
    const card = within(panel).getByRole('list', { name: '关键指标' }).querySelector('[data-figure="placement-rate"]');
    expect(card).toHaveTextContent(/^毕业去向落实率/);
    expect(card).toHaveTextContent(`毕业去向落实人数 ÷ 毕业生人数 = ${placed} ÷ ${graduates} = ${narrative}%`);
    expect(card).toHaveTextContent(new RegExp(`与正文 §1\\.2\\.3 · 第\\d+页 所印 ${narrative}% 一致`));
  });

  it('gives the sector shares of both the printed total and the parts, and says they differ', async () => {
    const panel = openPanel();
    const sectors = within(panel).getByRole('figure', { name: /毕业生面向三次产业就业占比/ });
    // 附表1 prints 63,125 employed in the three sectors; its parts add up to 63,873.
    expect(within(sectors).getByRole('note')).toHaveTextContent(
      '附表1 印出的合计为 63,125 人，但三项之和为 63,873 人（多 748 人）',
    );
    expect(within(sectors).getByRole('img', { name: /毕业生面向三次产业就业占比/ })).toHaveTextContent('64.7%');
    await userEvent.click(within(sectors).getByRole('button', { name: '表格' }));
    const tertiary = rowOf(within(sectors).getByRole('rowheader', { name: '面向第三产业' }));
    // 40,824 of 63,125 and of 63,873.
    expect(tertiary).toHaveTextContent('40,82464.7%63.9%');
    expect(currentIntent().tables).toEqual(['scorecard-sectors']);
  });

  it('draws satisfaction with its survey counts, and a table view', async () => {
    const panel = openPanel();
    const satisfaction = within(panel).getByRole('figure', { name: /满意度与调查人次（附表2）/ });
    expect(within(satisfaction).getByRole('img')).toHaveTextContent('84.87%（66,894 人次）');
    await userEvent.click(within(satisfaction).getByRole('button', { name: '表格' }));
    const students = rowOf(within(satisfaction).getByRole('rowheader', { name: '在校生满意度' }));
    expect(students).toHaveTextContent('84.87');
    expect(students).toHaveTextContent('66,894');
  });

  it('draws no 表3 chart of its own: it says which medians fall short and opens the report charts’ tab', async () => {
    const panel = openPanel();
    const figures = within(panel).getAllByRole('figure');
    expect(figures.map((f) => f.getAttribute('data-chart'))).toEqual([
      'scorecard-key',
      'scorecard-sectors',
      'scorecard-satisfaction',
    ]);
    expect(panel).toHaveTextContent('表3 中位数低于合格指标的：生均教学行政用房 2022年 12.77 < 16 平方米/生。');
    await userEvent.click(within(panel).getByRole('link', { name: /见报告图表的“办学条件”/ }));
    expect(currentIntent().tab).toBe('conditions');
  });

  it('offers an export for the key figures, both charts and every appendix table', async () => {
    const panel = openPanel();
    await userEvent.click(within(panel).getByRole('button', { name: '全部展开' }));
    const menus = within(panel)
      .getAllByRole('button', { name: /^导出：/, hidden: true })
      .map((b) => b.getAttribute('aria-label'));
    expect(menus).toEqual([
      '导出：计分卡关键指标（附表1—附表6）',
      '导出：毕业生面向三次产业就业占比（附表1）',
      '导出：满意度与调查人次（附表2）',
      ...dataset<Appendix>(appendixQuery).tables.map((t) => `导出：${t.id} ${t.titleZh}`),
    ]);
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

  it('names a broken appendix.json and draws nothing from it', async () => {
    const panel = openPanel();
    expect(within(panel).getByRole('list', { name: '关键指标' })).toBeInTheDocument();
    renderPanel(<ScorecardPanel />, { broken: { 'appendix.json': '{"tables": 1}' } });
    const broken = screen.getAllByRole('region', { name: '计分卡（附表1—附表6）' })[1]!;
    expect(await within(broken).findByRole('alert')).toHaveTextContent('数据文件 appendix.json 无法使用：字段 tables');
    expect(within(broken).queryByRole('list', { name: '关键指标' })).toBeNull();
  });
});

describe('the scorecard panel in English', () => {
  it('reads in English throughout, the Chinese originals one hover away', async () => {
    const panel = openPanel({ lang: 'en', prefecture: 'jiuquan' });
    await userEvent.click(within(panel).getByRole('button', { name: 'Expand all' }));
    expect(panel.textContent).not.toMatch(CJK);
    const label = within(panel).getByRole('rowheader', { name: /^2Graduates with a secured destination/ });
    expect(label).toHaveAttribute('title', '毕业去向落实人数');
  });

  it('gives units in English, 万元 as yuan, and cites items and pages', async () => {
    const panel = openPanel({ lang: 'en' });
    const card = within(within(panel).getByRole('list', { name: 'Key figures' }))
      .getByText('Monthly income', { exact: false })
      .closest('li') as HTMLElement;
    expect(card).toHaveTextContent('3,980.34 yuan');
    expect(card).toHaveTextContent(/Source: Appendix 1, p\. \d+/);
    await userEvent.click(within(panel).getByText(/^Appendix 4: /, { selector: 'summary' }));
    const table = within(panel).getByRole('table', { name: /^Appendix 4: / });
    const funding = rowOf(within(table).getByRole('rowheader', { name: /Vertical \(government\) research funding/ }));
    const value = within(funding).getByText('¥24,284,600');
    expect(value).toHaveAttribute('title', expect.stringMatching(/^2428\.46 万元/));
    expect(funding).toHaveTextContent('yuan');
    expect(funding).toHaveTextContent('Appendix 4, item 3');
  });

  it('links the glossary’s terms in labels, in either language', () => {
    for (const lang of ['zh', 'en'] as const) {
      const panel = openPanel({ lang });
      const card = panel.querySelector('[data-figure="附表6/per-student-appropriation"]') as HTMLElement;
      const terms = within(card)
        .getAllByRole('link')
        .filter((a) => a.getAttribute('href')?.startsWith('#glossary-'));
      expect(terms.map((a) => a.textContent)).toEqual([lang === 'zh' ? '生均' : 'per student']);
      cleanup();
    }
  });
});
