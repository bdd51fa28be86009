import { NoteMarks } from '@/components/NoteMarks';
import { useT } from '@/components/use-t';
import { WithTerms } from '@/components/WithTerms';
import type { DataNote } from '@/data/domain';
import { compareMessages } from './messages';
import { SchoolLink } from './SchoolLink';
import type { ShownComparison, ShownRow } from './shown';

function Figure({
  row,
  index,
  shown,
  notes,
}: {
  row: ShownRow;
  index: number;
  shown: ShownComparison;
  notes: readonly DataNote[];
}) {
  const t = useT(compareMessages);
  const v = row.values[index];
  const first = shown.schools[0];
  const difference = index > 0 ? row.differences[index - 1] : undefined;
  if (!v) return null;
  return (
    <div className="card-figure" data-measure={row.key}>
      <dt>
        <WithTerms text={row.label} />
        <NoteMarks notes={notes} />
      </dt>
      <dd>
        <span className={v.value === null ? 'cmp-value not-reported' : 'cmp-value'}>{v.text}</span>
        {v.badge && <span className="cmp-badge">{v.badge}</span>}
        {v.value !== null && (
          <span className="cmp-detail">
            {[v.province, v.peers, v.share && t('share', { share: v.share })].filter(Boolean).join(' · ')}
          </span>
        )}
        {difference && first && (
          <span className="cmp-detail">
            {t('differenceLine', {
              name: first.name,
              value: difference.relative ? `${difference.text} · ${difference.relative}` : difference.text,
            })}
          </span>
        )}
        {row.benchmarks.map((b, i) => (
          <span key={b.kind} className="cmp-benchmark">
            {t('benchmarkLine', {
              name: shown.benchmarks[i]?.name ?? b.kind,
              value: b.base && !b.complete ? `${b.text} · ${b.base}` : b.text,
            })}
          </span>
        ))}
        {row.values.length === 1 &&
          row.verdict.map((line) => (
            <span key={line} className="cmp-detail">
              {line}
            </span>
          ))}
      </dd>
    </div>
  );
}

/**
 * The comparison on a phone: one card per school, its figures in the table's order, each with its
 * standings, its difference from the first school and the benchmark medians beside it — a phone
 * shows one card at a time, so the reference sits next to the number rather than on another card.
 */
export function CompareCards({ shown, notes }: { shown: ShownComparison; notes: ReadonlyMap<string, DataNote[]> }) {
  const t = useT(compareMessages);
  return (
    <ol className="compare-cards" aria-label={t('tableTitle')}>
      {shown.schools.map((school, index) => (
        <li key={school.id} className="compare-card" data-card={school.id}>
          <h4 className="compare-card-name">
            <SchoolLink school={school} />
          </h4>
          <dl>
            {shown.rows.map((row) => (
              <Figure key={row.key} row={row} index={index} shown={shown} notes={notes.get(row.key) ?? []} />
            ))}
          </dl>
        </li>
      ))}
      {shown.benchmarks.length > 0 && (
        <li className="compare-card compare-card-benchmarks">
          <ul>
            {shown.benchmarks.map((b) => (
              <li key={b.kind}>{t('benchmarkLine', { name: b.name, value: b.description })}</li>
            ))}
          </ul>
        </li>
      )}
    </ol>
  );
}
