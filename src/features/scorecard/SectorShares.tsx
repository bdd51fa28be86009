import { NoteMarks } from '@/components/NoteMarks';
import { useNotes } from '@/components/use-notes';
import { useMessages } from '@/components/use-t';
import { formatNumber, formatPercent } from '@/lib/format';
import { localLabel } from '@/lib/i18n';
import { useLang } from '@/state/store';
import { noteTitles } from './labels';
import { scorecardMessages } from './messages';
import { rowNoteKey } from './rows';
import type { SectorShares as Shares } from './sectors';

/** 附表1's three sectors as shares of the printed total and of their own sum, with the gap said. */
export function SectorShares({ shares }: { shares: Shares }) {
  const m = useMessages(scorecardMessages);
  const lang = useLang();
  const notes = useNotes([rowNoteKey('附表1', 'employed-three-sectors')]);
  const pct = (v: number | null) => (v === null ? '—' : formatPercent(v, lang, 1));
  const printed = shares.printedTotal;
  return (
    <section className="sector-shares" aria-labelledby="scorecard-sectors">
      <h4 id="scorecard-sectors">
        {m('sectorsTitle')}
        <NoteMarks notes={notes} />
      </h4>
      {printed !== null && shares.gap !== 0 && (
        <p className="scorecard-note" role="note">
          {m('sectorsGap', {
            printed: formatNumber(printed, lang),
            sum: formatNumber(shares.partsSum, lang),
            gap: formatNumber(shares.gap ?? 0, lang),
          })}
          {notes.length > 0 && <span className="row-note"> {noteTitles(notes, lang)}</span>}
        </p>
      )}
      <table className="data-table">
        <caption className="visually-hidden">{m('sectorsTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{m('sector')}</th>
            <th scope="col" className="num">
              {m('persons')}
            </th>
            {printed !== null && (
              <th scope="col" className="num">
                {m('shareOfPrinted', { total: formatNumber(printed, lang) })}
              </th>
            )}
            <th scope="col" className="num">
              {m('shareOfParts', { total: formatNumber(shares.partsSum, lang) })}
            </th>
          </tr>
        </thead>
        <tbody>
          {shares.rows.map((row) => (
            <tr key={row.id} data-sector={row.id}>
              <th scope="row">{localLabel(lang, row)}</th>
              <td className="num">{formatNumber(row.value, lang)}</td>
              {printed !== null && <td className="num">{pct(row.shareOfPrinted)}</td>}
              <td className="num">{pct(row.shareOfParts)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
