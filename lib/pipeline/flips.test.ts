import { describe, expect, test } from 'vitest';
import { detectPositionChanges, type PeriodPosition } from './flips';

const row = (subject: string, period: string, score: number, evidence = [`${subject}-${period}`]): PeriodPosition => ({
  subject,
  period,
  score,
  statements: evidence.length,
  evidence,
});

describe('detectPositionChanges', () => {
  test('a first side is new, a change of side is a flip with evidence from both periods', () => {
    const changes = detectPositionChanges([row('GB', '2020-07', 0.8), row('GB', '2019-03', -0.6), row('GB', '2020-01', -0.5)]);
    expect(changes.map((change) => [change.kind, change.period, change.previousPeriod, change.previousPosition, change.position])).toEqual([
      ['new', '2019-03', null, null, 'oppose'],
      ['flip', '2020-07', '2020-01', 'oppose', 'support'],
    ]);
    expect(changes[1]).toMatchObject({ evidenceBefore: ['GB-2020-01'], evidenceAfter: ['GB-2020-07'], previousScore: -0.5, score: 0.8 });
  });

  test('moves to and from mixed are shifts; a subject that starts mixed is new when it takes a side', () => {
    const changes = detectPositionChanges([
      row('DE', '2020-01', 0),
      row('DE', '2020-02', 0.5),
      row('DE', '2020-03', 0.1),
      row('DE', '2020-04', 0.1),
    ]);
    expect(changes.map((change) => [change.kind, change.period])).toEqual([
      ['new', '2020-02'],
      ['shift', '2020-03'],
    ]);
  });

  test('subjects are independent and the result is ordered by period', () => {
    const changes = detectPositionChanges([row('US', '2020-05', 0.9), row('CN', '2020-01', -0.9), row('CN', '2020-05', -0.8)]);
    expect(changes.map((change) => `${change.period} ${change.subject} ${change.kind}`)).toEqual(['2020-01 CN new', '2020-05 US new']);
  });
});
