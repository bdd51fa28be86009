import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UrlNotice } from '@/app/UrlNotice';
import type { DataNotes } from '@/data/domain';
import { dataNotesQuery } from '@/data/queries';
import { NotesPanel } from '@/features/notes/NotesPanel';
import type { Intent } from '@/state/intent';
import { printingChanged } from '@/state/printing';
import { currentIntent } from '@/state/store';
import { readDataFile } from '../../data-files';
import { dataset, renderPanel, type PanelOptions } from '../../render-panel';

const notes = () => dataset<DataNotes>(dataNotesQuery).notes;

function openPanel(intent: Partial<Intent> = {}, options: PanelOptions = {}) {
  renderPanel(<NotesPanel />, { ...options, intent });
  return screen.getByRole('region', {
    name: intent.lang === 'en' ? 'Data notes: where the report contradicts itself' : '数据说明：报告中的不一致之处',
  });
}
const shownNotes = (panel: HTMLElement) => panel.querySelectorAll('details.data-note');
const openNotes = (panel: HTMLElement) => [...panel.querySelectorAll('details.data-note[open]')].map((d) => d.id);
const CJK = /[\u3400-\u9fff]/;

// jsdom lays nothing out and has no scrollIntoView: record which element was asked to scroll.
const scrolled: string[] = [];
beforeEach(() => {
  scrolled.length = 0;
  Element.prototype.scrollIntoView = vi.fn(function (this: Element) {
    scrolled.push(this.id);
  });
});
afterEach(() => printingChanged(false));

