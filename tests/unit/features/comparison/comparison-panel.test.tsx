import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ComparisonPanel } from '@/features/comparison/ComparisonPanel';
import { renderPanel } from '../../render-panel';

const panel = () => screen.getByRole('region', { name: '学校对比' });
/** The compared schools as their chips show them, in order. */
const chosen = () =>
  within(panel())
    .queryAllByRole('button', { name: /^移出对比：/ })
    .map((b) => b.getAttribute('aria-label')?.replace('移出对比：', ''));

describe('the comparison panel', () => {
  it('shows two schools side by side with differences, ranks and the median', () => {
    renderPanel(<ComparisonPanel />, { intent: { compared: ['lz-petrochemical', 'jiuquan'] } });
    const table = within(panel()).getByRole('table', { name: '学校对比：各项指标' });
    const students = within(table).getByRole('row', { name: /^在校生人数/ });
    expect(students).toHaveTextContent('25,688');
    expect(students).toHaveTextContent('12,997');
    expect(students).toHaveTextContent('-12,691');
    expect(students).toHaveTextContent('全省第 1/29');
    expect(students).toHaveTextContent('较高：兰州石化职业技术大学');
    const majors = within(table).getByRole('row', { name: /^当年新增专业数/ });
    expect(majors).toHaveTextContent('未报告');
    expect(majors).toHaveTextContent('无法比较（有未报告值）');
  });

  it('picks schools by any of their names, swaps and removes them', async () => {
    renderPanel(<ComparisonPanel />);
    const search = within(panel()).getByRole('combobox', { name: /搜索学校/ });
    await userEvent.type(search, '兰州石化职业技术学院{Enter}');
    await userEvent.type(search, 'Jiuquan Vocational{Enter}');
    expect(chosen()).toEqual(['兰州石化职业技术大学', '酒泉职业技术学院']);
    await userEvent.click(within(panel()).getByRole('button', { name: '交换顺序' }));
    expect(chosen()).toEqual(['酒泉职业技术学院', '兰州石化职业技术大学']);
    await userEvent.click(within(panel()).getByRole('button', { name: '移出对比：酒泉职业技术学院' }));
    expect(chosen()).toEqual(['兰州石化职业技术大学']);
    expect(within(panel()).getByText(/请选择至少两所学校/)).toBeInTheDocument();
    await userEvent.type(search, '甘肃{Enter}');
    expect(within(panel()).getByText(/对应多所学校/)).toBeInTheDocument();
    await userEvent.type(search, 'Hogwarts{Enter}');
    expect(chosen()).toEqual(['兰州石化职业技术大学']);
  });

  it('refuses a fifth school and says why', async () => {
    renderPanel(<ComparisonPanel />, { intent: { compared: ['lz-petrochemical', 'jiuquan', 'dingxi', 'gs-health'] } });
    await userEvent.type(within(panel()).getByRole('combobox', { name: /搜索学校/ }), '甘肃林业职业技术学院{Enter}');
    expect(chosen()).toHaveLength(4);
    expect(within(panel()).getByText('最多对比 4 所学校。')).toBeInTheDocument();
    expect(within(panel()).getByRole('table', { name: '学校对比：各项指标' })).toBeInTheDocument();
  });

  it('lists what each school has that the other has not, with sources', () => {
    renderPanel(<ComparisonPanel />, { intent: { compared: ['lz-petrochemical', 'dingxi'] } });
    const table = within(panel()).getByRole('table', { name: '名单、荣誉与案例' });
    const campuses = within(table).getByRole('row', { name: /文明校园/ });
    expect(campuses).toHaveTextContent('国家级文明校园');
    expect(campuses).toHaveTextContent('—');
  });

  it('still compares the figures when lists.json is broken, and names it', async () => {
    renderPanel(<ComparisonPanel />, {
      intent: { compared: ['lz-petrochemical', 'dingxi'] },
      broken: { 'lists.json': null },
    });
    expect(within(panel()).getByRole('table', { name: '学校对比：各项指标' })).toBeInTheDocument();
    expect(await within(panel()).findByRole('alert')).toHaveTextContent('lists.json');
  });
});
