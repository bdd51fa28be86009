import './glossary.css';
import { useEffect, useState } from 'react';
import { Panel } from '@/components/Panel';
import { QueryState } from '@/components/QueryState';
import { useT } from '@/components/use-t';
import type { GlossaryTerm } from '@/data/domain';
import { useGlossary } from '@/data/queries';
import { citeSource } from '@/lib/cite';
import { useLang } from '@/state/store';
import { glossaryAnchor, matchingTerms } from './glossary';
import { glossaryMessages } from './messages';

/** The term the address points at (#glossary-<id>), so a link in another view opens it. */
function useTargetTerm(): string | null {
  const read = () =>
    window.location.hash.startsWith('#glossary-') ? window.location.hash.slice('#glossary-'.length) : null;
  const [target, setTarget] = useState(read);
  useEffect(() => {
    const onHash = () => setTarget(read());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return target;
}

/**
 * One term. In English the term and definition are the dashboard's translation, so the Chinese
 * term stays one hover away (title attribute), never on screen.
 */
function TermEntry({ term, targeted }: { term: GlossaryTerm; targeted: boolean }) {
  const lang = useLang();
  const m = useT(glossaryMessages);
  const zh = lang === 'zh';
  return (
    <div id={glossaryAnchor(term.id)} className={targeted ? 'glossary-term targeted' : 'glossary-term'}>
      <dt>
        {zh ? (
          <>
            {term.termZh} <span className="glossary-term-en">{term.termEn}</span>
          </>
        ) : (
          <span title={term.termZh}>{term.termEn}</span>
        )}
      </dt>
      <dd>
        <p>{zh ? term.definitionZh : term.definitionEn}</p>
        <p className="glossary-sections">
          {m('usedIn')} {citeSource(term.sections.join('、'), lang)}
        </p>
      </dd>
    </div>
  );
}

function GlossaryList({ terms }: { terms: GlossaryTerm[] }) {
  const m = useT(glossaryMessages);
  const target = useTargetTerm();
  const [query, setQuery] = useState('');
  const shown = matchingTerms(terms, query, target);
  useEffect(() => {
    // The panel arrives after the page: bring the linked term into view once it is drawn.
    if (target) document.getElementById(glossaryAnchor(target))?.scrollIntoView?.({ block: 'start' });
  }, [target]);
  return (
    <>
      <label className="glossary-search">
        {m('search')}
        <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
      </label>
      <p className="glossary-count" role="status">
        {shown.length === 0 ? m('none', { query }) : m('count', { count: shown.length })}
      </p>
      <dl className="glossary">
        {shown.map((term) => (
          <TermEntry key={term.id} term={term} targeted={term.id === target} />
        ))}
      </dl>
    </>
  );
}

/** 术语 / Glossary: every term of the report a reader must know, with its definition and sections. */
export function GlossaryPanel() {
  const m = useT(glossaryMessages);
  const glossary = useGlossary();
  return (
    <Panel id="glossary" title={m('title')}>
      <p>{m('intro')}</p>
      <QueryState queries={[glossary]} what={m('title')}>
        {(g) => <GlossaryList terms={g.terms} />}
      </QueryState>
    </Panel>
  );
}
