import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { MapPanel } from '@/features/map/MapPanel';
import { NO_SCHOOL_FILL } from '@/features/map/classify';
import { currentIntent } from '@/state/store';
import { filterBar, renderPanel } from '../../render-panel';

const panel = () => screen.getByRole('region', { name: '各市（州）分布' });
const prefecture = (name: string) => within(panel()).getByRole('button', { name: new RegExp(`^${name}：`) });

describe('the map panel', () => {
  it('colours the prefectures by students, with 甘南州 drawn apart as having no school', () => {
    renderPanel(<MapPanel />);
    expect(prefecture('酒泉市')).toHaveAccessibleName('酒泉市：12,997 人，第 4 名（共 13 个有数据的市州）');
    expect(prefecture('甘南州')).toHaveAccessibleName('甘南州：无高职院校');
    expect(prefecture('甘南州')).toHaveAttribute('fill', NO_SCHOOL_FILL);
    expect(prefecture('甘南州')).toHaveAttribute('stroke-dasharray', '4 3');
    const fills = new Set(
      within(panel())
        .getAllByRole('button', { name: /^[^：]+：[\d,]+ 人/ })
        .map((p) => p.getAttribute('fill')),
    );
    expect(fills.size).toBe(5);
  });

  it('selects a prefecture on a click, for every view, and clears it on a second click', () => {
    renderPanel(
      <>
        {filterBar()}
        <MapPanel />
      </>,
    );
    fireEvent.click(prefecture('酒泉市'));
    expect(prefecture('酒泉市')).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText('1 所学校（共 29 所）')).toBeInTheDocument();
    fireEvent.click(prefecture('酒泉市'));
    expect(prefecture('酒泉市')).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByText('29 所学校（共 29 所）')).toBeInTheDocument();
  });

  it('selects with Enter and clears with Escape', () => {
    renderPanel(<MapPanel />);
    fireEvent.keyDown(prefecture('定西市'), { key: 'Enter' });
    expect(currentIntent().prefecture).toBe('dingxi');
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(currentIntent().prefecture).toBeNull();
  });

  it('shows a marker per school in view, and a marker click adds the school to the comparison', () => {
    renderPanel(<MapPanel />, { intent: { prefecture: 'jiuquan' } });
    const markers = within(panel()).getAllByRole('button', { name: /按回车加入对比$/ });
    expect(markers).toHaveLength(1);
    fireEvent.click(markers[0]!);
    expect(currentIntent().compared).toEqual(['jiuquan']);
  });

  it('colours by another metric, says where a report list comes from, and tabulates it', async () => {
    renderPanel(<MapPanel />);
    await userEvent.selectOptions(
      within(panel()).getByRole('combobox', { name: '着色指标' }),
      'learning-stars-province',
    );
    expect(currentIntent().metric).toBe('learning-stars-province');
    expect(within(panel()).getAllByText(/该指标来自报告名单（表8）/).length).toBeGreaterThan(0);
    // A list counts prefectures, so 甘南州 is not "no school" here.
    expect(prefecture('甘南州')).not.toHaveAccessibleName(/无高职院校/);
    const table = within(panel()).getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(15);
  });

  it('says it is loading until the boundaries arrive', () => {
    renderPanel(<MapPanel />, { without: ['gansu-prefectures.topo.json'] });
    expect(within(panel()).getByRole('status')).toHaveTextContent('正在加载各市（州）分布…');
  });

  it('names the boundaries file when it is broken', async () => {
    renderPanel(<MapPanel />, { broken: { 'gansu-prefectures.topo.json': '{"type": "Topology"}' } });
    expect(await within(panel()).findByRole('alert')).toHaveTextContent(/gansu-prefectures\.topo\.json 无法使用/);
  });
});
