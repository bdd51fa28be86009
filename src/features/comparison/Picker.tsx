import { useId, useState, type FormEvent } from 'react';
import { useT } from '@/components/use-t';
import type { School } from '@/data/domain';
import { findSchools } from '@/data/derive/search';
import { pick } from '@/lib/i18n';
import { MAX_COMPARED } from '@/state/intent';
import { actions, useCompared, useLang } from '@/state/store';
import { compareMessages } from './messages';
import { schoolName, searchHint } from './texts';

type Outcome =
  { kind: 'none' } | { kind: 'message'; text: string } | { kind: 'choose'; query: string; found: School[] };

/**
 * A labelled search box with suggestions (a datalist: native and keyboard-usable). A name that
 * matches several schools lists them as buttons to tap, so a phone needs no exact typing.
 */
export function Picker({ schools }: { schools: readonly School[] }) {
  const t = useT(compareMessages);
  const lang = useLang();
  const compared = useCompared();
  const [query, setQuery] = useState('');
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });
  const listId = useId();

  const add = (school: School) => {
    if (compared.length >= MAX_COMPARED) return setOutcome({ kind: 'message', text: t('full', { max: MAX_COMPARED }) });
    actions.schoolCompared(school.id);
    setQuery('');
    setOutcome({ kind: 'none' });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = findSchools(query, schools).filter((s) => !compared.includes(s.id));
    if (found.length === 0) return setOutcome({ kind: 'message', text: t('notFound', { query }) });
    if (found.length > 1) return setOutcome({ kind: 'choose', query, found });
    add(found[0] as School);
  };

  return (
    <form className="compare-picker" onSubmit={submit} role="search">
      <input
        type="search"
        aria-label={t('search')}
        placeholder={t('search')}
        list={listId}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <datalist id={listId}>
        {schools
          .filter((s) => !compared.includes(s.id))
          .map((s) => (
            <option key={s.id} value={pick(lang, s, 'name')}>
              {searchHint(s, lang)}
            </option>
          ))}
      </datalist>
      <button type="submit">{t('add')}</button>
      <output aria-live="polite" className="picker-message">
        {outcome.kind === 'message' && outcome.text}
        {outcome.kind === 'choose' && t('ambiguous', { query: outcome.query, count: outcome.found.length })}
      </output>
      {outcome.kind === 'choose' && (
        <ul className="picker-choices">
          {outcome.found.map((s) => (
            <li key={s.id}>
              <button type="button" onClick={() => add(s)} aria-label={t('addNamed', { name: schoolName(s, lang) })}>
                {schoolName(s, lang)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}
