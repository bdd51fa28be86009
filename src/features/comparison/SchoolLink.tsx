import type { MouseEvent } from 'react';
import { useT } from '@/components/use-t';
import { actions } from '@/state/store';
import { compareMessages } from './messages';
import type { ShownColumn } from './shown';

/**
 * A compared school's name that opens its profile (the profile brings itself into view). A link,
 * not a button: it prints as the name, and a middle click opens the profile's own address.
 */
export function SchoolLink({ school }: { school: ShownColumn }) {
  const t = useT(compareMessages);
  const open = (event: MouseEvent) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    actions.schoolOpened(school.id);
  };
  return (
    <a
      className="school-link"
      href={`?school=${encodeURIComponent(school.id)}`}
      onClick={open}
      title={school.hover ?? t('openProfile', { name: school.name })}
      aria-label={t('openProfile', { name: school.name })}
    >
      {school.name}
    </a>
  );
}
