import './charts.css';
import { useState, type KeyboardEvent } from 'react';
import { Panel } from '@/components/Panel';
import { QueryState } from '@/components/QueryState';
import { useScope } from '@/components/use-scope';
import { useMessages } from '@/components/use-t';
import { useLists, usePrefectures, useProvince, useSchoolFigures, useSchools } from '@/data/queries';
import { chartsMessages } from './messages';
import { CompositionCharts, ConditionCharts, ContestCharts, StudentCharts, TeacherCharts } from './ProvinceCharts';
import { SchoolMetricChart } from './SchoolCharts';

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
        {TABS.map((t) => (
          <button
            key={t}
            id={`chart-tab-${t}`}
            type="button"
            role="tab"
            aria-selected={tab === t}
            aria-controls="chart-tabpanel"
            tabIndex={tab === t ? 0 : -1}
            onClick={() => setTab(t)}
          >
            {m(t)}
          </button>
        ))}
      </div>
      <div id="chart-tabpanel" role="tabpanel" aria-labelledby={`chart-tab-${tab}`}>
        <TabContent tab={tab} />
      </div>
    </Panel>
  );
}
