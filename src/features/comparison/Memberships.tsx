import { useT } from '@/components/use-t';
import { compareMessages } from './messages';
import type { ShownMembership } from './memberships-model';
import type { ShownColumn } from './shown';

/** What each school has that the others do not: list entries, recognitions, cases, side by side. */
export function Memberships({
  items,
  schools,
}: {
  items: readonly ShownMembership[];
  schools: readonly ShownColumn[];
}) {
  const t = useT(compareMessages);
  return (
    // Focusable, so that a keyboard can scroll a long table.
    <div className="table-scroll memberships-wrap" tabIndex={0} role="region" aria-label={t('memberships')}>
      <table className="data-table memberships">
        <caption className="visually-hidden">{t('memberships')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('source')}</th>
            {schools.map((s) => (
              <th key={s.id} scope="col" title={s.hover}>
                {s.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.key} data-item={item.key} data-kind={item.kind}>
              <th scope="row" title={item.hover}>
                {item.title}
                <div className="measure-source">{item.source}</div>
              </th>
              {schools.map((s) => {
                const entries = item.entries[s.id] ?? [];
                return (
                  <td key={s.id} data-label={s.name}>
                    {entries.length > 0 ? (
                      <ul className="entry-list" data-count={t('entryCount', { count: entries.length })}>
                        {entries.map((e, i) => (
                          <li key={i} title={e.hover} data-label={e.label}>
                            {e.text}
                          </li>
                        ))}
                      </ul>
                    ) : (
                      t('none')
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
