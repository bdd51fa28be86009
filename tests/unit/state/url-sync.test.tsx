import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { UrlNotice } from '@/app/UrlNotice';
import type { Schools } from '@/data/domain';
import { schoolsQuery } from '@/data/queries';
import { actions } from '@/state/store';
import { currentAddress, useKnownSchools, useUrlSync } from '@/state/use-url-sync';
import { dataset, filterBar, renderPanel } from '../render-panel';

const knownIds = new Set(dataset<Schools>(schoolsQuery).byId.keys());

/** What the app shell does with the address: sync it, check compared schools, say what was dropped. */
function Synced() {
  useUrlSync();
  useKnownSchools(knownIds);
  return <UrlNotice />;
}

function openAt(search: string) {
  window.history.replaceState(null, '', `/${search}`);
  const entries = window.history.length;
  renderPanel(
    <>
      <Synced />
      {filterBar()}
    </>,
  );
  return { added: () => window.history.length - entries };
}

const select = (name: string) => screen.getByRole<HTMLSelectElement>('combobox', { name });
/** The notice of dropped parameters (the filter bar's count is a status too). */
const notice = () => screen.getByText(/已忽略|were ignored/);
const back = () => act(() => window.history.back());
const forward = () => act(() => window.history.forward());

describe('the address and the store, kept in step', () => {
  it('opens the view the address describes, without adding a history entry', () => {
    const history = openAt('?prefecture=jiuquan&tier=junior-college');
    expect(select('市（州）').value).toBe('jiuquan');
    expect(select('办学层次').value).toBe('junior-college');
    expect(screen.getByText('1 所学校（共 29 所）')).toBeInTheDocument();
    expect(history.added()).toBe(0);
  });

  it('pushes one entry per change, which back and forward step through', async () => {
    const history = openAt('');
    await userEvent.selectOptions(select('办学层次'), 'undergraduate');
    await waitFor(() => expect(window.location.search).toBe('?tier=undergraduate'));
    await userEvent.selectOptions(select('办学属性'), 'public');
    await waitFor(() => expect(window.location.search).toBe('?tier=undergraduate&ownership=public'));
    expect(history.added()).toBe(2);

    back();
    await waitFor(() => expect(window.location.search).toBe('?tier=undergraduate'));
    await waitFor(() => expect(select('办学属性').value).toBe(''));
    expect(select('办学层次').value).toBe('undergraduate');
    back();
    await waitFor(() => expect(select('办学层次').value).toBe(''));
    expect(window.location.search).toBe('');

    forward();
    await waitFor(() => expect(select('办学层次').value).toBe('undergraduate'));
    forward();
    await waitFor(() => expect(select('办学属性').value).toBe('public'));
    // Restoring an entry is not a change of its own: the history did not grow.
    expect(history.added()).toBe(2);
  });

  it('writes the address after the change has painted, and knows it at once', async () => {
    const history = openAt('');
    act(() => actions.prefectureChosen('jiuquan'));
    // Not yet written (the views paint first), but links and printouts already get the new address.
    expect(window.location.search).toBe('');
    expect(currentAddress()).toBe(`${window.location.origin}/?prefecture=jiuquan`);
    await waitFor(() => expect(window.location.search).toBe('?prefecture=jiuquan'));
    expect(history.added()).toBe(1);
  });

  it('gives changes made before the address is written one entry, and writes it when the page is left', () => {
    const history = openAt('');
    act(() => {
      actions.prefectureChosen('jiuquan');
      actions.tierChosen('junior-college');
    });
    window.dispatchEvent(new Event('pagehide'));
    expect(window.location.search).toBe('?prefecture=jiuquan&tier=junior-college');
    expect(history.added()).toBe(1);
  });

  it('drops a pending change when back or forward arrives first, so the entry left is not rewritten', async () => {
    const history = openAt('?tier=undergraduate');
    act(() => actions.prefectureChosen('jiuquan'));
    // What a back button does before the push was written: the address changes, then popstate.
    act(() => {
      window.history.replaceState(null, '', '/');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    await waitFor(() => expect(select('办学层次').value).toBe(''));
    expect(select('市（州）').value).toBe('');
    await new Promise((done) => setTimeout(done, 100));
    expect(window.location.search).toBe('');
    expect(history.added()).toBe(0);
  });

  it('replaces an invalid parameter in place, keeps the valid ones and says what it dropped', async () => {
    const history = openAt('?prefecture=atlantis&tier=junior-college&x=1');
    expect(window.location.search).toBe('?tier=junior-college');
    expect(history.added()).toBe(0);
    expect(notice()).toHaveTextContent('prefecture=atlantis');
    expect(notice()).toHaveTextContent('x=1');
    expect(screen.getByText('27 所学校（共 29 所）')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '知道了' }));
    expect(screen.queryByText(/已忽略/)).toBeNull();
  });

  it('drops compared schools that schools.json does not have, in place and with a notice', () => {
    const history = openAt('?compare=lz-petrochemical,hogwarts');
    expect(window.location.search).toBe('?compare=lz-petrochemical');
    expect(history.added()).toBe(0);
    expect(notice()).toHaveTextContent('compare=hogwarts');
  });

  it('drops an unknown metric with a notice rather than colouring by another', () => {
    openAt('?metric=height&lang=en');
    expect(window.location.search).toBe('?lang=en');
    expect(notice()).toHaveTextContent('metric=height');
  });
});
