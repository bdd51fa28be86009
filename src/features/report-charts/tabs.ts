import type { ChartTab } from '@/state/vocabulary';
import type { ChartsMessage } from './messages';

export const TAB_LABEL: Record<ChartTab, ChartsMessage> = {
  schools: 'tabSchools',
  composition: 'tabComposition',
  students: 'tabStudents',
  conditions: 'tabConditions',
  teachers: 'tabTeachers',
  resources: 'tabResources',
  contests: 'tabContests',
};

/** Tabs whose charts come with the lazily loaded chunk; the first tab and 资源与专业 draw per-school bars. */
export const LAZY_TABS: ReadonlySet<ChartTab> = new Set([
  'composition',
  'students',
  'conditions',
  'teachers',
  'contests',
]);

/**
 * The report's other charts load with the first tab that shows them, not with the first view;
 * pointing at or focusing a tab starts the load early.
 */
export const provinceCharts = () => import('./ProvinceCharts');
export const preloadProvinceCharts = (): void => void provinceCharts();
