import { useId, useState, type FormEvent } from 'react';
import { useT } from '@/components/use-t';
import type { School } from '@/data/domain';
import { findSchools } from '@/data/derive/search';
import { pick } from '@/lib/i18n';
import { actions, useLang } from '@/state/store';
import { profileMessages } from './messages';

type Outcome =
  { kind: 'none' } | { kind: 'message'; text: string } | { kind: 'several'; text: string; found: School[] };

/**
 * 查找学校: any name the report uses (Chinese, English, former), with suggestions from a native
 * datalist (keyboard-usable, no script). Several matches are offered as buttons, so a partial name
 * still gets the reader there in one more click.
 */
export function SchoolSearch({ schools }: { schools: readonly School[] }) {
  const t = useT(profileMessages);
  const lang = useLang();
  const [query, setQuery] = useState('');
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });
  const inputId = useId();
  const hintId = useId();
  const listId = useId();

  const open = (school: School) => {
    actions.schoolOpened(school.id);
    setQuery('');
    setOutcome({ kind: 'none' });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = findSchools(query, schools);
    if (!query.trim()) return setOutcome({ kind: 'message', text: t('emptyQuery') });
    if (found.length === 0) return setOutcome({ kind: 'message', text: t('notFound', { query: query.trim() }) });
    if (found.length > 1) return setOutcome({ kind: 'several', text: t('ambiguous', { query: query.trim() }), found });
    open(found[0] as School);
  };

  return (
    <form className="profile-search" role="search" aria-label={t('search')} onSubmit={submit}>
      <label htmlFor={inputId}>{t('search')}</label>
      <input
        id={inputId}
        type="search"
        list={listId}
        value={query}
        aria-describedby={hintId}
        onChange={(e) => setQuery(e.target.value)}
      />
      <datalist id={listId}>
        {schools.map((s) => (
          <option key={s.id} value={pick(lang, s, 'name')} />
        ))}
      </datalist>
      <button type="submit">{t('open')}</button>
      <p id={hintId} className="profile-search-hint">
        {t('searchHint')}
      </p>
      <div aria-live="polite" className="profile-search-result">
        {outcome.kind !== 'none' && <p className="picker-message">{outcome.text}</p>}
        {outcome.kind === 'several' && (
          <ul className="profile-matches">
            {outcome.found.map((s) => (
              <li key={s.id}>
                <button type="button" onClick={() => open(s)}>
                  {pick(lang, s, 'name')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </form>
  );
}
