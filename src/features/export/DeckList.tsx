import { useT } from '@/components/use-t';
import { deckActions, type DeckSlide } from '@/state/deck';
import { exportMessages } from './messages';

/** The chosen slides in order, each with up, down and remove. */
export function DeckList({ slides }: { slides: readonly DeckSlide[] }) {
  const m = useT(exportMessages);
  if (slides.length === 0) return <p className="deck-empty">{m('deckEmpty')}</p>;
  return (
    <ol className="deck-list" aria-label={m('deckTitle', { count: slides.length })}>
      {slides.map((slide, i) => (
        <li key={slide.uid} data-slide={slide.model.id}>
          <span className="deck-number">{i + 1}</span>
          <span className="deck-title">
            {slide.model.title}
            <span className="deck-subtitle">{slide.model.subtitle}</span>
          </span>
          <span className="deck-actions">
            <button
              type="button"
              disabled={i === 0}
              aria-label={m('slideUp', { title: slide.model.title, n: i + 1 })}
              onClick={() => deckActions.slideMoved(slide.uid, -1)}
            >
              ↑
            </button>
            <button
              type="button"
              disabled={i === slides.length - 1}
              aria-label={m('slideDown', { title: slide.model.title, n: i + 1 })}
              onClick={() => deckActions.slideMoved(slide.uid, 1)}
            >
              ↓
            </button>
            <button
              type="button"
              aria-label={m('slideRemove', { title: slide.model.title, n: i + 1 })}
              onClick={() => deckActions.slideRemoved(slide.uid)}
            >
              ×
            </button>
          </span>
        </li>
      ))}
    </ol>
  );
}
