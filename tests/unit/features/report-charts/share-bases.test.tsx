import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Province } from '@/data/domain';
import { provinceQuery } from '@/data/queries';
import { ChartsPanel } from '@/features/report-charts/ChartsPanel';
import { actions } from '@/state/store';
import { dataset, renderPanel } from '../../render-panel';

const province = dataset<Province>(provinceQuery);

// The province charts are a lazily loaded chunk (with recharts): load it once up front, so no test
// waits for it to be transformed on a busy machine.
beforeAll(async () => {
  await import('@/features/report-charts/ProvinceCharts');
});
const grouped = (n: number) => n.toLocaleString('en-US');

/** Hovers a chart's plot and returns the line of its tooltip that names what the share is of. */
async function shareLine(chart: HTMLElement, pattern: RegExp): Promise<string> {
  // recharts finds the hovered row from the pointer; any row will do, the base is the same for all.
  fireEvent.mouseMove(within(chart).getByRole('application'), { clientX: 300, clientY: 40 });
  return (await within(chart).findByText(pattern)).textContent ?? '';
}

// The share bases of two province charts are written into their messages; these tests hold them to
// the data, so a corrected figure cannot leave a stale base on screen.
describe('what a share is of, in the tooltips of the province charts', () => {
  it('图3 gives shares of the graduates of 2023 as the data has them', async () => {
    const graduates = province.figureById.get('graduates-2023')?.value ?? NaN;
    renderPanel(<ChartsPanel />);
    await userEvent.click(screen.getByRole('tab', { name: '生源与去向' }));
    const chart = await screen.findByRole('figure', { name: /毕业生去向/ });
    expect(await shareLine(chart, /^占.*的 [\d.]+%$/)).toContain(`${grouped(graduates)} 人`);
    act(() => actions.languageChosen('en'));
    expect(await shareLine(chart, /^[\d.]+% of /)).toContain(`${grouped(graduates)} graduates`);
  });

  it('表7 gives shares of the training attendances as the data has them', async () => {
    renderPanel(<ChartsPanel />);
    await userEvent.click(screen.getByRole('tab', { name: '师资与培训' }));
    const chart = await screen.findByRole('figure', { name: /非学历培训人次/ });
    expect(await shareLine(chart, /^占.*的 [\d.]+%$/)).toContain(grouped(province.training.totalPersons));
  });
});
