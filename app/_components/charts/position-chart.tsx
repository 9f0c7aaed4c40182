'use client';
// Net position per country over time: a thin recharts LineChart over rows from toChartRows.
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { ChartRow } from '@/lib/pipeline/positions';

// Distinguishable on white and for common colour-vision deficiencies (Okabe–Ito palette).
const COLORS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000', '#F0E442'];

type Props = { rows: ChartRow[]; countries: string[] };

export function PositionChart({ rows, countries }: Props) {
  return (
    <div className="chart" data-testid="position-chart">
      <LineChart data={rows} responsive style={{ width: '100%', height: '100%' }} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="#e5e9ef" />
        <XAxis dataKey="period" tick={{ fontSize: 12 }} minTickGap={24} />
        <YAxis domain={[-1, 1]} ticks={[-1, -0.5, 0, 0.5, 1]} tick={{ fontSize: 12 }} width={40} />
        <ReferenceLine y={0} stroke="#9aa5b1" />
        <Tooltip formatter={(value) => (typeof value === 'number' ? value.toFixed(2) : String(value ?? ''))} />
        <Legend />
        {countries.map((country, index) => (
          <Line
            key={country}
            type="linear"
            dataKey={country}
            name={country}
            stroke={COLORS[index % COLORS.length]}
            strokeWidth={2}
            dot={{ r: 3 }}
            connectNulls
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </div>
  );
}
