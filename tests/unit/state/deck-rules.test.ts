// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as deck from '@/state/deck';
import { barsModel } from '../components/export/fixture-models';

/**
 * The one deck of the page, emptied before each test. Not loaded afresh with vi.resetModules: the
 * unit suite shares modules between files (isolate: false), and a reset registry leaked a second
 * copy of the stores into the files that ran after it.
 */
function openDeck() {
  const { result } = renderHook(() => deck.useDeckSlides());
  return { deck, result, act };
}

beforeEach(() => {
  act(() => {
    deck.deckActions.deckCleared();
  });
  sessionStorage.clear();
});

const titles = (slides: { model: { title: string } }[]) => slides.map((s) => s.model.title);

afterEach(() => {
  sessionStorage.clear();
});

describe('the deck store', () => {
  it('starts empty and keeps its slides in the tab session', () => {
    const { deck, result, act } = openDeck();
    expect(result.current).toEqual([]);
    act(() => {
      deck.deckActions.slideAdded({ ...barsModel(), title: 'A' });
    });
    expect(titles(result.current)).toEqual(['A']);
    const stored = JSON.parse(sessionStorage.getItem('gansu-hve-deck') ?? 'null') as {
      state: { slides: { uid: string; model: { title: string } }[] };
    };
    expect(titles(stored.state.slides)).toEqual(['A']);
    expect(stored.state.slides[0]?.uid).toBe(result.current[0]?.uid);
  });

  it('moves the first slide down and the second up', () => {
    const { deck, result, act } = openDeck();
    act(() => {
      ['A', 'B', 'C'].forEach((title) => deck.deckActions.slideAdded({ ...barsModel(), title }));
    });
    act(() => {
      deck.deckActions.slideMoved(result.current[0]!.uid, 1);
    });
    expect(titles(result.current)).toEqual(['B', 'A', 'C']);
    act(() => {
      deck.deckActions.slideMoved(result.current[1]!.uid, -1);
    });
    expect(titles(result.current)).toEqual(['A', 'B', 'C']);
  });

  it('leaves the order alone when the slide to move is not in the deck', () => {
    const { deck, result, act } = openDeck();
    act(() => {
      ['A', 'B', 'C'].forEach((title) => deck.deckActions.slideAdded({ ...barsModel(), title }));
    });
    act(() => {
      deck.deckActions.slideMoved('no-such-slide', 1);
    });
    expect(titles(result.current)).toEqual(['A', 'B', 'C']);
    act(() => {
      deck.deckActions.slideMoved('no-such-slide', -1);
    });
    expect(titles(result.current)).toEqual(['A', 'B', 'C']);
  });

  it('removes a slide by its id and clears the whole deck', () => {
    const { deck, result, act } = openDeck();
    act(() => {
      ['A', 'B'].forEach((title) => deck.deckActions.slideAdded({ ...barsModel(), title }));
    });
    act(() => {
      deck.deckActions.slideRemoved(result.current[1]!.uid);
    });
    expect(titles(result.current)).toEqual(['A']);
    act(() => {
      deck.deckActions.slideAdded({ ...barsModel(), title: 'C' });
      deck.deckActions.deckCleared();
    });
    expect(result.current).toEqual([]);
  });
});
