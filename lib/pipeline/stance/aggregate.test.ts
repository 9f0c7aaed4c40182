import { describe, expect, test } from 'vitest';
import { aggregateFindings } from './aggregate';
import type { Finding } from './types';
import type { ActorRef } from '../../domain/stance';

const ITALY: ActorRef = { key: 'country:IT', name: 'Italy', type: 'country', country: 'IT', aliases: [] };
const date = { date: '2020-01-01', precision: 'day' as const, source: 'document' as const };

function finding(stance: Finding['stance'], score: number, start: number): Finding {
  const text = `sentence ${start}`;
  return { actor: ITALY, stance, score, confidence: 0.8, sentence: { text, start, end: start + text.length, paragraph: 0 }, date };
}

describe('aggregateFindings', () => {
  test('one statement per actor; the weighted balance decides and its strongest sentence is the evidence', () => {
    const findings = [finding('oppose', -0.4, 0), finding('support', 1, 20), finding('support', 0.6, 40)];
    const [statement, ...rest] = aggregateFindings(findings, 'topic');
    expect(rest).toEqual([]);
    expect(statement!.stance).toBe('support');
    expect(statement!.evidence.start).toBe(20);
    expect(statement!.evidenceAll).toHaveLength(3);
    expect(statement!.topicSlug).toBe('topic');
  });

  test('a neutral strongest finding stays neutral', () => {
    expect(aggregateFindings([finding('neutral', 0, 0)], 'topic')[0]!.stance).toBe('neutral');
  });
});
