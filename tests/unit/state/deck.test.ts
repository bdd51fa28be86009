// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { deckActions, resetDeck, useDeckSlides } from '@/state/deck';
import { renderHook, act } from '@testing-library/react';
import { barsModel } from '../components/export/fixture-models';

afterEach(resetDeck);

const titles = (slides: { model: { title: string } }[]) => slides.map((s) => s.model.title);

describe('the presentation deck', () => {
  it('keeps slides in the order they were added, the same view twice if asked', () => {
    const { result } = renderHook(() => useDeckSlides());
    act(() => {
      deckActions.slideAdded({ ...barsModel(), title: 'A' });
      deckActions.slideAdded({ ...barsModel(), title: 'B' });
      deckActions.slideAdded({ ...barsModel(), title: 'A' });
    });
    expect(titles(result.current)).toEqual(['A', 'B', 'A']);
    expect(new Set(result.current.map((s) => s.uid)).size).toBe(3);
  });

  it('moves a slide up or down, and not past either end', () => {
    const { result } = renderHook(() => useDeckSlides());
    act(() => {
      ['A', 'B', 'C'].forEach((title) => deckActions.slideAdded({ ...barsModel(), title }));
    });
    act(() => {
      deckActions.slideMoved(result.current[2]!.uid, -1);
    });
    expect(titles(result.current)).toEqual(['A', 'C', 'B']);
    act(() => {
      deckActions.slideMoved(result.current[0]!.uid, -1);
    });
    expect(titles(result.current)).toEqual(['A', 'C', 'B']);
    act(() => {
      deckActions.slideMoved(result.current[2]!.uid, 1);
    });
    expect(titles(result.current)).toEqual(['A', 'C', 'B']);
  });

  it('removes exactly the slide asked for', () => {
    const { result } = renderHook(() => useDeckSlides());
    act(() => {
      ['A', 'B'].forEach((title) => deckActions.slideAdded({ ...barsModel(), title }));
    });
    act(() => {
      deckActions.slideRemoved(result.current[0]!.uid);
    });
    expect(titles(result.current)).toEqual(['B']);
  });
});
