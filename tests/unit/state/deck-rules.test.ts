// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { barsModel } from '../components/export/fixture-models';

/** The module loaded afresh inside the test, so that its store and actions are built then. */
async function freshDeck() {
  vi.resetModules();
  sessionStorage.clear();
  const deck = await import('@/state/deck');
  const { renderHook, act } = await import('@testing-library/react');
  const { result } = renderHook(() => deck.useDeckSlides());
  return { deck, result, act };
}

const titles = (slides: { model: { title: string } }[]) => slides.map((s) => s.model.title);

afterEach(() => {
  sessionStorage.clear();
});

describe('the deck store', () => {
  it('starts empty and keeps its slides in the tab session', async () => {
    const { deck, result, act } = await freshDeck();
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

  it('moves the first slide down and the second up', async () => {
    const { deck, result, act } = await freshDeck();
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

  it('leaves the order alone when the slide to move is not in the deck', async () => {
    const { deck, result, act } = await freshDeck();
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

  it('removes a slide by its id and clears the whole deck', async () => {
    const { deck, result, act } = await freshDeck();
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
