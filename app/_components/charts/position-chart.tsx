'use client';
// Positions over time: a thin recharts LineChart over rows from toChartRows. A point stands where there are
// statements; a period without any is null, so no line is drawn across a gap longer than one period.
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
  type TooltipValueType,
} from 'recharts';
import type { ChartRow } from '@/lib/pipeline/positions';

// Distinguishable on white and for common colour-vision deficiencies (Okabe–Ito palette); dashes tell lines apart too.
const COLORS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#56B4E9', '#000000', '#E69F00', '#8C6D1F'];
const DASHES = [undefined, '6 3', '2 3', '8 3 2 3', undefined, '6 3', '2 3', '8 3 2 3'];

export type ChartSeries = { key: string; label: string };

type Props = { rows: ChartRow[]; series: ChartSeries[]; height?: number };

function formatScore(value: number): string {
  return `${value > 0 ? '+' : ''}${value.toFixed(2)}`;
}

/** Axis ticks: +1, +0.5, 0, −0.5, −1 (short, so they fit beside the axis). */
function formatTick(value: number): string {
  return value === 0 ? '0' : `${value > 0 ? '+' : '−'}${Math.abs(value)}`;
}

function PositionTooltip({ active, payload, label }: TooltipContentProps<TooltipValueType, string | number>) {
  if (!active || !payload?.length) return null;
  const row = payload[0]?.payload as ChartRow | undefined;
  const entries = payload.filter((entry) => typeof entry.value === 'number');
  if (!entries.length) return null;
  return (
    <div className="chart-tooltip">
      <strong>{label}</strong>
      {entries.map((entry) => {
        const count = row?.[`${String(entry.dataKey)}__statements`];
        return (
          <div key={String(entry.dataKey)} style={{ color: entry.color }}>
            {entry.name}: {formatScore(entry.value as number)}{' '}
            <span className="subtle">
              ({count} statement{count === 1 ? '' : 's'})
            </span>
          </div>
        );
      })}
    </div>
  );
}

export function PositionChart({ rows, series, height = 340 }: Props) {
  return (
    <div className="chart" style={{ height }} data-testid="position-chart">
      <LineChart data={rows} responsive style={{ width: '100%', height: '100%' }} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="#e5e9ef" />
        <XAxis dataKey="period" tick={{ fontSize: 12 }} minTickGap={24} />
        <YAxis domain={[-1, 1]} ticks={[-1, -0.5, 0, 0.5, 1]} tick={{ fontSize: 12 }} width={40} tickFormatter={formatTick} />
        <ReferenceLine y={0} stroke="#9aa5b1" />
        <Tooltip content={PositionTooltip} />
        <Legend />
        {series.map((entry, index) => (
          <Line
            key={entry.key}
            type="linear"
            dataKey={entry.key}
            name={entry.label}
            stroke={COLORS[index % COLORS.length]}
            strokeDasharray={DASHES[index % DASHES.length]}
            strokeWidth={2}
            dot={{ r: 4, strokeDasharray: '', fill: COLORS[index % COLORS.length] }}
            activeDot={{ r: 6 }}
            connectNulls={false}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </div>
  );
}
