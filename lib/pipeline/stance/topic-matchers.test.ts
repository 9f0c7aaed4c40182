import { describe, expect, test } from 'vitest';
import { toTopicMatchers } from './topic-matchers';
import { DEFAULT_TOPICS, parseTopicDefinition } from '../../topics/topic';

const HUAWEI = DEFAULT_TOPICS[0]!;

describe('toTopicMatchers', () => {
  test('compiles once per topic', () => {
    expect(toTopicMatchers(HUAWEI)).toBe(toTopicMatchers(HUAWEI));
  });

  test('reads the topic vocabulary from the topic data', () => {
    const matchers = toTopicMatchers(HUAWEI);
    expect(matchers.restrictionLead.test('Sweden banned Huawei')).toBe(true);
    expect(matchers.otherAct.test('the decision to raise interest rates')).toBe(true);
    expect(matchers.otherAct.test('the decision to ban the vendor')).toBe(false);
    expect(matchers.supplierBefore.test('equipment from ')).toBe(true);
    expect(matchers.tradeTo.test(' allowed to sell components to Huawei')).toBe(true);
  });

  test('a topic without vocabulary gets matchers that match nothing of it', () => {
    const bare = toTopicMatchers(parseTopicDefinition({ slug: 'bare', name: 'Bare', targets: ['Acme'] }));
    expect(bare.restrictionLead.test('banned')).toBe(false);
    expect(bare.restrictionNoun.test('ban')).toBe(false);
    expect(bare.target.test('Acme')).toBe(true);
  });

  test('fills the targets into the cues', () => {
    const matchers = toTopicMatchers(HUAWEI);
    const allow = matchers.cues.find(({ cue }) => cue.pattern.includes('let(?:s|ting)? (?={target}'));
    expect(allow?.re.source).toContain('Huawei');
  });
});
