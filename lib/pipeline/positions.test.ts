import { describe, expect, test } from 'vitest';
import { listPeriodsBetween, toChartRows, toPosition, toPositionSeries } from './positions';

const rows = [
  { country: 'US', period: '2020-08', score: 0.8, statements: 3 },
  { country: 'CN', period: '2020-05', score: -0.66666666, statements: 3 },
  { country: 'US', period: '2020-05', score: 0.5, statements: 1 },
  { country: 'GB', period: '2020-07', score: 0.25, statements: 2 },
];

describe('toPositionSeries', () => {
  test('groups rows by country and sorts each series by period', () => {
    expect(toPositionSeries(rows)).toEqual([
      {
        country: 'US',
        points: [
          { period: '2020-05', score: 0.5, statements: 1 },
          { period: '2020-08', score: 0.8, statements: 3 },
        ],
      },
      { country: 'CN', points: [{ period: '2020-05', score: -0.667, statements: 3 }] },
      { country: 'GB', points: [{ period: '2020-07', score: 0.25, statements: 2 }] },
    ]);
  });

  test('a fixed country list keeps its order, drops others and keeps empty series', () => {
    const series = toPositionSeries(rows, ['GB', 'DE', 'US']);
    expect(series.map((entry) => entry.country)).toEqual(['GB', 'DE', 'US']);
    expect(series[1]?.points).toEqual([]);
  });
});

describe('toChartRows', () => {
  test('one row per period with null where a country said nothing', () => {
    expect(toChartRows(toPositionSeries(rows))).toEqual([
      { period: '2020-05', US: 0.5, US__statements: 1, CN: -0.667, CN__statements: 3, GB: null, GB__statements: null },
      { period: '2020-07', US: null, US__statements: null, CN: null, CN__statements: null, GB: 0.25, GB__statements: 2 },
      { period: '2020-08', US: 0.8, US__statements: 3, CN: null, CN__statements: null, GB: null, GB__statements: null },
    ]);
  });

  test('with a granularity, fills the empty months between so time is evenly spaced', () => {
    const chart = toChartRows(toPositionSeries(rows), 'month');
    expect(chart.map((row) => row.period)).toEqual(['2020-05', '2020-06', '2020-07', '2020-08']);
    // June has no statement: US's May and August points are not joined (the line breaks at null).
    expect(chart[1]).toMatchObject({ period: '2020-06', US: null, CN: null, GB: null });
  });

  test('no series gives no rows', () => {
    expect(toChartRows([])).toEqual([]);
  });
});

describe('listPeriodsBetween', () => {
  test('walks months, quarters and years across year boundaries', () => {
    expect(listPeriodsBetween('2019-11', '2020-02', 'month')).toEqual(['2019-11', '2019-12', '2020-01', '2020-02']);
    expect(listPeriodsBetween('2019-Q4', '2020-Q2', 'quarter')).toEqual(['2019-Q4', '2020-Q1', '2020-Q2']);
    expect(listPeriodsBetween('2018', '2020', 'year')).toEqual(['2018', '2019', '2020']);
  });

  test('walks ISO weeks across a year with 53 weeks', () => {
    expect(listPeriodsBetween('2020-W52', '2021-W02', 'week')).toEqual(['2020-W52', '2020-W53', '2021-W01', '2021-W02']);
    expect(listPeriodsBetween('2019-W52', '2020-W01', 'week')).toEqual(['2019-W52', '2020-W01']);
  });

  test('unreadable or reversed labels are returned as they are', () => {
    expect(listPeriodsBetween('2020-05', 'soon', 'month')).toEqual(['2020-05', 'soon']);
    expect(listPeriodsBetween('2021', '2020', 'year')).toEqual(['2021', '2020']);
  });
});

describe('toPosition', () => {
  test('sides beyond the threshold, mixed between, none without statements', () => {
    expect(toPosition(0.6, 3)).toBe('support');
    expect(toPosition(-0.2, 1)).toBe('oppose');
    expect(toPosition(0.1, 4)).toBe('mixed');
    expect(toPosition(null, 0)).toBe('none');
    expect(toPosition(0.9, 0)).toBe('none');
  });
});
