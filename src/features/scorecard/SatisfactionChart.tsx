import { rowTooltip, tooltipBase } from '@/components/row-tooltip';
import { Bar, BarChart, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from '@/components/ChartFrame';
import { useNotes } from '@/components/use-notes';
import { useMessages } from '@/components/use-t';
import { formatNumber, formatPercent } from '@/lib/format';
import { localLabel } from '@/lib/i18n';
import { useLang } from '@/state/store';
import type { SatisfactionBar } from './charts-data';
import { surveyMethodLabel, tableLabel } from './labels';
import { scorecardMessages } from './messages';
import { rowNoteKey } from './rows';
import { wrappedTick } from './WrappedTick';

/** 附表2 as bars, each labelled with its rate and how many responses it rests on. */
export function SatisfactionChart({ bars }: { bars: readonly SatisfactionBar[] }) {
  const m = useMessages(scorecardMessages);
  const lang = useLang();
  const notes = useNotes(bars.map((b) => rowNoteKey('附表2', b.id)));
  const count = (b: SatisfactionBar) =>
    b.surveyCount === null ? '' : m('barCount', { count: formatNumber(b.surveyCount, lang) });
  // 其中 parts are indented under their survey, as the report prints them.
  const rows = bars.map((b) => ({
    ...b,
    label: `${b.level > 0 ? '·\u00a0' : ''}${localLabel(lang, b)}`,
    barLabel: `${formatPercent(b.value, lang)}  ${count(b)}`,
  }));
  const labelWidth = 240;
  const table = {
    columns: [
      { key: 'name', label: m('indicator') },
      { key: 'value', label: '%', numeric: true },
      { key: 'survey', label: m('surveyCountColumn'), numeric: true },
      { key: 'method', label: m('method') },
    ],
    rows: rows.map((r) => ({
      key: r.id,
      name: r.label,
      value: formatNumber(r.value, lang),
      survey: r.surveyCount === null ? '' : formatNumber(r.surveyCount, lang),
      method: r.surveyMethod ? surveyMethodLabel(r.surveyMethod, lang) : '',
    })),
  };
  return (
    <ChartFrame
      meta={{
        id: 'scorecard-satisfaction',
        title: m('satisfaction'),
        subtitle: m('provinceWide'),
        source: tableLabel('附表2', lang),
        unit: '%',
        provinceWide: true,
      }}
      notes={notes}
      table={table}
    >
      <ResponsiveContainer width="100%" height={rows.length * 34 + 40} initialDimension={{ width: 560, height: 400 }}>
        <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 150, bottom: 4, left: 4 }}>
          <XAxis type="number" domain={[0, 100]} tickFormatter={(v: number) => `${v}%`} fontSize={11} />
          <YAxis type="category" dataKey="label" width={labelWidth} interval={0} tick={wrappedTick(labelWidth)} />
          <Tooltip
            {...tooltipBase}
            content={rowTooltip<(typeof rows)[number]>('scorecard-tooltip', (row) => (
              <>
                <strong>{localLabel(lang, row)}</strong>
                <div>{formatPercent(row.value, lang)}</div>
                {row.surveyCount !== null && (
                  <div>
                    {m('surveyBase', {
                      count: formatNumber(row.surveyCount, lang),
                      method: surveyMethodLabel(row.surveyMethod ?? '', lang),
                    })}
                  </div>
                )}
              </>
            ))}
          />
          <Bar dataKey="value" isAnimationActive={false}>
            {rows.map((r) => (
              <Cell key={r.id} fill={r.level > 0 ? '#8fb0d2' : '#3b6b9c'} />
            ))}
            <LabelList dataKey="barLabel" position="right" fontSize={11} fill="#1f2933" />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
