import { describe, expect, test } from 'vitest';
import { findAgents } from './attribution';
import { toPolarity } from './polarity';
import { TEST_MATCHERS, toTestContext } from './test-support';

function polarityOf(text: string, cueText: string) {
  const context = toTestContext(text);
  const hit = context.cues.find((cue) => cue.text.toLowerCase().startsWith(cueText))!;
  return toPolarity(hit, findAgents(hit, context)!.agents, text, TEST_MATCHERS);
}

describe('toPolarity', () => {
  test('a plain ban supports restriction', () => {
    expect(polarityOf('Sweden banned Huawei from 5G networks.', 'banned').polarity).toBe(1);
  });

  test('a negated exclusion opposes it', () => {
    const found = polarityOf('Norway will not exclude Huawei from its 5G network.', 'exclude');
    expect(found.polarity).toBe(-1);
    expect(found.negated).toBe(true);
  });

  test('weighing a ban leaves it open', () => {
    expect(polarityOf('Portugal may ban Huawei from its 5G networks.', 'ban').polarity).toBe(0);
  });

  test('a partial restriction scores lower', () => {
    expect(polarityOf('Germany excluded Huawei from the 5G core.', 'excluded').strength).toBeLessThan(0.85);
  });
});
