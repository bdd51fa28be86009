import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { MapPanel } from '@/features/map/MapPanel';
import { NO_SCHOOL_FILL } from '@/features/map/classify';
import { printingChanged } from '@/state/printing';
import { currentIntent } from '@/state/store';
import { filterBar, renderPanel } from '../../render-panel';

const panel = () => screen.getByRole('region', { name: '各市（州）分布' });
const prefecture = (name: string) => within(panel()).getByRole('button', { name: new RegExp(`^${name}：`) });
const marker = (name: string) => within(panel()).getByRole('button', { name: new RegExp(`^${name}，在校生`) });

describe('the map panel', () => {
  it('colours the prefectures by students, with 甘南州 drawn apart as having no school', () => {
    renderPanel(<MapPanel />);
    expect(prefecture('酒泉市')).toHaveAccessibleName(
      '酒泉市：12,997 人，第 4 名（共 13 个有数据的市州），占全省 4.4%（全省合计 294,013 人）',
    );
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

  it('keeps 酒泉市 at its share of the province under ?prefecture=jiuquan, in the table too', async () => {
    renderPanel(<MapPanel />, { intent: { prefecture: 'jiuquan' } });
    expect(prefecture('酒泉市')).toHaveAccessibleName(/占全省 4\.4%（全省合计 294,013 人），占所显示学校 100%/);
    await userEvent.click(within(panel()).getByRole('button', { name: '表格' }));
    expect(currentIntent().tables).toEqual(['map']);
    const table = within(panel()).getByRole('table');
    expect(within(table).getByRole('columnheader', { name: '占全省（合计 294,013 人）' })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /^酒泉市/ })).toHaveTextContent('酒泉市12,9974.4%100%11');
  });

  it('shows a marker per school in view; a click opens a popup to see its profile or compare it', async () => {
    renderPanel(<MapPanel />, { intent: { prefecture: 'jiuquan' } });
    expect(within(panel()).getAllByRole('button', { name: /按回车查看概况或加入对比$/ })).toHaveLength(1);
    fireEvent.click(marker('酒泉职业技术学院'));
    const popup = await within(panel()).findByRole('dialog', { name: '酒泉职业技术学院' });
    expect(popup).toHaveTextContent('12,997 人');
    await userEvent.click(within(popup).getByRole('button', { name: '加入对比' }));
    expect(currentIntent().compared).toEqual(['jiuquan']);
    expect(within(popup).getByRole('button', { name: '移出对比' })).toBeInTheDocument();
    await userEvent.click(within(popup).getByRole('button', { name: '查看学校概况' }));
    expect(currentIntent().school).toBe('jiuquan');
    expect(within(panel()).queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('opens the popup from the keyboard, focused inside, and Esc gives the focus back to the marker', async () => {
    renderPanel(<MapPanel />, { intent: { prefecture: 'jiuquan', compared: ['a1', 'a2', 'a3', 'a4'] } });
    fireEvent.keyDown(marker('酒泉职业技术学院'), { key: 'Enter' });
    const popup = await within(panel()).findByRole('dialog', { name: '酒泉职业技术学院' });
    await waitFor(() => expect(within(popup).getByRole('button', { name: '查看学校概况' })).toHaveFocus());
    // Four schools already: the comparison says why it takes no fifth.
    expect(within(popup).getByRole('button', { name: '对比已满（最多 4 所）' })).toBeDisabled();
    await userEvent.keyboard('{Escape}');
    expect(within(panel()).queryByRole('dialog')).not.toBeInTheDocument();
    expect(marker('酒泉职业技术学院')).toHaveFocus();
    // The Esc closed the popup only; the prefecture is still chosen.
    expect(currentIntent().prefecture).toBe('jiuquan');
  });

  it('colours by another metric, says where a report list comes from, and tabulates it', async () => {
    renderPanel(<MapPanel />);
    const picker = within(panel()).getByRole('combobox', { name: '着色指标' });
    expect(within(picker).getByRole('option', { name: '在校生人数（表2 · 第6页）' })).toBeInTheDocument();
    await userEvent.selectOptions(picker, 'learning-stars-province');
    expect(currentIntent().metric).toBe('learning-stars-province');
    expect(within(panel()).getByText(/该指标来自报告名单（表8/)).toBeInTheDocument();
    // A list counts prefectures, so 甘南州 is not "no school" here.
    expect(prefecture('甘南州')).not.toHaveAccessibleName(/无高职院校/);
    await userEvent.click(within(panel()).getByRole('button', { name: '表格' }));
    const table = within(panel()).getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(15);
    expect(within(table).getByRole('columnheader', { name: /^占全省名单（共 18 人）$/ })).toBeInTheDocument();
  });

  it('is in English with English punctuation, units and sources when English is chosen', () => {
    renderPanel(<MapPanel />, { intent: { lang: 'en', metric: 'schools' } });
    const region = screen.getByRole('region', { name: 'By prefecture' });
    expect(within(region).getByRole('heading', { level: 3 })).toHaveTextContent(/^By prefecture: Schools$/);
    expect(within(region).getByRole('button', { name: /^Jiuquan: 1 school, / })).toBeInTheDocument();
    expect(within(region).getByRole('option', { name: 'Enrolled students (Table 2, p. 6)' })).toBeInTheDocument();
    // The shared export menu is checked where it is made (src/components/export).
    const own = region.cloneNode(true) as HTMLElement;
    own.querySelectorAll('.export-menu').forEach((menu) => menu.remove());
    expect(own.textContent).not.toMatch(/[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/);
  });

  it('prints a static drawing of the map with its legend and the table below it', async () => {
    renderPanel(<MapPanel />);
    act(() => printingChanged(true));
    try {
      // Loaded for paper only; until then the Print button waits on the loading mark.
      const drawing = await within(panel()).findByRole('img', { name: '甘肃省各市（州）示意图：在校生人数' });
      expect(drawing.querySelectorAll('[data-prefecture-shape]')).toHaveLength(14);
      expect(within(panel()).queryByRole('button', { name: /^酒泉市：/ })).not.toBeInTheDocument();
      expect(within(panel()).getByRole('group', { name: '图例（人）' })).toBeInTheDocument();
      expect(within(within(panel()).getByRole('table')).getAllByRole('row')).toHaveLength(15);
    } finally {
      act(() => printingChanged(false));
    }
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
