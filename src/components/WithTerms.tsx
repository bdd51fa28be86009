import { useMemo } from 'react';
import { useGlossary } from '@/data/queries';
import { splitByTerms } from '@/data/derive/terms';
import { useLang } from '@/state/store';
import { useT } from './use-t';

/**
 * A label whose glossary terms link to their entries (#glossary-<id>). Until the glossary has
 * loaded, or if it failed, the label is plain text: a missing link never hides a label.
 */
export function WithTerms({ text }: { text: string }) {
  const lang = useLang();
  const t = useT();
  const glossary = useGlossary().data;
  const pieces = useMemo(
    () => (glossary ? splitByTerms(text, glossary.terms, lang) : [{ text }]),
    [glossary, text, lang],
  );
  return (
    <>
      {pieces.map((piece, i) =>
        piece.termId ? (
          <a
            key={i}
            className="term-link"
            href={`#glossary-${piece.termId}`}
            title={t('glossaryLink', { term: piece.text })}
          >
            {piece.text}
          </a>
        ) : (
          <span key={i}>{piece.text}</span>
        ),
      )}
    </>
  );
}
