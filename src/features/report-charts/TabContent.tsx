import { lazy } from 'react';
import { QueryState } from '@/components/QueryState';
import { useScope } from '@/components/use-scope';
import { useT } from '@/components/use-t';
import { useLists, usePrefectures, useProvince, useSchoolFigures, useSchools } from '@/data/queries';
import type { ChartTab, MetricId } from '@/state/vocabulary';
import { chartsMessages } from './messages';
import { SchoolMetricChart } from './SchoolCharts';
import { provinceCharts, TAB_LABEL } from './tabs';

const CompositionCharts = lazy(() => provinceCharts().then((m) => ({ default: m.CompositionCharts })));
const ConditionCharts = lazy(() => provinceCharts().then((m) => ({ default: m.ConditionCharts })));
const ContestCharts = lazy(() => provinceCharts().then((m) => ({ default: m.ContestCharts })));
const StudentCharts = lazy(() => provinceCharts().then((m) => ({ default: m.StudentCharts })));
const TeacherCharts = lazy(() => provinceCharts().then((m) => ({ default: m.TeacherCharts })));

const SIZE_METRICS: readonly MetricId[] = ['students', 'admissions', 'graduates'];
const RESOURCE_METRICS: readonly MetricId[] = [
  'provincial-courses-led',
  'provincial-courses-joined',
  'national-courses-led',
  'national-courses-joined',
  'national-libraries-led',
  'national-libraries-joined',
];
const NEW_MAJORS: readonly MetricId[] = ['new-majors'];

/** One tab's charts, each with the datasets it needs: a broken file names itself in its tabs only. */
export function TabContent({ tab }: { tab: ChartTab }) {
  const t = useT(chartsMessages);
  const scope = useScope();
  const schools = useSchools();
  const figures = useSchoolFigures();
  const province = useProvince();
  const prefectures = usePrefectures();
  const lists = useLists();
  const what = t(TAB_LABEL[tab]);
  switch (tab) {
    case 'schools':
      return (
        <QueryState queries={[schools, figures]} what={what}>
          {(s, f) => (
            <SchoolMetricChart
              id="per-school"
              figures={f}
              inView={scope.inView ?? s.list}
              metricIds={SIZE_METRICS}
              titleKey="perSchool"
            />
          )}
        </QueryState>
      );
    case 'composition':
      return (
        <QueryState queries={[schools, prefectures]} what={what}>
          {(s, p) => <CompositionCharts inView={scope.inView ?? s.list} schools={s.list} prefectures={p} />}
        </QueryState>
      );
    case 'students':
      return (
        <QueryState queries={[province]} what={what}>
          {(p) => <StudentCharts province={p} />}
        </QueryState>
      );
    case 'conditions':
      return (
        <QueryState queries={[province]} what={what}>
          {(p) => <ConditionCharts province={p} />}
        </QueryState>
      );
    case 'teachers':
      return (
        <QueryState queries={[province]} what={what}>
          {(p) => <TeacherCharts province={p} />}
        </QueryState>
      );
    case 'resources':
      return (
        <QueryState queries={[schools, figures]} what={what}>
          {(s, f) => (
            <div className="chart-grid">
              <SchoolMetricChart
                id="online-resources"
                figures={f}
                inView={scope.inView ?? s.list}
                metricIds={RESOURCE_METRICS}
                titleKey="onlineResources"
                linkTerms
              />
              <SchoolMetricChart
                id="new-majors"
                figures={f}
                inView={scope.inView ?? s.list}
                metricIds={NEW_MAJORS}
                titleKey="newMajors"
                linkTerms
              />
            </div>
          )}
        </QueryState>
      );
    case 'contests':
      return (
        <QueryState queries={[province, prefectures, lists]} what={what}>
          {(p, pr, l) => <ContestCharts province={p} prefectures={pr} lists={l} />}
        </QueryState>
      );
  }
}
