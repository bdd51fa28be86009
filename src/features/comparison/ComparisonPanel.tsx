import './comparison.css';
import { DatasetErrorMessage } from '@/components/DatasetErrorMessage';
import { Panel } from '@/components/Panel';
import { QueryState } from '@/components/QueryState';
import { useT } from '@/components/use-t';
import { ViewFrame } from '@/components/ViewFrame';
import type { SchoolFigures, Schools } from '@/data/domain';
import { useSchoolFigures, useSchools } from '@/data/queries';
import { usePrinting } from '@/state/printing';
import { actions, useLang, useShownAsTable } from '@/state/store';
import { BENCHMARKS } from '@/state/vocabulary';
import { BenchmarkPicker } from './BenchmarkPicker';
import { Chosen } from './Chosen';
import { benchmarkColumns, type Comparison as Compared } from './compare';
import { CompareCards } from './CompareCards';
import { CompareTable } from './CompareTable';
import { GapChart } from './GapChart';
import { GAP_VIEW_ID } from './gap-model';
import { Memberships } from './Memberships';
import { compareMessages, type CompareMessage } from './messages';
import { Picker } from './Picker';
import { TableFrame } from './TableFrame';
import { schoolName } from './texts';
import { useComparison } from './use-comparison';

/** Why nothing is compared yet: no school, one school alone, or one school with no peer to set it against. */
function emptyKey(comparison: Compared): CompareMessage {
  if (comparison.schools.length === 0) return 'emptyNone';
  return comparison.benchmarks.some((b) => b.kind === 'peers') ? 'emptyNoPeers' : 'emptyOne';
}

function Comparison({ schools, figures }: { schools: Schools; figures: SchoolFigures }) {
  const t = useT(compareMessages);
  const lang = useLang();
  const printing = usePrinting();
  const gapsAsTable = useShownAsTable(GAP_VIEW_ID);
  const c = useComparison(schools, figures);
  const { comparison, shown } = c;
  const first = comparison.schools[0];
  const [lists, cases] = c.extras;
  // On paper the lists follow the table (both may run over a page break), the chart, kept whole, last.
  const gapChart = c.gaps.figure.kind === 'grouped' && c.gaps.figure.categories.length > 0 && (
    <ViewFrame
      model={c.gaps}
      view={gapsAsTable ? 'table' : 'chart'}
      onViewChange={(v) => actions.viewShownAs(GAP_VIEW_ID, v)}
    >
      <GapChart figure={c.gaps.figure} label={c.gaps.title} lang={lang} />
    </ViewFrame>
  );
  return (
    <div className="comparison" data-ready={c.ready}>
      <div className="compare-controls">
        <Chosen schools={shown.schools} printable={c.ready} />
        <Picker schools={schools.list} />
        <BenchmarkPicker columns={benchmarkColumns(BENCHMARKS, first, schools.list)} />
      </div>
      {!c.ready ? (
        <p className="empty-state" role="status">
          {t(emptyKey(comparison), { name: first ? schoolName(first, lang) : '' })}
        </p>
      ) : (
        <>
          <TableFrame model={c.table}>
            <CompareTable shown={shown} notes={c.rowNotes} />
            <CompareCards shown={shown} notes={c.rowNotes} />
          </TableFrame>
          {!printing && gapChart}
          {[lists, cases].map((q, i) => (q.isError ? <DatasetErrorMessage key={i} error={q.error} /> : null))}
          {lists.isPending || cases.isPending ? (
            <p className="loading" role="status">
              {t('loading', { what: t('memberships') })}
            </p>
          ) : c.items.length > 0 ? (
            <TableFrame model={c.itemsModel}>
              <Memberships items={c.items} schools={shown.schools} />
            </TableFrame>
          ) : (
            !lists.isError &&
            !cases.isError && (
              <p className="empty-state" role="status">
                {t('membershipsNone')}
              </p>
            )
          )}
          {printing && gapChart}
        </>
      )}
    </div>
  );
}

export function ComparisonPanel() {
  const t = useT(compareMessages);
  const schools = useSchools();
  const figures = useSchoolFigures();
  return (
    <Panel id="compare" title={t('title')}>
      <QueryState queries={[schools, figures]} what={t('title')}>
        {(s, f) => <Comparison schools={s} figures={f} />}
      </QueryState>
    </Panel>
  );
}
