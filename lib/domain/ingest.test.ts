import { describe, expect, test } from 'vitest';
import { sumOutcomes, toFailure, toOutcome } from './ingest';

describe('sumOutcomes', () => {
  test('adds counts and keeps every error in order', () => {
    const total = sumOutcomes([
      toOutcome({ sources: 1, fetched: 2, created: 1 }),
      toFailure('feed A', 'https://a.example/1', new Error('timed out')),
      toOutcome({ fetched: 1, duplicates: 1 }),
      toFailure('feed B', null, 'not a feed'),
    ]);
    expect(total.counts).toEqual({ sources: 1, fetched: 3, created: 1, duplicates: 1, failed: 2 });
    expect(total.errors).toEqual([
      { source: 'feed A', url: 'https://a.example/1', message: 'timed out' },
      { source: 'feed B', url: null, message: 'not a feed' },
    ]);
  });

  test('of nothing is zero', () => {
    expect(sumOutcomes([])).toEqual(toOutcome());
  });
});
