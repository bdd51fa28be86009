import { NoteMarks } from '@/components/NoteMarks';
import { useNotes } from '@/components/use-notes';
import { useMessages } from '@/components/use-t';
import type { AppendixRow, AppendixTable } from '@/data/domain';
import { formatNumber, type Lang } from '@/lib/format';
import { localLabel } from '@/lib/i18n';
import { noteTitles, surveyMethodLabel, tableLabel, unitLabel } from './labels';
import { scorecardMessages } from './messages';
import { citation, printedValue, rowNoteKey } from './rows';

function RowView({ table, row, lang }: { table: AppendixTable; row: AppendixRow; lang: Lang }) {
  const m = useMessages(scorecardMessages);
  const notes = useNotes([rowNoteKey(table.id, row.id)]);
  const printed = printedValue(row);
  const cite = citation(table, row);
  return (
    <tr data-row={row.id} className={`level-${row.level}`}>
      <th scope="row">
        {row.seq && <span className="row-seq">{row.seq}</span>}
        {localLabel(lang, row)}
        {row.starred && '*'}
        <NoteMarks notes={notes} />
        {notes.length > 0 && <div className="row-note">{noteTitles(notes, lang)}</div>}
      </th>
      <td className={printed === null ? 'not-reported' : 'num'}>{printed ?? m('notReported')}</td>
      <td>{unitLabel(row.unit, lang)}</td>
      <td className="num">
        {row.surveyCount
          ? m('surveyBase', {
              count: formatNumber(row.surveyCount, lang),
              method: surveyMethodLabel(row.surveyMethod ?? '', lang),
            })
          : ''}
      </td>
      <td className="row-cite">
        {cite.seq
          ? m(cite.subRow ? 'citeSubRow' : 'citeItem', { table: tableLabel(cite.tableId, lang), seq: cite.seq })
          : tableLabel(cite.tableId, lang)}
      </td>
    </tr>
  );
}

interface Props {
  table: AppendixTable;
  lang: Lang;
  open: boolean;
  onToggle: (open: boolean) => void;
}

/** One appendix table, folded until asked for; every printed row is in it. */
export function AppendixTableView({ table, lang, open, onToggle }: Props) {
  const m = useMessages(scorecardMessages);
  const title = `${tableLabel(table.id, lang)} ${lang === 'zh' ? table.titleZh : table.titleEn}`;
  return (
    <details
      className="appendix-table"
      data-table={table.id}
      open={open}
      onToggle={(e) => onToggle(e.currentTarget.open)}
    >
      <summary>
        {title} <span className="row-count">（{m('rowCount', { count: table.rows.length })}）</span>
      </summary>
      <div className="appendix-scroll">
        <table className="data-table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{m('indicator')}</th>
              <th scope="col" className="num">
                {m('value')}
              </th>
              <th scope="col">{m('unit')}</th>
              <th scope="col" className="num">
                {m('base')}
              </th>
              <th scope="col">{m('cite')}</th>
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <RowView key={row.id} table={table} row={row} lang={lang} />
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