describe('the data-notes panel', () => {
  it('shows every note, with each value and its source cited with the printed page', async () => {
    const panel = openPanel();
    expect(shownNotes(panel)).toHaveLength(notes().length);
    const summary = within(panel).getByText('中外合作办学：表14列3个项目、13098名在校生，附表5只计1个专业、127人');
    await userEvent.click(summary);
    const note = summary.closest('details') as HTMLElement;
    const rows = within(note).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringContaining('13098 人表14 · 第46页'),
      expect.stringContaining('127 人附表5 · 第76页'),
      expect.stringContaining('635 人附表5 · 第76页'),
    ]);
    expect(within(note).getByText('自相矛盾')).toBeInTheDocument();
  });

  it('filters by kind, and says how many it shows', async () => {
    const panel = openPanel();
    const definitions = notes().filter((n) => n.kind === 'definitions');
    await userEvent.click(within(panel).getByRole('radio', { name: `口径不同（${definitions.length}）` }));
    expect(shownNotes(panel)).toHaveLength(definitions.length);
    expect(within(panel).getByText(`显示 ${definitions.length} / ${notes().length} 处`)).toBeInTheDocument();
    expect(within(panel).getByText(definitions[0]?.titleZh ?? '-')).toBeInTheDocument();
    expect(within(panel).queryByText('在校生规模第三名：正文与表2不一致')).not.toBeInTheDocument();
    await userEvent.click(within(panel).getByRole('radio', { name: /^存疑/ }));
    expect([...shownNotes(panel)].every((d) => d.getAttribute('data-kind') === 'question')).toBe(true);
    await userEvent.click(within(panel).getByRole('radio', { name: /^全部/ }));
    expect(shownNotes(panel)).toHaveLength(notes().length);
  });

  it('labels the filter and cites the pages in English', async () => {
    const panel = openPanel({ lang: 'en' });
    const group = within(panel).getByRole('group', { name: 'Show by kind' });
    const count = notes().filter((n) => n.kind === 'question').length;
    await userEvent.click(within(group).getByRole('radio', { name: `Question (${count})` }));
    expect(shownNotes(panel)).toHaveLength(count);
    const summary = within(panel).getByText('Table 18 may list one enterprise twice under two names');
    await userEvent.click(summary);
    const note = summary.closest('details') as HTMLElement;
    expect(within(note).getAllByText('Table 18, p. 61')).toHaveLength(2);
    expect(within(note).getByText('§6.5, p. 60')).toBeVisible();
  });

  it('opens the note a mark links to, even when the filter would hide it, and puts it in the URL', async () => {
    window.history.replaceState(null, '', '/#data-note-figure-reference');
    const panel = openPanel();
    await userEvent.click(within(panel).getByRole('radio', { name: /^口径不同/ }));
    const target = panel.querySelector('#data-note-figure-reference');
    expect(target).toHaveAttribute('open');
    expect(target).toHaveAttribute('data-kind', 'contradiction');
    expect(currentIntent().note).toBe('figure-reference');
  });

  it('opens a note when a mark is followed after the panel is drawn', () => {
    const panel = openPanel();
    expect(openNotes(panel)).toEqual([]);
    act(() => {
      window.history.replaceState(null, '', '/#data-note-ranking-enrolment');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(openNotes(panel)).toEqual(['data-note-ranking-enrolment']);
    expect(currentIntent().note).toBe('ranking-enrolment');
  });

  it('keeps the opened note in the URL: a click opens it (closing the one before), another closes it', async () => {
    const panel = openPanel();
    const [first, second] = notes();
    if (!first || !second) throw new Error('fixture');
    await userEvent.click(within(panel).getByText(first.titleZh));
    expect(openNotes(panel)).toEqual([`data-note-${first.id}`]);
    expect(currentIntent().note).toBe(first.id);
    await userEvent.click(within(panel).getByText(second.titleZh));
    expect(openNotes(panel)).toEqual([`data-note-${second.id}`]);
    await userEvent.click(within(panel).getByText(second.titleZh));
    expect(openNotes(panel)).toEqual([]);
    expect(currentIntent().note).toBeNull();
    // Opened where the reader already is, the note is not scrolled to.
    expect(scrolled).toEqual([]);
  });

  it('opens the note a shared address names and scrolls it into view', () => {
    const id = notes()[5]?.id ?? '';
    const panel = openPanel({ note: id });
    expect(openNotes(panel)).toEqual([`data-note-${id}`]);
    expect(scrolled).toEqual([`data-note-${id}`]);
  });

  it('drops a note the data does not have, with the URL notice', () => {
    renderPanel(
      <>
        <UrlNotice />
        <NotesPanel />
      </>,
      { intent: { note: 'no-such-note' } },
    );
    expect(currentIntent().note).toBeNull();
    // The app's URL notice names what it dropped.
    expect(screen.getByText(/note=no-such-note/).closest('[role="status"]')).not.toBeNull();
    expect(document.querySelectorAll('details.data-note[open]')).toHaveLength(0);
  });

  it('prints every note shown open: all of them, or those of the chosen kind', async () => {
    const panel = openPanel();
    act(() => printingChanged(true));
    expect(openNotes(panel)).toHaveLength(notes().length);
    await userEvent.click(within(panel).getByRole('radio', { name: /^存疑/ }));
    const questions = notes().filter((n) => n.kind === 'question');
    expect(openNotes(panel)).toEqual(questions.map((n) => `data-note-${n.id}`));
  });

  it('shows the data’s text as text, never as markup', () => {
    const file = readDataFile('data-notes.json') as { notes: { titleZh: string }[] };
    const first = file.notes[0];
    if (first) first.titleZh = '<img src=x onerror="alert(1)">标题';
    const panel = openPanel({}, { broken: { 'data-notes.json': JSON.stringify(file) } });
    return within(panel)
      .findByText('<img src=x onerror="alert(1)">标题')
      .then((el) => expect(el.querySelector('img')).toBeNull());
  });

  it('names the file and the problem when data-notes.json is broken', async () => {
    const panel = openPanel({}, { broken: { 'data-notes.json': '{"notes": [' } });
    expect(await within(panel).findByRole('alert')).toHaveTextContent('data-notes.json');
  });
});

describe('the data-notes panel in English', () => {
  it('shows the dashboard’s English for values, with the Chinese original on hover', async () => {
    const panel = openPanel({ lang: 'en' });
    const summary = within(panel).getByText('Government research funding: the text and Appendix 4 disagree');
    await userEvent.click(summary);
    const note = summary.closest('details') as HTMLElement;
    const value = within(note).getByText('¥24,824,900 (printed as 2482.49 × ¥10,000)');
    expect(value).toHaveAttribute('title', '2482.49 万元');
    expect(summary).toHaveAttribute('title', '纵向科研经费：正文与附表4不一致');
    // Only the originals in title attributes are Chinese: no Chinese on screen.
    expect(note.textContent).not.toMatch(CJK);
  });

  it('has no Chinese on screen with every note open', () => {
    const panel = openPanel({ lang: 'en' });
    act(() => printingChanged(true));
    expect(openNotes(panel)).toHaveLength(notes().length);
    expect(panel.textContent).not.toMatch(CJK);
  });
});
