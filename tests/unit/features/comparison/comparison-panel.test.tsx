import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderApp } from '../../render-app';

// The panel is split off and loaded lazily; load its module once so no single test pays for it.
beforeAll(async () => {
  await import('@/features/comparison/ComparisonPanel');
}, 60_000);

describe('the comparison panel', () => {
  it('shows two schools from the URL side by side with differences, ranks and the median', async () => {
    renderApp({ search: '?compare=lz-petrochemical,jiuquan' });
    const panel = await screen.findByRole('region', { name: '学校对比' }, { timeout: 15_000 });
    const table = await within(panel).findByRole('table', { name: '学校对比：各项指标' });
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

  it('picks schools by any of their names, swaps and removes them, and the URL follows', async () => {
    renderApp();
    const panel = await screen.findByRole('region', { name: '学校对比' }, { timeout: 15_000 });
    const search = await within(panel).findByRole('combobox', { name: /搜索学校/ });
    await userEvent.type(search, '兰州石化职业技术学院{Enter}');
    await userEvent.type(search, 'Jiuquan Vocational{Enter}');
    expect(window.location.search).toBe('?compare=lz-petrochemical,jiuquan');
    await userEvent.click(within(panel).getByRole('button', { name: '交换顺序' }));
    expect(window.location.search).toBe('?compare=jiuquan,lz-petrochemical');
    await userEvent.click(within(panel).getByRole('button', { name: '移出对比：酒泉职业技术学院' }));
    expect(window.location.search).toBe('?compare=lz-petrochemical');
    expect(within(panel).getByText(/请选择至少两所学校/)).toBeInTheDocument();
    await userEvent.type(search, '甘肃{Enter}');
    expect(within(panel).getByText(/对应多所学校/)).toBeInTheDocument();
  });

  it('lists what each school has that the other has not, with sources', async () => {
    renderApp({ search: '?compare=lz-petrochemical,dingxi' });
    const panel = await screen.findByRole('region', { name: '学校对比' }, { timeout: 15_000 });
    const table = await within(panel).findByRole('table', { name: '名单、荣誉与案例' });
    const campuses = within(table).getByRole('row', { name: /文明校园/ });
    expect(campuses).toHaveTextContent('国家级文明校园');
    expect(campuses).toHaveTextContent('—');
  });
});
