import './charts.css';
import { lazy, Suspense, useState, type KeyboardEvent } from 'react';
import { Panel } from '@/components/Panel';
import { QueryState } from '@/components/QueryState';
import { useScope } from '@/components/use-scope';
import { useMessages, useT } from '@/components/use-t';
import { useLists, usePrefectures, useProvince, useSchoolFigures, useSchools } from '@/data/queries';
import { chartsMessages } from './messages';
import { SchoolMetricChart } from './SchoolCharts';

// The report's other charts (and recharts, which draws them) load with the first tab that shows
// them, not with the first view; pointing at or focusing a tab starts the load early.
const provinceCharts = () => import('./ProvinceCharts');
const CompositionCharts = lazy(() => provinceCharts().then((m) => ({ default: m.CompositionCharts })));
const ConditionCharts = lazy(() => provinceCharts().then((m) => ({ default: m.ConditionCharts })));
const ContestCharts = lazy(() => provinceCharts().then((m) => ({ default: m.ContestCharts })));
const StudentCharts = lazy(() => provinceCharts().then((m) => ({ default: m.StudentCharts })));
const TeacherCharts = lazy(() => provinceCharts().then((m) => ({ default: m.TeacherCharts })));

const TABS = [
  'tabSchools',
  'tabComposition',
  'tabStudents',
  'tabConditions',
  'tabTeachers',
  'tabResources',
  'tabContests',
] as const;
type Tab = (typeof TABS)[number];
const LAZY_TABS: ReadonlySet<Tab> = new Set([
  'tabComposition',
  'tabStudents',
  'tabConditions',
  'tabTeachers',
  'tabContests',
]);

const RESOURCE_METRICS = [
  'provincial-courses-led',
  'provincial-courses-joined',
  'national-courses-led',
  'national-courses-joined',
  'national-libraries-led',
  'national-libraries-joined',
];

function TabContent({ tab }: { tab: Tab }) {
  const m = useMessages(chartsMessages);
  const scope = useScope();
  const schools = useSchools();
  const figures = useSchoolFigures();
  const province = useProvince();
  const prefectures = usePrefectures();
  const lists = useLists();
  switch (tab) {
    case 'tabSchools':
      return (
        <QueryState queries={[schools, figures]} what={m('tabSchools')}>
          {(s, f) => (
            <SchoolMetricChart
              id="per-school"
              figures={f}
              inView={scope.inView ?? s.list}
              metricIds={['students', 'admissions', 'graduates']}
              title={(metric) => m('perSchool', { metric })}
            />
          )}
        </QueryState>
      );
    case 'tabComposition':
      return (
        <QueryState queries={[schools, prefectures]} what={m('tabComposition')}>
          {(s, p) => <CompositionCharts inView={scope.inView ?? s.list} prefectures={p} />}
        </QueryState>
      );
    case 'tabStudents':
      return (
        <QueryState queries={[province]} what={m('tabStudents')}>
          {(p) => <StudentCharts province={p} />}
        </QueryState>
      );
    case 'tabConditions':
      return (
        <QueryState queries={[province]} what={m('tabConditions')}>
          {(p) => <ConditionCharts province={p} />}
        </QueryState>
      );
    case 'tabTeachers':
      return (
        <QueryState queries={[province]} what={m('tabTeachers')}>
          {(p) => <TeacherCharts province={p} />}
        </QueryState>
      );
    case 'tabResources':
      return (
        <QueryState queries={[schools, figures]} what={m('tabResources')}>
          {(s, f) => (
            <div className="chart-grid">
              <SchoolMetricChart
                id="online-resources"
                figures={f}
                inView={scope.inView ?? s.list}
                metricIds={RESOURCE_METRICS}
                title={(metric) => m('onlineResources', { metric })}
              />
              <SchoolMetricChart
                id="new-majors"
                figures={f}
                inView={scope.inView ?? s.list}
                metricIds={['new-majors']}
                title={() => m('newMajors')}
              />
            </div>
          )}
        </QueryState>
      );
    case 'tabContests':
      return (
        <QueryState queries={[province, prefectures, lists]} what={m('tabContests')}>
          {(p, pr, l) => <ContestCharts province={p} prefectures={pr} lists={l} />}
        </QueryState>
      );
  }
}

/** The report's figures and tables as charts, in tabs so the panel stays short. */
export function ChartsPanel() {
  const m = useMessages(chartsMessages);
  const t = useT();
  const [tab, setTab] = useState<Tab>('tabSchools');
  const onKey = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const next = TABS[(TABS.indexOf(tab) + step + TABS.length) % TABS.length] as Tab;
    setTab(next);
    document.getElementById(`chart-tab-${next}`)?.focus();
  };
  return (
    <Panel id="charts" title={m('title')}>
      <div role="tablist" aria-label={m('tabs')} className="chart-tabs" onKeyDown={onKey}>
        {TABS.map((name) => (
          <button
            key={name}
            id={`chart-tab-${name}`}
            type="button"
            role="tab"
            aria-selected={tab === name}
            aria-controls="chart-tabpanel"
            tabIndex={tab === name ? 0 : -1}
            onClick={() => setTab(name)}
            onPointerEnter={LAZY_TABS.has(name) ? () => void provinceCharts() : undefined}
            onFocus={LAZY_TABS.has(name) ? () => void provinceCharts() : undefined}
          >
            {m(name)}
          </button>
        ))}
      </div>
      <div id="chart-tabpanel" role="tabpanel" aria-labelledby={`chart-tab-${tab}`}>
        <Suspense
          fallback={
            <p className="loading" role="status">
              {t('loading', { what: m(tab) })}
            </p>
          }
        >
          <TabContent tab={tab} />
        </Suspense>
      </div>
    </Panel>
  );
}
