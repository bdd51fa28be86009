import './charts.css';
import { Suspense, type KeyboardEvent } from 'react';
import { Panel } from '@/components/Panel';
import { useT } from '@/components/use-t';
import { actions, useChartTab } from '@/state/store';
import { CHART_TABS, type ChartTab } from '@/state/vocabulary';
import { chartsMessages } from './messages';
import { TabContent } from './TabContent';
import { LAZY_TABS, preloadProvinceCharts, TAB_LABEL } from './tabs';

/**
 * The report's figures and tables as charts, in tabs so the panel stays short. The open tab is in
 * the address (tab=), so a shared link opens the tab its sender saw; arrow keys move between tabs.
 */
export function ChartsPanel() {
  const t = useT(chartsMessages);
  const tab = useChartTab();
  const choose = (next: ChartTab) => {
    actions.chartTabChosen(next);
    document.getElementById(`chart-tab-${next}`)?.focus();
  };
  const onKey = (event: KeyboardEvent) => {
    const at = CHART_TABS.indexOf(tab);
    const last = CHART_TABS.length - 1;
    const to: Record<string, number> = {
      ArrowRight: at === last ? 0 : at + 1,
      ArrowLeft: at === 0 ? last : at - 1,
      Home: 0,
      End: last,
    };
    const next = CHART_TABS[to[event.key] ?? -1];
    if (!next) return;
    event.preventDefault();
    choose(next);
  };
  return (
    <Panel id="charts" title={t('title')}>
      <div role="tablist" aria-label={t('tabs')} className="chart-tabs" onKeyDown={onKey}>
        {CHART_TABS.map((name) => (
          <button
            key={name}
            id={`chart-tab-${name}`}
            type="button"
            role="tab"
            aria-selected={tab === name}
            aria-controls="chart-tabpanel"
            tabIndex={tab === name ? 0 : -1}
            onClick={() => actions.chartTabChosen(name)}
            onPointerEnter={LAZY_TABS.has(name) ? preloadProvinceCharts : undefined}
            onFocus={LAZY_TABS.has(name) ? preloadProvinceCharts : undefined}
          >
            {t(TAB_LABEL[name])}
          </button>
        ))}
      </div>
      <div id="chart-tabpanel" role="tabpanel" aria-labelledby={`chart-tab-${tab}`}>
        <Suspense
          fallback={
            <p className="loading" role="status">
              {t('loading', { what: t(TAB_LABEL[tab]) })}
            </p>
          }
        >
          <TabContent tab={tab} />
        </Suspense>
      </div>
    </Panel>
  );
}
