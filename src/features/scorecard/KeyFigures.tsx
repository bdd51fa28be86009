import type { Ref } from 'react';
import { NoteMarks } from '@/components/NoteMarks';
import { useNotes } from '@/components/use-notes';
import { useMessages } from '@/components/use-t';
import { formatNumber, formatPercent, type Lang } from '@/lib/format';
import { localLabel } from '@/lib/i18n';
import { useLang } from '@/state/store';
import { scorecardMessages } from './messages';
import type { KeyFigure, Ratio } from './scorecard';
import { noteTitles, surveyMethodLabel, tableLabel, unitLabel } from './labels';

/** "毕业去向落实人数 ÷ 毕业生人数 = 86,222 ÷ 94,358 = 91.38%", then whether the narrative agrees. */
function Derivation({ ratio, lang }: { ratio: Ratio; lang: Lang }) {
  const m = useMessages(scorecardMessages);
  const printed = ratio.printed;
  return (
    <span className="key-derivation">
      {m('ratio', {
        numerator: localLabel(lang, ratio.numerator),
        denominator: localLabel(lang, ratio.denominator),
        a: formatNumber(ratio.numerator.value, lang),
        b: formatNumber(ratio.denominator.value, lang),
        percent: formatPercent(ratio.percent, lang),
      })}
      {printed && (
        <span className={printed.agrees ? 'key-agrees' : 'key-differs'}>
          {' '}
          {m(printed.agrees ? 'printedAgrees' : 'printedDiffers', {
            source: printed.source,
            value: formatPercent(printed.value, lang),
          })}
        </span>
      )}
    </span>
  );
}

function KeyCard({ figure }: { figure: KeyFigure }) {
  const lang = useLang();
  const m = useMessages(scorecardMessages);
  const notes = useNotes(figure.noteKeys);
  const unit = unitLabel(figure.unit, lang);
  return (
    <li className="headline-card key-card" data-figure={figure.id}>
      <span className="headline-label">
        {localLabel(lang, figure)}
        <NoteMarks notes={notes} />
      </span>
      <span className="headline-value">
        {figure.valueText ?? m('notReported')}
        {figure.valueText !== null &&
          (figure.unit === '%' ? '%' : unit && <span className="headline-unit"> {unit}</span>)}
      </span>
      {figure.ratio && <Derivation ratio={figure.ratio} lang={lang} />}
      {figure.survey && (
        <span className="headline-base">
          {figure.survey.method
            ? m('surveyBase', {
                count: formatNumber(figure.survey.count, lang),
                method: surveyMethodLabel(figure.survey.method, lang),
              })
            : m('surveyCount', { count: formatNumber(figure.survey.count, lang) })}
        </span>
      )}
      {notes.length > 0 && <span className="row-note">{noteTitles(notes, lang)}</span>}
      <span className="headline-source">
        {m(figure.derived ? 'sourceDerived' : 'source', { source: tableLabel(figure.source, lang) })}
      </span>
    </li>
  );
}

export function KeyFigures({ figures, listRef }: { figures: readonly KeyFigure[]; listRef: Ref<HTMLUListElement> }) {
  const m = useMessages(scorecardMessages);
  return (
    <ul className="headline-list key-figures" aria-label={m('keyFigures')} ref={listRef}>
      {figures.map((figure) => (
        <KeyCard key={figure.id} figure={figure} />
      ))}
    </ul>
  );
}
