import { useT } from '@/components/use-t';
import type { SheetFigure } from '@/lib/export/model';
import { profileMessages } from './messages';

/** The fact sheet's cards, as on paper: the school's size with its standing and share, its cases. */
export function KeyFigures({ cards }: { cards: SheetFigure['cards'] }) {
  const t = useT(profileMessages);
  return (
    <ul className="headline-list profile-cards" aria-label={t('keyFigures')}>
      {cards.map((card) => (
        <li key={card.label} className="headline-card">
          <span className="headline-label">{card.label}</span>
          <span className="headline-value">{card.value}</span>
          {card.detail && <span className="headline-base">{card.detail}</span>}
        </li>
      ))}
    </ul>
  );
}
