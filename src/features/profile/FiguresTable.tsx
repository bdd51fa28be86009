import { NoteMarks } from '@/components/NoteMarks';
import { useT } from '@/components/use-t';
import type { DataNotes } from '@/data/domain';
import { pick } from '@/lib/i18n';
import { useLang } from '@/state/store';
import { figureCells, figureColumns } from './figure-rows';
import { profileMessages } from './messages';
import { figureNoteKeys, notesFor } from './notes';
import type { Profile } from './profile';

/**
 * Every figure of the school against the province and its peers. On a phone each row becomes a
 * card, every value under its column's label (profile.css), so nothing scrolls sideways.
 */
export function FiguresTable({ profile, notes }: { profile: Profile; notes: DataNotes | undefined }) {
  const t = useT(profileMessages);
  const lang = useLang();
  const columns = figureColumns(profile, lang);
  const [first, ...rest] = columns;
  return (
    <div className="table-scroll profile-figures-scroll" tabIndex={0} role="region" aria-label={t('figuresTable')}>
      <table className="data-table profile-figures">
        <caption className="visually-hidden">{t('figures')}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={c.numeric ? 'num' : undefined}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {profile.figures.map((f) => {
            const cells = figureCells(f, profile, lang);
            const { howZh, howEn } = f.measure;
            const how = howZh && howEn ? pick(lang, { howZh, howEn }, 'how') : undefined;
            return (
              <tr key={f.measure.id} data-measure={f.measure.id} data-reported={f.value !== null}>
                <th scope="row">
                  {cells[first?.key ?? 'measure']?.text}
                  <NoteMarks notes={notesFor(figureNoteKeys(profile.school.id, f.measure), notes)} />
                  {how && <span className="profile-how">{how}</span>}
                </th>
                {rest.map((c) => (
                  <td key={c.key} className={c.numeric ? 'num' : undefined} data-label={c.label} data-column={c.key}>
                    {cells[c.key]?.text}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
