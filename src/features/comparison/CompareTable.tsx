import { NoteMarks } from '@/components/NoteMarks';
import { useT } from '@/components/use-t';
import { WithTerms } from '@/components/WithTerms';
import type { DataNote } from '@/data/domain';
import { compareMessages } from './messages';
import { SchoolLink } from './SchoolLink';
import type { ShownComparison, ShownRow } from './shown';

function RowHeader({ row, notes }: { row: ShownRow; notes: readonly DataNote[] }) {
  const t = useT(compareMessages);
  return (
    <th scope="row">
      <WithTerms text={row.label} />
      <NoteMarks notes={notes} />
      <div className="measure-source">
        {[row.how, row.source, row.total && t('provinceTotal', { total: row.total })].filter(Boolean).join(' · ')}
      </div>
    </th>
  );
}

function Row({ row, notes }: { row: ShownRow; notes: readonly DataNote[] }) {
  const t = useT(compareMessages);
  return (
    <tr data-measure={row.key}>
      <RowHeader row={row} notes={notes} />
      {row.values.map((v) => (
        <td key={v.schoolId} className={`num${v.highest ? ' is-higher' : ''}`} data-column={v.schoolId}>
          <div className={v.value === null ? 'cmp-value not-reported' : 'cmp-value'}>{v.text}</div>
          {v.value !== null && (
            <div className="cmp-detail">
              <div>{v.province}</div>
              <div>{v.peers}</div>
              {v.share && <div>{t('share', { share: v.share })}</div>}
            </div>
          )}
        </td>
      ))}
      {row.benchmarks.map((b) => (
        <td key={b.kind} className="num benchmark-cell" data-benchmark={b.kind}>
          <div className="cmp-value">{b.text}</div>
          {b.base && !b.complete && <div className="cmp-detail">{b.base}</div>}
        </td>
      ))}
      {row.differences.map((d) => (
        <td key={d.schoolId} className="num">
          {d.absolute === null ? (
            <span className="cmp-detail">{d.text}</span>
          ) : (
            <>
              <div>{d.text}</div>
              {d.relative && <div className="cmp-detail">{d.relative}</div>}
            </>
          )}
        </td>
      ))}
      <td>
        {row.verdict.map((line) => (
          <div key={line}>{line}</div>
        ))}
      </td>
    </tr>
  );
}

/**
 * Every figure side by side: each school's value with its standings and share, the benchmark
 * medians, each later school's difference from the first, and which is higher. Wider screens only:
 * on a phone the same figures are cards (CompareCards).
 */
export function CompareTable({ shown, notes }: { shown: ShownComparison; notes: ReadonlyMap<string, DataNote[]> }) {
  const t = useT(compareMessages);
  return (
    <div className="table-scroll compare-table-wrap" tabIndex={0} role="region" aria-label={t('tableTitle')}>
      <table className="data-table compare-table">
        <caption className="visually-hidden">{t('tableTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('measure')}</th>
            {shown.schools.map((s) => (
              <th key={s.id} scope="col" className="num">
                <SchoolLink school={s} />
              </th>
            ))}
            {shown.benchmarks.map((b) => (
              <th key={b.kind} scope="col" className="num benchmark-head">
                {b.name}
                <div className="cmp-detail">{b.hint}</div>
              </th>
            ))}
            {shown.differences.map((d) => (
              <th key={d.schoolId} scope="col" className="num">
                {d.label}
              </th>
            ))}
            <th scope="col">{t('verdictColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.rows.map((row) => (
            <Row key={row.key} row={row} notes={notes.get(row.key) ?? []} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
