import { rowTooltip, tooltipBase } from '@/components/row-tooltip';
import {
  Bar as RBar,
  BarChart,
  Cell,
  LabelList,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatNumber, formatPercent, type Lang } from '@/lib/format';
import type { Bar } from './series';

interface Props {
  bars: Bar[];
  lang: Lang;
  unit: string;
  /** Values are percentages as printed. */
  percent?: boolean;
  /** What a bar's share is of, for the tooltip ("全省在校生 294,013 人"). */
  shareBase?: string;
  threshold?: { value: number; label: string };
  compared?: readonly string[];
  hovered?: string | null;
  onBarClick?: (key: string) => void;
  onBarHover?: (key: string | null) => void;
}

const BASE = '#4a78a8';
const PICKED = '#08306b';
const HOVER = '#f0a500';
const REST = '#9fb3c8';

/** Horizontal bars: the shared chart of this panel. No animation, so a filter change shows at once. */
export function BarsChart({
  bars,
  lang,
  unit,
  percent,
  shareBase,
  threshold,
  compared = [],
  hovered,
  onBarClick,
  onBarHover,
}: Props) {
  const rows = bars.map((b) => ({ ...b, label: lang === 'zh' ? b.labelZh : b.labelEn, plotted: b.value ?? 0 }));
  const text = (v: number | null) =>
    v === null ? (lang === 'zh' ? '未报告' : 'not reported') : percent ? formatPercent(v, lang) : formatNumber(v, lang);
  const labelWidth = Math.min(230, 14 + Math.max(...rows.map((r) => r.label.length)) * (lang === 'zh' ? 13 : 7));
  return (
    <ResponsiveContainer
      width="100%"
      height={Math.max(120, rows.length * 24 + 36)}
      initialDimension={{ width: 600, height: 300 }}
    >
      <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 64, bottom: 4, left: 4 }}>
        <XAxis type="number" tickFormatter={(v: number) => (percent ? `${v}%` : formatNumber(v, lang))} fontSize={11} />
        <YAxis type="category" dataKey="label" width={labelWidth} fontSize={12} interval={0} />
        <Tooltip
          {...tooltipBase}
          content={rowTooltip<(typeof rows)[number]>('chart-tooltip', (row) => (
            <>
              <strong>{row.label}</strong>
              <div>
                {text(row.value)} {row.value !== null && !percent ? unit : ''}
              </div>
              {row.share !== undefined && row.share !== null && shareBase && (
                <div>
                  {lang === 'zh'
                    ? `占${shareBase}的 ${formatPercent(row.share, lang, 1)}`
                    : `${formatPercent(row.share, lang, 1)} of ${shareBase}`}
                </div>
              )}
            </>
          ))}
        />
        {threshold && (
          <ReferenceLine
            x={threshold.value}
            stroke="#b00020"
            strokeDasharray="4 3"
            label={{ value: threshold.label, position: 'top', fontSize: 11, fill: '#b00020' }}
          />
        )}
        <RBar
          dataKey="plotted"
          isAnimationActive={false}
          onClick={
            onBarClick
              ? (item: { payload?: { key: string } }) =>
                  item.payload && item.payload.key !== '__rest' && onBarClick(item.payload.key)
              : undefined
          }
          onMouseEnter={
            onBarHover
              ? (item: { payload?: { key: string } }) =>
                  onBarHover(!item.payload || item.payload.key === '__rest' ? null : item.payload.key)
              : undefined
          }
          onMouseLeave={onBarHover ? () => onBarHover(null) : undefined}
          cursor={onBarClick ? 'pointer' : undefined}
        >
          {rows.map((r) => (
            <Cell
              key={r.key}
              fill={r.key === hovered ? HOVER : compared.includes(r.key) ? PICKED : r.grouped ? REST : BASE}
            />
          ))}
          <LabelList
            dataKey="value"
            position="right"
            fontSize={11}
            formatter={(v: unknown) => text(typeof v === 'number' ? v : null)}
          />
        </RBar>
      </BarChart>
    </ResponsiveContainer>
  );
}
