import { useId, useState, type FormEvent } from 'react';
import { useMessages } from '@/components/use-t';
import type { School } from '@/data/domain';
import { MAX_COMPARED } from '@/state/intent';
import { actions, useCompared, useLang } from '@/state/store';
import { compareMessages } from './messages';

/** Every name a school may be searched by: 表1, English, and the report's other names. */
export function searchNames(s: School): string[] {
  return [s.nameZh, s.nameEn, s.shortEn, ...s.otherNames.map((o) => o.name)];
}

/** The schools whose names contain the query (an exact name wins over partial matches). */
export function findSchools(query: string, schools: readonly School[]): School[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const exact = schools.filter((s) => searchNames(s).some((n) => n.toLowerCase() === q));
  if (exact.length > 0) return exact;
  return schools.filter((s) => searchNames(s).some((n) => n.toLowerCase().includes(q)));
}

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
