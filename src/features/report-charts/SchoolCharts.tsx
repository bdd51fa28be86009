import { useState } from 'react';
import { ChartFrame } from '@/components/ChartFrame';
import { useNotes } from '@/components/use-notes';
import { useScope } from '@/components/use-scope';
import { useMessages } from '@/components/use-t';
import type { School, SchoolFigures } from '@/data/domain';
import { formatNumber } from '@/lib/format';
import { actions, useCompared, useHovered, useLang } from '@/state/store';
import { barsTable } from './bars-table';
import { BarsChart } from './BarsChart';
import { chartsMessages } from './messages';
import { perSchoolBars } from './series';

const TOP = 15;

interface Props {
  id: string;
  figures: SchoolFigures;
  inView: School[];
  /** The metrics the chart can show; the first is the default. */
  metricIds: readonly string[];
  title: (metricLabel: string) => string;
}

/** A per-school bar chart of one metric, for the schools the filters leave. */
export function SchoolMetricChart({ id, figures, inView, metricIds, title }: Props) {
  const m = useMessages(chartsMessages);
  const lang = useLang();
  const scope = useScope();
  const compared = useCompared();
  const hovered = useHovered();
  const [metricId, setMetricId] = useState(metricIds[0] ?? 'students');
  const [showAll, setShowAll] = useState(false);
  const metric = figures.byId.get(metricId);
  const notes = useNotes([`school-metric:${metricId}`]);
  if (!metric) return null;
  const withRest = perSchoolBars(inView, figures, metricId, showAll ? Infinity : TOP);
  // The grouped rest would dwarf every school's bar, so it is said in words under the chart.
  const bars = withRest.filter((b) => !b.grouped);
  const rest = withRest.find((b) => b.grouped);
  const all = perSchoolBars(inView, figures, metricId);
  const label = lang === 'zh' ? metric.labelZh : metric.labelEn;
  const unit = lang === 'zh' ? metric.unit : metric.unitEn;
  const total = Object.values(metric.values).reduce<number>((s, v) => s + (v ?? 0), 0);
  const notReported = all.filter((b) => b.value === null).length;
  const subtitle =
    notReported > 0 ? `${scope.subtitle} · ${m('notReportedNote', { count: notReported })}` : scope.subtitle;
  return (
    <ChartFrame
      meta={{ id: `${id}-${metricId}`, title: title(label), subtitle, source: metric.source, unit }}
      notes={notes}
      empty={inView.length === 0 ? m('emptyFiltered', { scope: scope.subtitle }) : undefined}
      table={barsTable(all, lang, { name: m('school'), value: `${label}（${unit}）`, share: m('share') })}
      actions={
        <>
          {metricIds.length > 1 && (
            <select aria-label={m('sortBy')} value={metricId} onChange={(e) => setMetricId(e.target.value)}>
              {metricIds.map((mid) => {
                const x = figures.byId.get(mid);
                return x ? (
                  <option key={mid} value={mid}>
                    {lang === 'zh' ? x.labelZh : x.labelEn}
                  </option>
                ) : null;
              })}
            </select>
          )}
          {all.length > TOP && (
            <button type="button" onClick={() => setShowAll((v) => !v)}>
              {showAll ? m('showTop', { count: TOP }) : m('showAll', { count: all.length })}
            </button>
          )}
        </>
      }
    >
      <BarsChart
        bars={bars}
        lang={lang}
        unit={unit}
        shareBase={`${m('provinceTotal', { total: formatNumber(total, lang) })} ${unit}`}
        compared={compared}
        hovered={hovered}
        onBarClick={actions.schoolCompared}
        onBarHover={actions.schoolHovered}
      />
      {rest && (
        <p className="chart-hint">
          {m('restNote', {
            count: rest.grouped ?? 0,
            value: rest.value === null ? '—' : formatNumber(rest.value, lang),
            unit,
          })}
        </p>
      )}
      <p className="chart-hint" data-export-ignore>
        {m('clickHint')}
      </p>
    </ChartFrame>
  );
}
