import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Header } from '@/app/Header';
import { HeadlinePanel } from '@/features/headline/HeadlinePanel';
import { filterBar, renderPanel } from '../render-panel';

const headline = () => screen.getByRole('region', { name: '全省概况' });
const withFilters = (
  <>
    <Header />
    {filterBar()}
    <HeadlinePanel />
  </>
);

describe('the filter bar', () => {
  it('narrows the headline to the chosen prefecture and keeps the province beside it', async () => {
    renderPanel(withFilters);
    expect(within(headline()).getByText('294,013')).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: '市（州）' }), '酒泉市');
    // 酒泉职业技术学院 is 酒泉市's only school: 12,997 students in 表2.
    expect(within(headline()).getByText('12,997')).toBeInTheDocument();
    expect(within(headline()).getByText('全省：294,013')).toBeInTheDocument();
    expect(screen.getByText('1 所学校（共 29 所）')).toBeInTheDocument();
    expect(within(headline()).getByText('（全省数据，不随筛选变化）')).toBeInTheDocument();
  });

  it('removing a chip and clearing all restore the province', async () => {
    renderPanel(withFilters, { intent: { tier: 'undergraduate', ownership: 'public' } });
    expect(screen.getByText('2 所学校（共 29 所）')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '移除筛选：办学层次：本科层次' }));
    expect(screen.getByText('26 所学校（共 29 所）')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '清除全部筛选' }));
    expect(screen.getByText('29 所学校（共 29 所）')).toBeInTheDocument();
    expect(screen.getByText('未筛选：显示全省')).toBeInTheDocument();
    expect(within(headline()).getByText('294,013')).toBeInTheDocument();
  });

  it('filters by school type, with a chip that says so', async () => {
    renderPanel(withFilters);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: '学校类型' }), '医学类');
    expect(screen.getByRole('button', { name: '移除筛选：学校类型：医学类' })).toBeInTheDocument();
    // 表1 has one medical school.
    expect(screen.getByText('1 所学校（共 29 所）')).toBeInTheDocument();
    expect(within(headline()).getByText('11,425')).toBeInTheDocument();
    expect(within(headline()).getByText('（全省数据，不随筛选变化）')).toBeInTheDocument();
  });

  it('switches every label to English', async () => {
    renderPanel(withFilters);
    await userEvent.click(screen.getByRole('button', { name: 'Switch to English' }));
    expect(screen.getByRole('region', { name: 'Province at a glance' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Prefecture' })).toBeInTheDocument();
    expect(screen.getByText('29 of 29 schools')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Dashboard');
  });
});

describe('the headline with a broken dataset', () => {
  it('names the file and the field, while the province figures keep working', async () => {
    renderPanel(<HeadlinePanel />, { broken: { 'school-figures.json': '{"metrics": [{"id": 3}]}' } });
    expect(await within(headline()).findByRole('alert')).toHaveTextContent(
      /数据文件 school-figures\.json 无法使用：字段 metrics\[0\]\.id/,
    );
    expect(within(headline()).getByText('毕业生去向落实率')).toBeInTheDocument();
  });

  it('says it is loading while a dataset has not arrived', () => {
    renderPanel(<HeadlinePanel />, { without: ['province.json'] });
    expect(within(headline()).getByRole('status')).toHaveTextContent('正在加载全省指标…');
    expect(within(headline()).getByText('294,013')).toBeInTheDocument();
  });
});
