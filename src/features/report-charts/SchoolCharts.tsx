import { useCallback, useState } from 'react';
import { HorizontalBars } from '@/components/charts/HorizontalBars';
import { ChartFrame } from '@/components/ChartFrame';
import { useNotes } from '@/components/use-notes';
import { useScope } from '@/components/use-scope';
import { useMessages } from '@/components/use-t';
import type { School, SchoolFigures } from '@/data/domain';
import type { BarsFigure } from '@/lib/export/model';
import { formatNumber, formatPercent, type Lang } from '@/lib/format';
import { actions, useCompared, useHovered, useLang } from '@/state/store';
import { barsTable } from './bars-table';
import { chartsMessages } from './messages';
import { perSchoolBars, type Bar } from './series';

const TOP = 15;

/**
 * The drawn chart's bars: the compared schools and the hovered one stand out, a school the table
 * does not report is a gap saying so (never 0), and each bar's tooltip (pointer or keyboard focus)
 * gives its value and its share of the province.
 */
function barsFigure(
  bars: readonly Bar[],
  {
    lang,
    unit,
    shareBase,
    compared,
    hovered,
  }: { lang: Lang; unit: string; shareBase: string; compared: readonly string[]; hovered: string | null },
): BarsFigure {
  return {
    kind: 'bars',
    bars: bars.map((b) => {
      const valueText = b.value === null ? (lang === 'zh' ? '未报告' : 'not reported') : formatNumber(b.value, lang);
      const share =
        b.share === undefined || b.share === null
          ? []
          : [
              lang === 'zh'
                ? `占${shareBase}的 ${formatPercent(b.share, lang, 1)}`
                : `${formatPercent(b.share, lang, 1)} of ${shareBase}`,
            ];
      return {
        key: b.key,
        label: lang === 'zh' ? b.labelZh : b.labelEn,
        value: b.value,
        valueText,
        tone: b.key === hovered ? 'hovered' : compared.includes(b.key) ? 'picked' : 'base',
        detail: [b.value === null ? valueText : `${valueText} ${unit}`, ...share],
      };
    }),
  };
}

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
  const formatTick = useCallback((v: number) => formatNumber(v, lang), [lang]);
  const withRest = perSchoolBars(inView, figures, metricId, showAll ? Infinity : TOP);
  const label = metric ? (lang === 'zh' ? metric.labelZh : metric.labelEn) : '';
  const unit = metric ? (lang === 'zh' ? metric.unit : metric.unitEn) : '';
  const total = metric ? Object.values(metric.values).reduce<number>((s, v) => s + (v ?? 0), 0) : 0;
  const shareBase = `${m('provinceTotal', { total: formatNumber(total, lang) })} ${unit}`;
  // The grouped rest would dwarf every school's bar, so it is said in words under the chart.
  const figure = barsFigure(
    withRest.filter((b) => !b.grouped),
    { lang, unit, shareBase, compared, hovered },
  );
  if (!metric) return null;
  const rest = withRest.find((b) => b.grouped);
  const all = perSchoolBars(inView, figures, metricId);
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
      <HorizontalBars
        figure={figure}
        label={title(label)}
        formatTick={formatTick}
        handlers={{
          onActivate: actions.schoolCompared,
          onHover: actions.schoolHovered,
          // The full name, not the label as wrapped (and maybe shortened) to fit beside the bar.
          barLabel: (row) => {
            const name = figure.bars.find((b) => b.key === row.key)?.label ?? row.labelLines.join('');
            const value = row.notReported ? row.valueText : `${row.valueText} ${unit}`;
            return lang === 'zh' ? `${name}：${value}，点击加入对比` : `${name}: ${value}, click to compare`;
          },
        }}
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
