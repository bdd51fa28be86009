import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ChartsPanel } from '@/features/report-charts/ChartsPanel';
import { currentIntent, useHovered } from '@/state/store';
import { renderPanel } from '../../render-panel';

/** What the map is told to highlight. */
function Highlighted() {
  return <output aria-label="highlighted">{useHovered() ?? ''}</output>;
}
const highlighted = () => screen.getByRole('status', { name: 'highlighted' });

const chart = (name: RegExp) => screen.getByRole('figure', { name });
/** A school's bar in the drawn per-school chart: a button named by the school, its value and what a click does. */
const bar = (figure: HTMLElement, school: string) =>
  within(figure).getByRole('button', { name: new RegExp(`^${school}：`) });

describe('the per-school bars (plain SVG)', () => {
  it('compares a school when its bar is clicked, or chosen with Enter from the keyboard', async () => {
    renderPanel(<ChartsPanel />);
    const students = chart(/各校在校生人数/);
    await userEvent.click(bar(students, '兰州石化职业技术大学'));
    expect(currentIntent().compared).toEqual(['lz-petrochemical']);
    bar(students, '酒泉职业技术学院').focus();
    await userEvent.keyboard('{Enter}');
    expect(currentIntent().compared).toEqual(['lz-petrochemical', 'jiuquan']);
  });

  it('highlights the hovered school on the map and tells its value and share, by pointer or by focus', () => {
    renderPanel(
      <>
        <ChartsPanel />
        <Highlighted />
      </>,
    );
    const students = chart(/各校在校生人数/);
    const petrochemical = bar(students, '兰州石化职业技术大学');
    fireEvent.mouseEnter(petrochemical);
    expect(highlighted()).toHaveTextContent('lz-petrochemical');
    const tip = within(students).getByRole('tooltip');
    expect(tip).toHaveTextContent('25,688 人');
    expect(tip).toHaveTextContent('占全省合计 294,013 人的 8.7%');
    fireEvent.mouseLeave(petrochemical);
    expect(highlighted()).toBeEmptyDOMElement();
    fireEvent.focus(bar(students, '酒泉职业技术学院'));
    expect(within(students).getByRole('tooltip')).toHaveTextContent('12,997 人');
  });

  it('draws a school a table does not report as a gap that says so, never as 0', async () => {
    renderPanel(<ChartsPanel />, { intent: { prefecture: 'dingxi' } });
    await userEvent.click(screen.getByRole('tab', { name: '资源与专业' }));
    const majors = chart(/新增专业数/);
    expect(bar(majors, '定西职业技术学院')).toHaveAccessibleName('定西职业技术学院：未报告，点击加入对比');
    expect(within(bar(majors, '定西职业技术学院')).getByText('未报告')).toBeInTheDocument();
  });

  it('shows the top 15 and every school on request', async () => {
    renderPanel(<ChartsPanel />);
    const students = chart(/各校在校生人数/);
    expect(within(students).getAllByRole('button', { name: /点击加入对比$/ })).toHaveLength(14);
    await userEvent.click(within(students).getByRole('button', { name: '显示全部 29 所' }));
    expect(within(students).getAllByRole('button', { name: /点击加入对比$/ })).toHaveLength(29);
  });
});
