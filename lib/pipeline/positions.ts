// Pure pivots of SQL-aggregated position rows: rows → per-country series (API) → wide rows (recharts), and a
// weighted score → the position the map colours (support / oppose / mixed / none).
import type { PositionRow } from '../domain/statements';
import type { Granularity, Position } from '../domain/values';

/** A weighted score at least this far from 0 is a side; closer is mixed (both sides, or neutral statements). */
export const POSITION_THRESHOLD = 0.2;

/** Weighted mean score (−1…1) and statement count → position; no statements → none. */
export function toPosition(score: number | null, statements: number): Position {
  if (!statements || score === null || Number.isNaN(score)) return 'none';
  if (score >= POSITION_THRESHOLD) return 'support';
  if (score <= -POSITION_THRESHOLD) return 'oppose';
  return 'mixed';
}
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

const DAY_MS = 86_400_000;

/** Monday of ISO week 1 of a year, in days since 1970 (week 1 holds 4 January). */
function isoWeekOneMonday(year: number): number {
  const jan4 = Date.UTC(year, 0, 4) / DAY_MS;
  const weekday = (new Date(jan4 * DAY_MS).getUTCDay() + 6) % 7;
  return jan4 - weekday;
}

/** "2020-W05" ↔ weeks since 1970 (Monday-based), so weeks space evenly across year ends. */
function toWeekIndex(period: string): number | null {
  const match = /^(\d{4})-W(\d{2})$/.exec(period);
  if (!match) return null;
  return Math.floor((isoWeekOneMonday(Number(match[1])) + (Number(match[2]) - 1) * 7 + 3) / 7);
}

function toWeekLabel(index: number): string {
  const monday = index * 7 - 3;
  const thursday = monday + 3;
  const year = new Date(thursday * DAY_MS).getUTCFullYear();
  const week = Math.floor((monday - isoWeekOneMonday(year)) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Position of a YYYY-Www / YYYY-MM / YYYY-Qn / YYYY label on a linear scale of its granularity; null if unreadable. */
function toPeriodIndex(period: string, granularity: Granularity): number | null {
  if (granularity === 'week') return toWeekIndex(period);
  const match = /^(\d{4})(?:-(?:Q([1-4])|(\d{2})))?$/.exec(period);
  if (!match) return null;
  const year = Number(match[1]);
  if (granularity === 'year') return year;
  if (granularity === 'quarter') return match[2] ? year * 4 + Number(match[2]) - 1 : null;
  return match[3] ? year * 12 + Number(match[3]) - 1 : null;
}

function toPeriodLabel(index: number, granularity: Granularity): string {
  if (granularity === 'week') return toWeekLabel(index);
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

/** The chart row key holding how many statements stand behind a country's point. */
export function toCountKey(country: string): string {
  return `${country}__statements`;
}

/**
 * Wide rows for a line chart, one key per country (and its statement count under toCountKey); a period a
 * country said nothing in is null, so the line breaks there instead of joining points across the gap.
 * With a granularity, empty periods in between get rows too.
 */
export function toChartRows(series: PositionSeries[], granularity?: Granularity): ChartRow[] {
  const seen = [...new Set(series.flatMap((entry) => entry.points.map((point) => point.period)))].sort();
  const periods =
    granularity && seen.length > 1 ? [...new Set([...listPeriodsBetween(seen[0]!, seen.at(-1)!, granularity), ...seen])].sort() : seen;
  const lookup = new Map(series.map((entry) => [entry.country, new Map(entry.points.map((point) => [point.period, point]))]));
  return periods.map((period) => {
    const row: ChartRow = { period };
    for (const entry of series) {
      const point = lookup.get(entry.country)?.get(period);
      row[entry.country] = point?.score ?? null;
      row[toCountKey(entry.country)] = point?.statements ?? null;
    }
    return row;
  });
}

function roundScore(score: number): number {
  return Math.round(score * 1000) / 1000;
}
