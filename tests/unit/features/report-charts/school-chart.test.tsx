import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ChartsPanel } from '@/features/report-charts/ChartsPanel';
import { actions, currentIntent, useHovered } from '@/state/store';
import { renderPanel } from '../../render-panel';

/** What the map is told to highlight. */
function Highlighted() {
  return <output aria-label="highlighted">{useHovered() ?? ''}</output>;
}
const highlighted = () => screen.getByRole('status', { name: 'highlighted' });

const chart = (name: RegExp) => screen.getByRole('figure', { name });
/** A school's bar: a button named by the school, its value and what a click does. */
const bar = (figure: HTMLElement, school: string) =>
  within(figure).getByRole('button', { name: new RegExp(`^${school} .*，查看学校概况$`) });
const plus = (figure: HTMLElement, school: string) =>
  within(figure).getByRole('button', { name: `加入对比：${school}` });

describe('the per-school bars', () => {
  it('open a school’s profile when clicked, or chosen with Enter from the keyboard', async () => {
    renderPanel(<ChartsPanel />);
    const students = chart(/各校在校生人数/);
    await userEvent.click(bar(students, '兰州石化职业技术大学'));
    expect(currentIntent().school).toBe('lz-petrochemical');
    expect(currentIntent().compared).toEqual([]);
    bar(students, '酒泉职业技术学院').focus();
    await userEvent.keyboard('{Enter}');
    expect(currentIntent().school).toBe('jiuquan');
  });

  it('add a school to the comparison with the + at its end, and take it out again; four at most', async () => {
    renderPanel(<ChartsPanel />, { intent: { compared: ['gs-forestry', 'gs-mechatronics', 'gs-industry'] } });
    const students = chart(/各校在校生人数/);
    await userEvent.click(plus(students, '兰州石化职业技术大学'));
    expect(currentIntent().compared).toEqual(['gs-forestry', 'gs-mechatronics', 'gs-industry', 'lz-petrochemical']);
    expect(plus(students, '兰州石化职业技术大学')).toHaveAttribute('aria-pressed', 'true');
    const fifth = plus(students, '酒泉职业技术学院');
    expect(fifth).toHaveAttribute('aria-disabled', 'true');
    expect(fifth).toHaveAttribute('title', '最多对比 4 所学校');
    await userEvent.click(fifth);
    expect(currentIntent().compared).toHaveLength(4);
    plus(students, '兰州石化职业技术大学').focus();
    await userEvent.keyboard('{Enter}');
    expect(currentIntent().compared).toEqual(['gs-forestry', 'gs-mechatronics', 'gs-industry']);
  });

  it('highlight the hovered school on the map and tell its value, share of the province and rank', () => {
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
    expect(tip).toHaveTextContent('占全省 294,013 人的 8.7%');
    expect(tip).toHaveTextContent('全省第 1/29');
    fireEvent.mouseLeave(petrochemical);
    expect(highlighted()).toBeEmptyDOMElement();
    fireEvent.focus(bar(students, '酒泉职业技术学院'));
    expect(within(students).getByRole('tooltip')).toHaveTextContent('12,997 人');
  });

  it('say a tie is a tie: 兰州石化 shares its 0 national courses joined with most schools', () => {
    renderPanel(<ChartsPanel />, {
      intent: { tab: 'resources', metric: 'national-courses-joined', expanded: ['online-resources'] },
    });
    const courses = chart(/参与国家级精品在线开放课程数量/);
    fireEvent.mouseEnter(bar(courses, '兰州石化职业技术大学'));
    expect(within(courses).getByRole('tooltip')).toHaveTextContent('全省26 所为 0（共 28 所）');
    act(() => actions.metricChosen('national-courses-led'));
    fireEvent.mouseEnter(bar(chart(/主持国家级精品在线开放课程数量/), '兰州石化职业技术大学'));
    expect(screen.getByRole('tooltip')).toHaveTextContent('全省并列第 1/28（9 所）');
  });

  it('draw a school a table does not report as a gap that says so, never as 0', () => {
    renderPanel(<ChartsPanel />, { intent: { prefecture: 'dingxi', tab: 'resources' } });
    const majors = chart(/新增专业数/);
    expect(bar(majors, '定西职业技术学院')).toHaveAccessibleName('定西职业技术学院 未报告，查看学校概况');
    expect(within(bar(majors, '定西职业技术学院')).getByText('未报告')).toBeInTheDocument();
  });

  it('in English are named by what they show and what they do', () => {
    renderPanel(<ChartsPanel />, { intent: { lang: 'en' } });
    const students = chart(/Enrolled students by school/);
    expect(
      within(students).getByRole('button', {
        name: 'Lanzhou Petrochemical 25,688 students: open the school’s profile',
      }),
    ).toBeInTheDocument();
    expect(within(students).getByRole('button', { name: 'Compare: Lanzhou Petrochemical' })).toBeInTheDocument();
    act(() => actions.languageChosen('zh'));
    expect(bar(chart(/各校在校生人数/), '兰州石化职业技术大学')).toBeInTheDocument();
  });
});
