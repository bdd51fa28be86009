import { act, fireEvent, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Province } from '@/data/domain';
import { provinceQuery } from '@/data/queries';
import { ChartsPanel } from '@/features/report-charts/ChartsPanel';
import { actions } from '@/state/store';
import { dataset, renderPanel } from '../../render-panel';

const province = dataset<Province>(provinceQuery);

// The province charts are a lazily loaded chunk: load it once up front, so no test waits for it
// to be transformed on a busy machine.
beforeAll(async () => {
  await import('@/features/report-charts/ProvinceCharts');
});
const grouped = (n: number) => n.toLocaleString('en-US');

/** Hovers one bar of a chart and returns its tooltip's text. */
function tooltipOf(chart: HTMLElement, barKey: string): string {
  const bar = chart.querySelector(`g[data-bar="${barKey}"]`);
  if (!bar) throw new Error(`no bar ${barKey}`);
  fireEvent.mouseEnter(bar);
  return within(chart).getByRole('tooltip').textContent ?? '';
}

// The share bases come from the data as params of their messages: a corrected figure cannot leave
// a stale base on screen.
describe('what a share is of, in the tooltips of the province charts', () => {
  it('图3 gives shares of the graduates of 2023 as the data has them', async () => {
    const graduates = province.figureById.get('graduates-2023')?.value ?? NaN;
    renderPanel(<ChartsPanel />, { intent: { tab: 'students' } });
    const chart = await screen.findByRole('figure', { name: /毕业生去向/ });
    expect(tooltipOf(chart, 'not-placed')).toContain(`占2023届毕业生 ${grouped(graduates)} 人的`);
    act(() => actions.languageChosen('en'));
    const english = screen.getByRole('figure', { name: /Destinations of the class of 2023/ });
    expect(tooltipOf(english, 'not-placed')).toContain(`of the ${grouped(graduates)} graduates of 2023`);
  });

  it('表7 gives shares of the training attendances as the data has them', async () => {
    renderPanel(<ChartsPanel />, { intent: { tab: 'teachers' } });
    const chart = await screen.findByRole('figure', { name: /非学历培训人次/ });
    expect(tooltipOf(chart, 'other')).toContain(`占培训总计 ${grouped(province.training.totalPersons)} 人次的`);
  });
});
