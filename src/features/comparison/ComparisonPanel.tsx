import './comparison.css';
import { lazy, Suspense, useMemo, useRef } from 'react';
import { ChartFrame } from '@/components/ChartFrame';
import { DatasetErrorMessage } from '@/components/DatasetErrorMessage';
import { ExportMenu } from '@/components/ExportMenu';
import { Panel } from '@/components/Panel';
import { QueryState } from '@/components/QueryState';
import { useExportable } from '@/components/use-exportable';
import { useMessages, useT } from '@/components/use-t';
import { useCases, useLists, useSchoolFigures, useSchools } from '@/data/queries';
import type { SchoolFigures, Schools } from '@/data/domain';
import { formatNumber } from '@/lib/format';
import { actions, useCompared, useLang } from '@/state/store';
import { CompareTable } from './CompareTable';
import { compareSchools, measures, memberships, peerGroup } from './compare';
import { gapRows } from './gap-rows';
import { Memberships } from './Memberships';
import { compareMessages } from './messages';
import { Picker } from './Picker';

// recharts draws the gap chart: it loads with the first comparison, not with the panel's picker.
const GapChart = lazy(() => import('./GapChart').then((m) => ({ default: m.GapChart })));

function Comparison({ schools, figures }: { schools: Schools; figures: SchoolFigures }) {
  const m = useMessages(compareMessages);
  const t = useT();
  const lang = useLang();
  const ids = useCompared();
  const listsQuery = useLists();
  const casesQuery = useCases();
  const lists = listsQuery.data;
  const cases = casesQuery.data;
  const chosen = ids.map((id) => schools.byId.get(id)).filter((s) => s !== undefined);
  const rows = useMemo(() => compareSchools(ids, schools.list, measures(figures)), [ids, schools, figures]);
  const items = useMemo(() => memberships(ids, lists, cases?.cases), [ids, lists, cases]);
  const name = (id: string) => {
    const s = schools.byId.get(id);
    return s ? (lang === 'zh' ? s.nameZh : s.shortEn) : id;
  };
  const names = chosen.map((s) => name(s.id)).join(lang === 'zh' ? ' 与 ' : ' vs ');
  const tableNode = useRef<HTMLDivElement>(null);
  const exportable = useExportable(
    'comparison-table',
    `学校对比-${chosen.map((s) => s.nameZh).join('-')}`,
    '',
    tableNode,
    {
      title: `${m('tableTitle')}：${names}`,
      subtitle: m('peers'),
      source: t('reportSource', { source: '表1、表2、表6、表16' }),
    },
    {
      title: `${m('tableTitle')}：${names}`,
      scope: m('peers'),
      source: t('reportSource', { source: '表1、表2、表6、表16' }),
      columns: [
        { key: 'measure', label: m('measure') },
        ...chosen.map((s) => ({ key: s.id, label: name(s.id) })),
        { key: 'median', label: m('median') },
      ],
      rows: rows.map((r) => ({
        measure: lang === 'zh' ? r.measure.labelZh : r.measure.labelEn,
        median: r.median,
        ...Object.fromEntries(r.values.map((v) => [v.schoolId, v.value])),
      })),
    },
  );
  const gap = gapRows(rows, lang);

  return (
    <>
      <div className="compare-chosen">
        <ul className="chips">
          {chosen.map((s) => (
            <li key={s.id} className="chip">
              {name(s.id)}
              <button
                type="button"
                aria-label={m('remove', { name: name(s.id) })}
                onClick={() => actions.schoolUncompared(s.id)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
        {chosen.length > 1 && (
          <button type="button" onClick={actions.comparisonSwapped}>
            {m('swap')}
          </button>
        )}
        {chosen.length > 0 && (
          <button type="button" onClick={actions.comparisonCleared}>
            {m('clear')}
          </button>
        )}
        {chosen.length > 1 && <ExportMenu view={exportable} />}
      </div>
      <Picker schools={schools.list} />
      {chosen.length < 2 ? (
        <p className="empty-state" role="status">
          {m('empty')}
        </p>
      ) : (
        <>
          <div ref={tableNode}>
            <CompareTable rows={rows} schools={chosen} lang={lang} />
          </div>
          <p className="measure-source">
            {m('peers')}{' '}
            {chosen
              .map((s) =>
                m('peerGroupOf', {
                  name: name(s.id),
                  tier: t(s.tier === 'undergraduate' ? 'tierUndergraduate' : 'tierJuniorCollege'),
                  type: lang === 'zh' ? s.typeZh : s.typeEn,
                  count: peerGroup(s, schools.list).length,
                }),
              )
              .join('；')}
          </p>
          <ChartFrame
            meta={{
              id: 'comparison-gaps',
              title: `${m('gapTitle')}：${names}`,
              subtitle: m('gapUnit'),
              source: '表2、表6、表16',
              provinceWide: true,
            }}
            table={{
              columns: [
                { key: 'label', label: m('measure') },
                ...chosen.map((s) => ({ key: s.id, label: name(s.id), numeric: true })),
              ],
              rows: gap.map((g) => ({
                key: g.key,
                label: g.label,
                ...Object.fromEntries(
                  chosen.map((s) => {
                    const v = (g as Record<string, unknown>)[s.id];
                    return [s.id, typeof v === 'number' ? formatNumber(v, lang) : m('notReported')];
                  }),
                ),
              })),
            }}
          >
            <Suspense fallback={<p className="loading">{t('loading', { what: m('gapTitle') })}</p>}>
              <GapChart rows={rows} schools={chosen} lang={lang} />
            </Suspense>
          </ChartFrame>
          {[listsQuery, casesQuery].map((q, i) => (q.isError ? <DatasetErrorMessage key={i} error={q.error} /> : null))}
          <Memberships items={items} schools={chosen} lang={lang} />
        </>
      )}
    </>
  );
}

export function ComparisonPanel() {
  const m = useMessages(compareMessages);
  const schools = useSchools();
  const figures = useSchoolFigures();
  return (
    <Panel id="compare" title={m('title')}>
      <QueryState queries={[schools, figures]} what={m('title')}>
        {(s, f) => <Comparison schools={s} figures={f} />}
      </QueryState>
    </Panel>
  );
}
