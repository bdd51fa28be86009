import { useMessages } from '@/components/use-t';
import type { School } from '@/data/domain';
import type { Lang } from '@/lib/format';
import type { Membership } from './compare';
import { compareMessages } from './messages';

/** What each school has that the others do not: list entries, recognitions, cases, side by side. */
export function Memberships({ items, schools, lang }: { items: Membership[]; schools: School[]; lang: Lang }) {
  const m = useMessages(compareMessages);
  return (
    // Focusable, so that a keyboard can scroll a long table.
    <div className="table-scroll" tabIndex={0}>
      <table className="data-table memberships">
        <caption>{m('memberships')}</caption>
        <thead>
          <tr>
            <th scope="col">{m('source')}</th>
            {schools.map((s) => (
              <th key={s.id} scope="col">
                {lang === 'zh' ? s.nameZh : s.shortEn}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={`${item.source}-${item.titleZh}`}>
              <th scope="row">
                {lang === 'zh' ? item.titleZh : item.titleEn}
                <div className="measure-source">{item.source}</div>
              </th>
              {schools.map((s) => (
                <td key={s.id}>
                  {item.entries[s.id] ? (
                    <ul className="entry-list">
                      {item.entries[s.id]?.map((e, i) => (
                        <li key={i}>{e}</li>
                      ))}
                    </ul>
                  ) : (
                    m('none')
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
