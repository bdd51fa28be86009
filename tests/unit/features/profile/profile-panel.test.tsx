import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ProfilePanel } from '@/features/profile/ProfilePanel';
import type { Intent } from '@/state/intent';
import { printingChanged } from '@/state/printing';
import { currentIntent, useLang } from '@/state/store';
import { useExportableModels } from '@/state/exportables';
import { registrySettled, renderPanel, type PanelOptions } from '../../render-panel';

/** Shows which views the presentation pack could take now, as the export panel would. */
function Exportables() {
  const models = useExportableModels();
  useLang();
  return (
    <output aria-label="exportables">
      {Object.values(models)
        .map((m) => m.title)
        .join('|')}
    </output>
  );
}

function openPanel(intent: Partial<Intent> = {}, options: PanelOptions = {}) {
  renderPanel(
    <>
      <ProfilePanel />
      <Exportables />
    </>,
    { ...options, intent },
  );
  return screen.getByRole('region', { name: intent.lang === 'en' ? 'School profile' : '学校概况' });
}
const profile = (panel: HTMLElement, name: string) =>
  within(panel).getByRole('article', { name: new RegExp(`^${name}`) });
const figureRow = (panel: HTMLElement, label: RegExp) =>
  within(within(panel).getByRole('table', { name: /各项指标|Every figure/ })).getByRole('row', { name: label });

