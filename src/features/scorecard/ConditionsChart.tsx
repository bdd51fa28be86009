import { rowTooltip, tooltipBase } from '@/components/row-tooltip';
import { Bar, BarChart, Legend, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from '@/components/ChartFrame';
import { useNotes } from '@/components/use-notes';
import { useMessages } from '@/components/use-t';
import { formatNumber, formatPercent } from '@/lib/format';
import { localLabel } from '@/lib/i18n';
import { useLang } from '@/state/store';
import { CONDITION_YEARS, percentAxis, shortfalls, type ConditionBar } from './charts-data';
import { tableLabel } from './labels';
import { scorecardMessages } from './messages';
import { wrappedTick } from './WrappedTick';

const YEAR_COLOURS = { 2021: '#b5cbe3', 2022: '#8fb0d2', 2023: '#2f5f8f' } as const;

/** 表3's medians as a share of their 合格 thresholds, the threshold drawn at 100%. */
export function ConditionsChart({ bars }: { bars: readonly ConditionBar[] }) {
  const m = useMessages(scorecardMessages);
  const lang = useLang();
  const notes = useNotes(bars.map((b) => `basic:${b.id}`));
  const share = (percent: number | null) => (percent === null ? '—' : formatPercent(percent, lang, 1));
  const unitOf = (b: ConditionBar) => (lang === 'zh' ? b.unit : b.unitEn);
  const rows = bars.map((b) => ({
    ...b,
    label: localLabel(lang, b),
    y2021: b.ofThreshold[2021],
    y2022: b.ofThreshold[2022],
    y2023: b.ofThreshold[2023],
  }));
  const below = shortfalls(bars);
  const labelWidth = 210;
  const axis = percentAxis(bars.flatMap((b) => CONDITION_YEARS.map((year) => b.ofThreshold[year])));
  const table = {
    columns: [
      { key: 'name', label: m('indicator') },
      { key: 'threshold', label: m('threshold'), numeric: true },
      ...CONDITION_YEARS.map((year) => ({ key: `y${year}`, label: m('median', { year }), numeric: true })),
    ],
    rows: bars.map((b) => ({
      key: b.id,
      name: `${localLabel(lang, b)}（${unitOf(b)}）`,
      threshold: formatNumber(b.threshold, lang),
      ...Object.fromEntries(
        CONDITION_YEARS.map((year) => {
          return [`y${year}`, `${formatNumber(b.medians[year], lang)}（${share(b.ofThreshold[year])}）`];
        }),
      ),
    })),
  };
  return (
    <ChartFrame
      meta={{
        id: 'scorecard-basic-conditions',
        title: m('conditions'),
        subtitle: m('provinceWide'),
        source: tableLabel('表3', lang),
        unit: m('ofThreshold'),
        provinceWide: true,
      }}
      notes={notes}
      table={table}
    >
      <p className="scorecard-note">{m('conditionsHint')}</p>
      <ResponsiveContainer width="100%" height={rows.length * 62 + 70} initialDimension={{ width: 560, height: 420 }}>
        <BarChart data={rows} layout="vertical" margin={{ top: 16, right: 24, bottom: 4, left: 4 }} barGap={1}>
          <XAxis
            type="number"
            domain={[0, axis.max]}
            ticks={axis.ticks}
            tickFormatter={(v: number) => `${v}%`}
            fontSize={11}
          />
          <YAxis type="category" dataKey="label" width={labelWidth} interval={0} tick={wrappedTick(labelWidth)} />
          <Tooltip
            {...tooltipBase}
            content={rowTooltip<(typeof rows)[number]>('scorecard-tooltip', (row) => (
              <>
                <strong>
                  {row.label}（{unitOf(row)}）
                </strong>
                {CONDITION_YEARS.map((year) => (
                  <div key={year}>
                    {m('yearRatio', {
                      year,
                      median: formatNumber(row.medians[year], lang),
                      threshold: formatNumber(row.threshold, lang),
                      percent: share(row.ofThreshold[year]),
                    })}
                  </div>
                ))}
              </>
            ))}
          />
          <Legend
            verticalAlign="bottom"
            height={24}
            iconSize={10}
            wrapperStyle={{ fontSize: 12 }}
            formatter={(value) => <span className="legend-label">{value}</span>}
          />
          {CONDITION_YEARS.map((year) => (
            <Bar
              key={year}
              dataKey={`y${year}`}
              name={lang === 'zh' ? `${year}年` : String(year)}
              fill={YEAR_COLOURS[year]}
              isAnimationActive={false}
            />
          ))}
          <ReferenceLine
            x={100}
            stroke="#b00020"
            strokeDasharray="4 3"
            strokeWidth={2}
            label={{ value: m('thresholdLine'), position: 'top', fontSize: 11, fill: '#b00020' }}
          />
        </BarChart>
      </ResponsiveContainer>
      <p className="scorecard-note">
        {below.length === 0
          ? m('allMeet')
          : `${m('below')}${below
              .map((s) =>
                m('belowItem', {
                  label: localLabel(lang, s),
                  year: s.year,
                  median: formatNumber(s.median, lang),
                  threshold: formatNumber(s.threshold, lang),
                }),
              )
              .join(lang === 'zh' ? '；' : '; ')}`}
      </p>
    </ChartFrame>
  );
}
