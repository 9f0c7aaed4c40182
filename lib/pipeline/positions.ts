// Pure pivots of SQL-aggregated position rows: rows → per-country series (API) → wide rows (recharts).
import type { PositionRow } from '../domain/statements';
import type { Granularity } from '../domain/values';
export type PositionPoint = { period: string; score: number; statements: number };
export type PositionSeries = { country: string; points: PositionPoint[] };

/** One series per country (in first-seen order unless `countries` fixes it), points sorted by period. */
export function toPositionSeries(rows: PositionRow[], countries?: string[]): PositionSeries[] {
  const byCountry = new Map<string, PositionPoint[]>((countries ?? []).map((country) => [country, []]));
  for (const row of rows) {
    let points = byCountry.get(row.country);
    if (!points) {
      if (countries?.length) continue;
      points = [];
      byCountry.set(row.country, points);
    }
    points.push({ period: row.period, score: roundScore(row.score), statements: row.statements });
  }
  return [...byCountry].map(([country, points]) => ({ country, points: points.sort((a, b) => a.period.localeCompare(b.period)) }));
}

export type ChartRow = { period: string } & Record<string, number | string | null>;

const MAX_FILLED_PERIODS = 1200;

/** Position of a YYYY-MM / YYYY-Qn / YYYY label on a linear scale of its granularity; null if unreadable. */
function toPeriodIndex(period: string, granularity: Granularity): number | null {
  const match = /^(\d{4})(?:-(?:Q([1-4])|(\d{2})))?$/.exec(period);
  if (!match) return null;
  const year = Number(match[1]);
  if (granularity === 'year') return year;
  if (granularity === 'quarter') return match[2] ? year * 4 + Number(match[2]) - 1 : null;
  return match[3] ? year * 12 + Number(match[3]) - 1 : null;
}

function toPeriodLabel(index: number, granularity: Granularity): string {
  if (granularity === 'year') return String(index);
  if (granularity === 'quarter') return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Every period from the first to the last label, so the x axis spaces time evenly. */
export function listPeriodsBetween(first: string, last: string, granularity: Granularity): string[] {
  const from = toPeriodIndex(first, granularity);
  const to = toPeriodIndex(last, granularity);
  if (from === null || to === null || to < from || to - from > MAX_FILLED_PERIODS) return [...new Set([first, last])];
  return Array.from({ length: to - from + 1 }, (_, offset) => toPeriodLabel(from + offset, granularity));
}

/**
 * Wide rows for a line chart, one key per country; a period a country said nothing in is null (the line
 * skips it rather than drawing a fake 0). With a granularity, empty periods in between get rows too.
 */
export function toChartRows(series: PositionSeries[], granularity?: Granularity): ChartRow[] {
  const seen = [...new Set(series.flatMap((entry) => entry.points.map((point) => point.period)))].sort();
  const periods =
    granularity && seen.length > 1 ? [...new Set([...listPeriodsBetween(seen[0]!, seen.at(-1)!, granularity), ...seen])].sort() : seen;
  const lookup = new Map(series.map((entry) => [entry.country, new Map(entry.points.map((point) => [point.period, point.score]))]));
  return periods.map((period) => {
    const row: ChartRow = { period };
    for (const entry of series) row[entry.country] = lookup.get(entry.country)?.get(period) ?? null;
    return row;
  });
}

function roundScore(score: number): number {
  return Math.round(score * 1000) / 1000;
}
