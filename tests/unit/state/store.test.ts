import { describe, expect, it, vi } from 'vitest';
import { defaultIntent } from '@/state/intent';
import { actions, currentIntent, subscribeToIntent } from '@/state/store';

const compared = () => currentIntent().compared;

describe('the store of user intent', () => {
  it('selects a prefecture on a click and clears it on a second click of the same one', () => {
    actions.prefectureClicked('jiuquan');
    expect(currentIntent().prefecture).toBe('jiuquan');
    actions.prefectureClicked('lanzhou');
    expect(currentIntent().prefecture).toBe('lanzhou');
    actions.prefectureClicked('lanzhou');
    expect(currentIntent().prefecture).toBeNull();
  });

  it('chooses and clears a prefecture from the filter bar, where choosing twice keeps it', () => {
    actions.prefectureChosen('dingxi');
    actions.prefectureChosen('dingxi');
    expect(currentIntent().prefecture).toBe('dingxi');
    actions.prefectureCleared();
    expect(currentIntent().prefecture).toBeNull();
  });

  it('compares at most four schools, each once, in the order they were added', () => {
    for (const id of ['a', 'b', 'b', 'c', 'd', 'e']) actions.schoolCompared(id);
    expect(compared()).toEqual(['a', 'b', 'c', 'd']);
    actions.schoolUncompared('b');
    expect(compared()).toEqual(['a', 'c', 'd']);
    actions.schoolCompared('e');
    expect(compared()).toEqual(['a', 'c', 'd', 'e']);
  });

  it('swaps the order of two compared schools, and clears them', () => {
    actions.schoolCompared('a');
    actions.schoolCompared('b');
    actions.comparisonSwapped();
    expect(compared()).toEqual(['b', 'a']);
    actions.comparisonSwapped();
    expect(compared()).toEqual(['a', 'b']);
    actions.comparisonCleared();
    expect(compared()).toEqual([]);
  });

  it('clears every filter at once and nothing else', () => {
    actions.prefectureChosen('lanzhou');
    actions.tierChosen('junior-college');
    actions.ownershipChosen('private');
    actions.schoolTypeChosen('languages');
    actions.schoolCompared('a');
    actions.metricChosen('graduates');
    actions.languageChosen('en');
    actions.filtersCleared();
    expect(currentIntent()).toEqual({ ...defaultIntent, compared: ['a'], metric: 'graduates', lang: 'en' });
  });

  it('takes a restored intent whole', () => {
    actions.prefectureChosen('lanzhou');
    actions.schoolCompared('a');
    const restored = { ...defaultIntent, tier: 'undergraduate' as const, compared: ['x', 'y'] };
    actions.intentRestored(restored);
    expect(currentIntent()).toEqual(restored);
  });

  it('tells the URL about changes of intent, and not about the hovered school', () => {
    const listener = vi.fn();
    const unsubscribe = subscribeToIntent(listener);
    actions.schoolHovered('a');
    expect(listener).not.toHaveBeenCalled();
    expect(currentIntent()).not.toHaveProperty('hovered');
    for (const change of [
      () => actions.prefectureChosen('lanzhou'),
      () => actions.tierChosen('undergraduate'),
      () => actions.ownershipChosen('public'),
      () => actions.schoolTypeChosen('medicine'),
      () => actions.schoolCompared('a'),
      () => actions.metricChosen('graduates'),
      () => actions.schoolOpened('jiuquan'),
      () => actions.benchmarkToggled('province'),
      () => actions.chartTabChosen('contests'),
      () => actions.viewShownAs('per-school', 'table'),
      () => actions.showAllToggled('per-school'),
      () => actions.noteOpened('graduate-survey'),
      () => actions.languageChosen('en'),
    ]) {
      listener.mockClear();
      change();
      expect(listener).toHaveBeenCalledOnce();
    }
    expect(listener).toHaveBeenLastCalledWith(currentIntent());
    unsubscribe();
    actions.prefectureCleared();
    expect(listener).toHaveBeenCalledOnce();
  });

  it('shows a view as its table and back, and toggles show-all, per view', () => {
    actions.viewShownAs('per-school', 'table');
    actions.viewShownAs('per-school', 'table');
    actions.viewShownAs('by-tier', 'table');
    expect(currentIntent().tables).toEqual(['per-school', 'by-tier']);
    actions.viewShownAs('per-school', 'chart');
    expect(currentIntent().tables).toEqual(['by-tier']);
    actions.showAllToggled('per-school');
    expect(currentIntent().expanded).toEqual(['per-school']);
    actions.showAllToggled('per-school');
    expect(currentIntent().expanded).toEqual([]);
  });

  it('adds and removes comparison benchmarks, and compares a school with its peers from its profile', () => {
    actions.benchmarkToggled('province');
    actions.benchmarkToggled('peers');
    expect(currentIntent().benchmarks).toEqual(['province', 'peers']);
    actions.benchmarkToggled('province');
    expect(currentIntent().benchmarks).toEqual(['peers']);
    actions.schoolCompared('a');
    actions.schoolCompared('b');
    actions.peersCompared('jiuquan');
    expect(currentIntent()).toMatchObject({ compared: ['jiuquan'], benchmarks: ['peers'] });
  });

  it('opens and closes a school profile', () => {
    actions.schoolOpened('jiuquan');
    expect(currentIntent().school).toBe('jiuquan');
    actions.profileClosed();
    expect(currentIntent().school).toBeNull();
  });
});
