import { describe, expect, test } from 'vitest';
import { labelSentence } from './sentence-findings';
import { toTestContext } from './test-support';

function findingsOf(text: string) {
  const sentence = { text, start: 0, end: text.length, paragraph: 0 };
  const flags = { target: true, reference: false, domain: true, offTopic: false };
  return labelSentence(sentence, toTestContext(text), flags, () => ({ date: '2021-01-02', precision: 'day', source: 'document' }));
}

describe('labelSentence', () => {
  test('one finding per agent with stance, score, confidence and date', () => {
    const findings = findingsOf('Sweden and Denmark banned Huawei from their 5G networks.');
    expect(findings.map((finding) => `${finding.actor.country}:${finding.stance}`).sort()).toEqual(['DK:support', 'SE:support']);
    expect(findings[0]!.score).toBe(1);
    expect(findings[0]!.confidence).toBeGreaterThan(0.5);
    expect(findings[0]!.date.date).toBe('2021-01-02');
  });

  test('the target holds a stance only when it pushes back', () => {
    expect(findingsOf('Huawei was banned from 5G networks.').some((finding) => finding.actor.country === 'CN')).toBe(false);
    expect(findingsOf('Huawei criticised the 5G ban as discriminatory.').map((finding) => finding.stance)).toContain('oppose');
  });

  test('an operator keeping its gear makes no policy stance', () => {
    expect(findingsOf('Vodafone will continue to use Huawei gear in its 5G network.')).toEqual([]);
  });
});
