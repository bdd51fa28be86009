import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { School } from '@/data/domain';
import { formatNumber, type Lang } from '@/lib/format';
import type { ComparedMeasure } from './compare';
import { gapRows } from './gap-rows';

const COLORS = ['#08519c', '#d95f02', '#1b9e77', '#7570b3'];

export function GapChart({ rows, schools, lang }: { rows: ComparedMeasure[]; schools: School[]; lang: Lang }) {
  const data = gapRows(rows, lang);
  return (
    <ResponsiveContainer
      width="100%"
      height={Math.max(220, data.length * (schools.length * 12 + 14) + 60)}
      initialDimension={{ width: 600, height: 300 }}
    >
      <BarChart data={data} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 4 }}>
        <CartesianGrid horizontal={false} strokeDasharray="2 3" />
        <XAxis type="number" tickFormatter={(v: number) => formatNumber(v, lang)} fontSize={11} />
        <YAxis type="category" dataKey="label" width={lang === 'zh' ? 190 : 240} fontSize={11} interval={0} />
        <Tooltip
          isAnimationActive={false}
          formatter={(v) => (typeof v === 'number' ? `${formatNumber(v, lang)}` : String(v ?? '—'))}
        />
        <Legend />
        <ReferenceLine
          x={100}
          stroke="#444"
          strokeDasharray="4 3"
          label={{ value: lang === 'zh' ? '中位数' : 'median', position: 'top', fontSize: 11 }}
        />
        {schools.map((s, i) => (
          <Bar
            key={s.id}
            dataKey={s.id}
            name={lang === 'zh' ? s.nameZh : s.shortEn}
            fill={COLORS[i % COLORS.length]}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
