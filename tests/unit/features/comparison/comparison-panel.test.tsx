import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ComparisonPanel } from '@/features/comparison/ComparisonPanel';
import { currentIntent } from '@/state/store';
import { useExportableModels } from '@/state/exportables';
import { registrySettled, renderPanel } from '../../render-panel';

const panel = (name = '学校对比') => screen.getByRole('region', { name });
/** The compared schools as their chips show them, in order. */
const chosen = () =>
  within(panel())
    .queryAllByRole('button', { name: /^移出对比：/ })
    .map((b) => b.getAttribute('aria-label')?.replace('移出对比：', ''));
const table = () => within(panel()).getByRole('table', { name: '学校对比：各项指标' });

/** What the presentation pack may offer now, by view id. */
function Exportables() {
  const ids = Object.keys(useExportableModels()).sort();
  return <output aria-label="exportables">{ids.join(',')}</output>;
}
const exportables = () => screen.getByRole('status', { name: 'exportables' }).textContent;

describe('the comparison panel', () => {
  it('shows two schools side by side with differences, honest ranks, shares of the province', () => {
    renderPanel(<ComparisonPanel />, { intent: { compared: ['lz-petrochemical', 'jiuquan'] } });
    const students = within(table()).getByRole('row', { name: /^在校生人数/ });
    for (const text of [
      '25,688',
      '12,997',
      '-12,691',
      '-49.4%',
      '全省第 1/29',
      '占全省 8.7%',
      '较高：兰州石化职业技术大学',
    ])
      expect(students).toHaveTextContent(text);
    expect(students).toHaveTextContent('全省合计 294,013');
    const majors = within(table()).getByRole('row', { name: /^当年新增专业数/ });
    expect(majors).toHaveTextContent('未报告');
    expect(majors).toHaveTextContent('无法比较（有未报告值）');
    expect(majors).toHaveTextContent('有未报告值，不比较');
    // 兰州石化 has 0 national courses joined, as 26 of 28 schools do: said as that, not as a place.
    const joined = within(table()).getByRole('row', { name: /^参与国家级精品在线开放课程数量/ });
    expect(joined).toHaveTextContent('全省26 所为 0（共 28 所）');
  });

  it('sets one school beside its peers’ median after “与同类学校对比”, saying which peers', async () => {
    renderPanel(
      <>
        <ComparisonPanel />
        <Exportables />
      </>,
      { intent: { compared: ['jiuquan'], benchmarks: ['peers'] } },
    );
    const header = within(table()).getByRole('columnheader', { name: /^同类中位数/ });
    expect(header).toHaveTextContent('同类 10 所：专科层次·综合院校');
    const students = within(table()).getByRole('row', { name: /^在校生人数/ });
    expect(students).toHaveTextContent('12,997');
    expect(students).toHaveTextContent('高于同类中位数');
    expect(
      within(panel()).getByText(/^同类中位数：酒泉职业技术学院的同类（专科层次·综合院校，10 所，含本校）/),
    ).toBeInTheDocument();
    await registrySettled();
    expect(exportables()).toBe('comparison-gaps,comparison-memberships,comparison-table');
  });

  it('adds and removes benchmarks with their checkboxes', async () => {
    renderPanel(<ComparisonPanel />, { intent: { compared: ['jiuquan'] } });
    expect(within(panel()).getByText(/^再选一所学校，或加入全省中位数、同类中位数/)).toHaveAttribute('role', 'status');
    await userEvent.click(within(panel()).getByRole('checkbox', { name: /^全省中位数/ }));
    expect(currentIntent().benchmarks).toEqual(['province']);
    expect(within(table()).getByRole('columnheader', { name: /^全省中位数/ })).toHaveTextContent('全省 29 所');
    await userEvent.click(within(panel()).getByRole('checkbox', { name: /^同类中位数/ }));
    expect(currentIntent().benchmarks).toEqual(['province', 'peers']);
    await userEvent.click(within(panel()).getByRole('checkbox', { name: /^全省中位数/ }));
    expect(within(table()).queryByRole('columnheader', { name: /^全省中位数/ })).not.toBeInTheDocument();
  });

  it('offers nothing to export, nor to the pack, with no school chosen', async () => {
    renderPanel(
      <>
        <ComparisonPanel />
        <Exportables />
      </>,
      { intent: { benchmarks: ['province', 'peers'] } },
    );
    expect(within(panel()).getByText(/^请选择要对比的学校/)).toHaveAttribute('role', 'status');
    expect(within(panel()).queryByRole('button', { name: /^导出/ })).not.toBeInTheDocument();
    await registrySettled();
    expect(exportables()).toBe('');
  });

  it('says a school with no peer has no peer median to set it against', () => {
    renderPanel(<ComparisonPanel />, { intent: { compared: ['gs-health'], benchmarks: ['peers'] } });
    expect(within(panel()).getByText(/^甘肃卫生职业学院没有同类学校，同类中位数无从计算/)).toHaveAttribute(
      'role',
      'status',
    );
    expect(within(panel()).queryByRole('table', { name: '学校对比：各项指标' })).not.toBeInTheDocument();
  });

  it('picks schools by any of their names, lets a tap choose among several, swaps and removes them', async () => {
    renderPanel(<ComparisonPanel />);
    const search = within(panel()).getByRole('combobox', { name: /搜索学校/ });
    await userEvent.type(search, '兰州石化职业技术学院{Enter}');
    await userEvent.type(search, 'Jiuquan Vocational{Enter}');
    expect(chosen()).toEqual(['兰州石化职业技术大学', '酒泉职业技术学院']);
    await userEvent.click(within(panel()).getByRole('button', { name: '交换顺序' }));
    expect(chosen()).toEqual(['酒泉职业技术学院', '兰州石化职业技术大学']);
    await userEvent.click(within(panel()).getByRole('button', { name: '移出对比：酒泉职业技术学院' }));
    expect(chosen()).toEqual(['兰州石化职业技术大学']);
    await userEvent.type(search, '甘肃{Enter}');
    expect(within(panel()).getByText(/^“甘肃”对应 \d+ 所学校，请选择/)).toBeInTheDocument();
    await userEvent.click(within(panel()).getByRole('button', { name: '加入对比：甘肃林业职业技术学院' }));
    expect(chosen()).toEqual(['兰州石化职业技术大学', '甘肃林业职业技术学院']);
    await userEvent.type(search, 'Hogwarts{Enter}');
    expect(within(panel()).getByText('没有找到“Hogwarts”。')).toBeInTheDocument();
    expect(chosen()).toHaveLength(2);
  });

  it('refuses a fifth school and says why', async () => {
    renderPanel(<ComparisonPanel />, { intent: { compared: ['lz-petrochemical', 'jiuquan', 'dingxi', 'gs-health'] } });
    await userEvent.type(within(panel()).getByRole('combobox', { name: /搜索学校/ }), '甘肃林业职业技术学院{Enter}');
    expect(chosen()).toHaveLength(4);
    expect(within(panel()).getByText('最多对比 4 所学校。')).toBeInTheDocument();
  });

  it('opens a school’s profile from its column, and shows the same figures as phone cards', async () => {
    renderPanel(<ComparisonPanel />, {
      intent: { compared: ['lz-petrochemical', 'jiuquan'], benchmarks: ['province'] },
    });
    const cards = within(panel()).getByRole('list', { name: '学校对比：各项指标' });
    const jiuquan = within(cards)
      .getAllByRole('listitem')
      .find((li) => li.dataset.card === 'jiuquan');
    expect(jiuquan).toHaveTextContent('与兰州石化职业技术大学之差：-12,691 · -49.4%');
    expect(jiuquan).toHaveTextContent('全省中位数：9,961');
    const figures = (school: string) =>
      [...cards.querySelectorAll(`[data-card="${school}"] [data-measure]`)].map((f) => f.getAttribute('data-measure'));
    const rows = within(table())
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.getAttribute('data-measure'));
    expect(figures('jiuquan')).toEqual(rows);
    await userEvent.click(within(table()).getByRole('link', { name: '查看概况：酒泉职业技术学院' }));
    expect(currentIntent().school).toBe('jiuquan');
  });

  it('lists what each school has that the other has not, with sources', () => {
    renderPanel(<ComparisonPanel />, { intent: { compared: ['lz-petrochemical', 'dingxi'] } });
    const lists = within(panel()).getByRole('table', { name: '名单、荣誉与案例' });
    const campuses = within(lists).getByRole('row', { name: /文明校园/ });
    expect(campuses).toHaveTextContent('国家级文明校园');
    expect(campuses).toHaveTextContent('表12 · 第');
    expect(campuses).toHaveTextContent('—');
  });

  it('still compares the figures when lists.json is broken, and names it', async () => {
    renderPanel(<ComparisonPanel />, {
      intent: { compared: ['lz-petrochemical', 'dingxi'] },
      broken: { 'lists.json': null },
    });
    expect(table()).toBeInTheDocument();
    expect(await within(panel()).findByRole('alert')).toHaveTextContent('lists.json');
  });

  it('is English throughout in English, the Chinese originals one hover away', () => {
    renderPanel(<ComparisonPanel />, {
      intent: { compared: ['lz-petrochemical', 'jiuquan'], benchmarks: ['province', 'peers'], lang: 'en' },
    });
    const region = panel('School comparison');
    expect(region.textContent?.match(/[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+/g) ?? []).toEqual([]);
    const english = within(region).getByRole('table', { name: 'School comparison: every figure' });
    expect(within(english).getByRole('columnheader', { name: 'Which is higher' })).toBeInTheDocument();
    expect(
      within(english).getByRole('columnheader', { name: 'Difference from Lanzhou Petrochemical: Jiuquan' }),
    ).toBeInTheDocument();
    expect(within(english).getByRole('row', { name: /^Enrolled students/ })).toHaveTextContent('Table 2, p. 6');
    const cases = within(region).getByRole('row', { name: /^Cases/ });
    const entry = within(cases).getAllByRole('listitem')[0];
    expect(entry?.textContent).toMatch(/^Case \d+: /);
    expect(entry?.getAttribute('title')).toMatch(/[\u4e00-\u9fff]/);
  });
});