describe('the profile panel', () => {
  it('finds 酒泉职业技术学院 by name and shows its figures with honest ranks and its cases', async () => {
    const panel = openPanel();
    expect(within(panel).getByText(/输入学校名称查看它的概况/)).toBeInTheDocument();
    await userEvent.type(within(panel).getByRole('combobox', { name: '查找学校' }), '酒泉职业技术学院{Enter}');
    expect(currentIntent().school).toBe('jiuquan');
    const article = profile(panel, '酒泉职业技术学院');
    expect(figureRow(panel, /^在校生人数/)).toHaveTextContent('12,997 人');
    expect(figureRow(panel, /^在校生人数/)).toHaveTextContent('全省第 6/29');
    expect(figureRow(panel, /^招生数（2022级）/)).toHaveTextContent('4,442 人');
    expect(figureRow(panel, /^毕业生数（2023届）/)).toHaveTextContent('4,635 人');
    expect(figureRow(panel, /^主持国家级教学资源库数量/)).toHaveTextContent('全省并列第 1/28（4 所）');
    expect(figureRow(panel, /^当年新增专业数/)).toHaveTextContent('未报告，不排名');
    const cases = within(article).getByRole('region', { name: '典型案例' });
    for (const id of ['案例03', '案例09', '案例16']) expect(within(cases).getByText(id)).toBeInTheDocument();
    expect(within(article).getByText(/胡杨文化/, { selector: '.profile-list-title *' })).toBeInTheDocument();
    expect(within(article).getByText('高水平专业群建设单位')).toBeInTheDocument();
  });

  it('says so where most schools share a value, instead of a rank, and shows a former name with its source', async () => {
    const panel = openPanel();
    await userEvent.type(within(panel).getByRole('combobox', { name: '查找学校' }), '兰州石化职业技术学院{Enter}');
    profile(panel, '兰州石化职业技术大学');
    expect(figureRow(panel, /^参与国家级精品在线开放课程数量/)).toHaveTextContent('全省26 所为 0（共 28 所）');
    expect(within(panel).getByText(/兰州石化职业技术学院（曾用名，表12 · 第\d+页）/)).toBeInTheDocument();
  });

  it('offers every school a partial name matches, and says when none does', async () => {
    const panel = openPanel();
    const search = within(panel).getByRole('combobox', { name: '查找学校' });
    await userEvent.type(search, 'Hogwarts{Enter}');
    expect(within(panel).getByText('没有找到“Hogwarts”。')).toBeInTheDocument();
    await userEvent.clear(search);
    await userEvent.type(search, '兰州{Enter}');
    expect(within(panel).getByText(/“兰州”对应多所学校/)).toBeInTheDocument();
    await userEvent.click(within(panel).getByRole('button', { name: '兰州职业技术学院' }));
    expect(currentIntent().school).toBe('lz-vocational');
    profile(panel, '兰州职业技术学院');
  });

  it('opens the comparison with the peers’ median, and closes', async () => {
    const panel = openPanel({ school: 'jiuquan' });
    expect(within(panel).getByText(/专科层次·综合院校，共 10 所（含本校）/)).toBeInTheDocument();
    await userEvent.click(within(panel).getByRole('button', { name: '与同类学校对比' }));
    expect(currentIntent()).toMatchObject({ compared: ['jiuquan'], benchmarks: ['peers'] });
    await userEvent.click(within(panel).getByRole('button', { name: '关闭概况：酒泉职业技术学院' }));
    expect(currentIntent().school).toBeNull();
    expect(within(panel).queryByRole('article')).toBeNull();
  });

  it('is offered for export while open, titled with the school, and not once closed', async () => {
    const panel = openPanel({ school: 'jiuquan' });
    await registrySettled();
    expect(screen.getByRole('status', { name: 'exportables' })).toHaveTextContent('学校概况：酒泉职业技术学院');
    expect(within(panel).getByRole('button', { name: '导出：学校概况：酒泉职业技术学院' })).toBeInTheDocument();
    await userEvent.click(within(panel).getByRole('button', { name: /^关闭概况/ }));
    await registrySettled();
    expect(screen.getByRole('status', { name: 'exportables' })).toHaveTextContent(/^$/);
  });

  it('marks figures and entries that a data note touches, linking to the note', () => {
    const panel = openPanel({ school: 'jiuquan' });
    const mark = within(figureRow(panel, /^毕业生数（2023届）/)).getByRole('link', { name: /毕业生人数前三名/ });
    expect(mark).toHaveAttribute('href', '#data-note-ranking-graduates');
    const notes = within(panel).getByRole('region', { name: '数据说明' });
    expect(within(notes).getByText(/冈比亚职业标准编号与数量/)).toBeInTheDocument();
    // A note on another school's enrolment does not touch this one.
    expect(within(notes).queryByText(/在校生规模/)).toBeNull();
  });

  it('names a broken lists.json and cases.json while its figures still show', () => {
    const panel = openPanel({ school: 'jiuquan' }, { broken: { 'lists.json': null, 'cases.json': '{"cases": 1' } });
    expect(figureRow(panel, /^在校生人数/)).toHaveTextContent('12,997 人');
    return Promise.all([
      within(within(panel).getByRole('region', { name: '报告名单' })).findByRole('alert'),
      within(within(panel).getByRole('region', { name: '典型案例' })).findByRole('alert'),
    ]).then(([lists, cases]) => {
      expect(lists).toHaveTextContent('lists.json');
      expect(cases).toHaveTextContent('cases.json');
    });
  });

  it('is all English in English, the Chinese name one hover away', () => {
    const panel = openPanel({ school: 'jiuquan', lang: 'en' });
    const heading = within(panel).getByRole('heading', { name: /^Jiuquan Vocational and Technical College/ });
    expect(heading).toHaveAttribute('title', '酒泉职业技术学院');
    expect(figureRow(panel, /^National teaching resource libraries led/)).toHaveTextContent(
      'joint #1 of 28 in the province (4 schools)',
    );
    const [value] = within(figureRow(panel, /^National teaching resource libraries led/)).getAllByRole('cell');
    expect(value).toHaveTextContent(/^1 library$/);
    // The export menu's choices are the shared menu's, hidden until it opens.
    const shown = panel.cloneNode(true) as HTMLElement;
    shown.querySelectorAll('[data-export-menu]').forEach((menu) => menu.remove());
    expect(shown.textContent).not.toMatch(/[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/);
  });

  it('unfolds the peer list on paper, names as text', () => {
    const panel = openPanel({ school: 'jiuquan' });
    act(() => printingChanged(true));
    try {
      const peers = within(panel).getByText('同类学校名单').closest('details');
      expect(peers).toHaveAttribute('open');
      expect(within(peers!).queryAllByRole('button')).toHaveLength(0);
    } finally {
      act(() => printingChanged(false));
    }
  });
});
