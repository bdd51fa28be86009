import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';

describe('filters', () => {
  it('a prefecture chosen in the filter bar narrows the headline, and the URL carries it', async () => {
    renderApp();
    const headline = await screen.findByRole('region', { name: '全省概况' });
    await within(headline).findByText('294,013');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: '市（州）' }), '酒泉市');
    // 酒泉职业技术学院 is 酒泉市's only school: 12,997 students in 表2.
    expect(await within(headline).findByText('12,997')).toBeInTheDocument();
    expect(within(headline).getByText('全省：294,013')).toBeInTheDocument();
    expect(screen.getByText('1 所学校（共 29 所）')).toBeInTheDocument();
    expect(window.location.search).toBe('?prefecture=jiuquan');
  });

  it('removing a chip and clearing all restore the province', async () => {
    renderApp({ search: '?tier=undergraduate&ownership=public' });
    expect(await screen.findByText('2 所学校（共 29 所）')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '移除筛选：办学层次：本科层次' }));
    expect(screen.getByText('26 所学校（共 29 所）')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '清除全部筛选' }));
    expect(screen.getByText('29 所学校（共 29 所）')).toBeInTheDocument();
    expect(window.location.search).toBe('');
  });

  it('drops junk from the URL with a notice and keeps what is valid', async () => {
    renderApp({ search: '?prefecture=atlantis&tier=junior-college&compare=lz-petrochemical,hogwarts' });
    expect(await screen.findByText(/prefecture=atlantis/)).toBeInTheDocument();
    expect(await screen.findByText(/compare=hogwarts/)).toBeInTheDocument();
    expect(await screen.findByText('27 所学校（共 29 所）')).toBeInTheDocument();
    expect(window.location.search).toBe('?tier=junior-college&compare=lz-petrochemical');
  });

  it('switches every label to English', async () => {
    renderApp();
    await screen.findByText('294,013');
    await userEvent.click(screen.getByRole('button', { name: 'Switch to English' }));
    expect(screen.getByRole('region', { name: 'Province at a glance' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Prefecture' })).toBeInTheDocument();
    expect(window.location.search).toBe('?lang=en');
  });
});

describe('a broken dataset', () => {
  it('shows the file and the problem where it is needed; the rest works', async () => {
    renderApp({ overrides: { 'school-figures.json': '{"metrics": [{"id": 3}]}' } });
    const problem = /数据文件 school-figures\.json 无法使用：字段 metrics\[0\]\.id/;
    // Every view that needs the file says so …
    expect(
      await within(await screen.findByRole('region', { name: '全省概况' })).findByText(problem),
    ).toBeInTheDocument();
    expect(
      await within(screen.getByRole('region', { name: '各市（州）分布' })).findByText(problem),
    ).toBeInTheDocument();
    // … while those that do not keep working.
    expect(await screen.findByText('毕业生去向落实率')).toBeInTheDocument();
    // The filter bar needs only schools.json and prefectures.json, and still works.
    expect(await screen.findByText('29 所学校（共 29 所）')).toBeInTheDocument();
  });

  it('names a missing file', async () => {
    renderApp({ overrides: { 'schools.json': null } });
    const alerts = await screen.findAllByText(/数据文件 schools\.json 无法使用：文件不存在（HTTP 404）/);
    expect(alerts.length).toBeGreaterThan(0);
  });
});
