import { useMemo } from 'react';
import { NoteMarks } from '@/components/NoteMarks';
import { useNotes } from '@/components/use-notes';
import { useT } from '@/components/use-t';
import { ViewFrame } from '@/components/ViewFrame';
import { WithTerms } from '@/components/WithTerms';
import { useTableToggle } from './use-table-toggle';
import { scorecardMessages } from './messages';
import type { KeyFigure } from './key-figures';
import { keyFiguresModel, keyFigureText } from './key-model';
import { originalOf } from './text';
import { useLang } from '@/state/store';

function KeyCard({ figure }: { figure: KeyFigure }) {
  const lang = useLang();
  const t = useT(scorecardMessages);
  const notes = useNotes(figure.noteKeys);
  const text = keyFigureText(figure, lang);
  return (
    <li className="headline-card key-card" data-figure={figure.id}>
      <span className="headline-label" title={originalOf(lang, figure.labelZh)}>
        <WithTerms text={text.label} />
        <NoteMarks notes={notes} />
      </span>
      <span className={figure.value === null ? 'headline-value not-reported' : 'headline-value'}>{text.value}</span>
      {text.basis.map((line) => (
        <span key={line} className="key-derivation">
          {line}
        </span>
      ))}
      <span className="headline-source">{t('source', { source: text.source })}</span>
    </li>
  );
}

/** The figures officials quote most, as cards; exported as a table (native on a slide). */
export function KeyFigures({ figures }: { figures: readonly KeyFigure[] }) {
  const t = useT(scorecardMessages);
  const lang = useLang();
  const notes = useNotes(figures.flatMap((f) => f.noteKeys));
  const model = useMemo(() => keyFiguresModel(figures, notes, lang), [figures, notes, lang]);
  const toggle = useTableToggle(model.id);
  return (
    // The cards carry their own marks: the title would repeat every one of them.
    <ViewFrame model={model} {...toggle}>
      <ul className="headline-list key-figures" aria-label={t('keyFigures')}>
        {figures.map((figure) => (
          <KeyCard key={figure.id} figure={figure} />
        ))}
      </ul>
    </ViewFrame>
  );
}
