import { useId, useState, type FormEvent } from 'react';
import { useMessages } from '@/components/use-t';
import type { School } from '@/data/domain';
import { findSchools } from '@/data/derive/search';
import { MAX_COMPARED } from '@/state/intent';
import { actions, useCompared, useLang } from '@/state/store';
import { compareMessages } from './messages';

/** A labelled search box with suggestions (a datalist: native, keyboard-usable, no script needed). */
export function Picker({ schools }: { schools: readonly School[] }) {
  const m = useMessages(compareMessages);
  const lang = useLang();
  const compared = useCompared();
  const [query, setQuery] = useState('');
  const [message, setMessage] = useState('');
  const listId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = findSchools(query, schools);
    if (found.length === 0) return setMessage(m('notFound', { query }));
    if (found.length > 1)
      return setMessage(
        m('ambiguous', { query, list: found.map((s) => (lang === 'zh' ? s.nameZh : s.shortEn)).join('、') }),
      );
    if (compared.length >= MAX_COMPARED) return setMessage(m('full', { max: MAX_COMPARED }));
    actions.schoolCompared((found[0] as School).id);
    setQuery('');
    setMessage('');
  };

  return (
    <form className="compare-picker" onSubmit={submit} role="search">
      <input
        type="search"
        aria-label={m('search')}
        placeholder={m('search')}
        list={listId}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <datalist id={listId}>
        {schools
          .filter((s) => !compared.includes(s.id))
          .map((s) => (
            <option key={s.id} value={lang === 'zh' ? s.nameZh : s.nameEn}>
              {[s.nameEn, ...s.otherNames.map((o) => o.name)].join(' / ')}
            </option>
          ))}
      </datalist>
      <button type="submit">{m('add')}</button>
      <output aria-live="polite" className="picker-message">
        {message}
      </output>
    </form>
  );
}
