import { NoteMarks } from '../../components/NoteMarks';
import { useNotes } from '../../components/use-notes';
import { useMessages } from '../../components/use-t';
import type { AppendixRow, AppendixTable } from '../../data/domain';
import { formatNumber, type Lang } from '../../lib/format';
import { scorecardMessages } from './messages';

/** The value as printed, with thousands separators where it is a plain number. */
export function printedValue(row: AppendixRow, lang: Lang): string {
  if (row.value === null || row.unit === ':') return row.valueText;
  return formatNumber(row.value, lang);
}

function RowView({ table, row, lang }: { table: AppendixTable; row: AppendixRow; lang: Lang }) {
  const notes = useNotes([`appendix:${table.id}/${row.id}`]);
  return (
    <tr data-row={row.id} className={`level-${row.level}`}>
      <th scope="row">
        {row.seq && <span className="row-seq">{row.seq}</span>}
        {lang === 'zh' ? row.labelZh : row.labelEn}
        {row.starred && '*'}
        <NoteMarks notes={notes} />
        {notes.length > 0 && <div className="row-note">{notes.map((n) => (lang === 'zh' ? n.titleZh : n.titleEn)).join('；')}</div>}
      </th>
      <td className="num">{printedValue(row, lang)}</td>
      <td>{row.unit === ':' ? '' : row.unit}</td>
      <td className="num">{row.surveyCount ? `${formatNumber(row.surveyCount, lang)} · ${row.surveyMethod ?? ''}` : ''}</td>
    </tr>
  );
}

/** One appendix table, folded until asked for; every printed row is in it. */
export function AppendixTableView({ table, lang }: { table: AppendixTable; lang: Lang }) {
  const m = useMessages(scorecardMessages);
  return (
    <details className="appendix-table" data-table={table.id}>
      <summary>
        {table.id} {lang === 'zh' ? table.titleZh : table.titleEn}（{m('allRows', { count: table.rows.length })}）
      </summary>
      <table className="data-table">
        <caption className="visually-hidden">
          {table.id} {lang === 'zh' ? table.titleZh : table.titleEn}
        </caption>
        <thead>
          <tr>
            <th scope="col">{m('indicator')}</th>
            <th scope="col" className="num">{m('value')}</th>
            <th scope="col">{m('unit')}</th>
            <th scope="col" className="num">{m('base')}</th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <RowView key={row.id} table={table} row={row} lang={lang} />
          ))}
        </tbody>
      </table>
    </details>
  );
}
