import { memo, useMemo, useState, type MouseEvent } from 'react';
import { ExportMenu } from '@/components/export/ExportMenu';
import { useRegisterExportable } from '@/components/export/use-exportable';
import { NoteMarks } from '@/components/NoteMarks';
import { useNotes } from '@/components/use-notes';
import { useT } from '@/components/use-t';
import { WithTerms } from '@/components/WithTerms';
import type { AppendixRow, AppendixTable, DataNote } from '@/data/domain';
import type { ExportModel } from '@/lib/export/model';
import { formatNumber } from '@/lib/format';
import { pick } from '@/lib/i18n';
import { useLang } from '@/state/store';
import { appendixExplanation, appendixTableModel, citeText } from './appendix-model';
import { scorecardMessages } from './messages';
import { citation, rowNoteKey } from './rows';
import { originalOf } from './text';
import { shownValue, surveyMethod } from './values';

const NONE: readonly DataNote[] = [];

/** The notes touching each row, from the table's notes (one lookup per table, not one per row). */
function notesByRow(table: AppendixTable, notes: readonly DataNote[]): Map<string, DataNote[]> {
  const byRow = new Map<string, DataNote[]>();
  for (const row of table.rows) {
    const key = rowNoteKey(table.id, row.id);
    const touching = notes.filter((n) => n.touches.includes(key));
    if (touching.length > 0) byRow.set(row.id, touching);
  }
  return byRow;
}

// Memoised: folding a table must not re-render its rows (附表3 has 43, each with glossary links).
const RowView = memo(function RowView({
  table,
  row,
  surveys,
  notes,
}: {
  table: AppendixTable;
  row: AppendixRow;
  surveys: boolean;
  notes: readonly DataNote[];
}) {
  const t = useT(scorecardMessages);
  const lang = useLang();
  const shown = shownValue(row, lang);
  const count = row.surveyCount ? formatNumber(row.surveyCount, lang) : '';
  return (
    <tr data-row={row.id} className={`level-${row.level}`}>
      <th scope="row" title={originalOf(lang, row.labelZh)}>
        {row.seq && <span className="row-seq">{row.seq}</span>}
        <WithTerms text={pick(lang, row, 'label')} />
        {row.starred && '*'}
        <NoteMarks notes={notes} />
        {notes.map((note) => (
          <span key={note.id} className="row-note">
            {pick(lang, note, 'title')}
          </span>
        ))}
      </th>
      <td className={shown.text === null ? 'not-reported' : 'num'} title={shown.original}>
        {shown.text ?? t('notReported')}
      </td>
      <td>{shown.unit}</td>
      {surveys && <td className="num">{count}</td>}
      {surveys && <td>{surveyMethod(row, lang)}</td>}
      <td className="row-cite">{citeText(citation(table, row), lang)}</td>
    </tr>
  );
});

/** What an opened table shows: its export menu, every row, its source and what its marks mean. */
function TableBody({ table, model, notes }: { table: AppendixTable; model: ExportModel; notes: readonly DataNote[] }) {
  const lang = useLang();
  const byRow = useMemo(() => notesByRow(table, notes), [table, notes]);
  const explanation = appendixExplanation(table, lang);
  const surveys = model.table.columns.some((c) => c.key === 'survey');
  return (
    <>
      <div className="appendix-actions">
        <ExportMenu model={model} />
      </div>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={model.title}>
        <table className="data-table">
          <caption className="visually-hidden">{model.title}</caption>
          <thead>
            <tr>
              {model.table.columns.map((c) => (
                <th key={c.key} scope="col" className={c.numeric ? 'num' : undefined}>
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <RowView key={row.id} table={table} row={row} surveys={surveys} notes={byRow.get(row.id) ?? NONE} />
            ))}
          </tbody>
        </table>
      </div>
      <p className="chart-source">{model.source}</p>
      {explanation && <p className="scorecard-note">{explanation}</p>}
    </>
  );
}

interface Props {
  table: AppendixTable;
  open: boolean;
  onToggle: (tableId: string) => void;
}

/**
 * One appendix table, folded until asked for (open on paper), every printed row in it; its export
 * menu makes the whole table as an image, a document, slides with a native table, or data. It is
 * listed for the presentation pack while folded too. Its rows are drawn when it is first opened,
 * and kept: six tables of 123 rows with their glossary links and marks would otherwise weigh on
 * every page load for a reader who never unfolds them.
 */
export const AppendixTableView = memo(function AppendixTableView({ table, open, onToggle }: Props) {
  const t = useT(scorecardMessages);
  const lang = useLang();
  const notes = useNotes(table.rows.map((r) => rowNoteKey(table.id, r.id)));
  const model = useMemo(() => appendixTableModel(table, notes, lang), [table, notes, lang]);
  useRegisterExportable(model);
  const [drawn, setDrawn] = useState(open);
  if (open && !drawn) setDrawn(true);
  const toggle = (event: MouseEvent) => {
    // The open state is React's, not the browser's: printing opens every table without a click.
    event.preventDefault();
    onToggle(table.id);
  };
  return (
    <details className="appendix-table" data-table={table.id} data-chart={model.id} open={open}>
      <summary onClick={toggle} title={originalOf(lang, table.titleZh)}>
        {model.title} <span className="row-count">{t('rowCount', { count: table.rows.length })}</span>
      </summary>
      {drawn && <TableBody table={table} model={model} notes={notes} />}
    </details>
  );
});
