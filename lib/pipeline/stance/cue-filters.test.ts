import { describe, expect, test } from 'vitest';
import { isReportedCue } from './cue-filters';
import { toTestContext } from './test-support';

function reported(text: string, cueText: string): boolean {
  const context = toTestContext(text);
  const hit = context.cues.find((cue) => cue.text.toLowerCase().startsWith(cueText))!;
  expect(hit).toBeDefined();
  return isReportedCue(hit, context);
}

describe('isReportedCue', () => {
  test('a cue reported as news counts', () => {
    expect(reported('Italy banned Huawei from its 5G core.', 'banned')).toBe(true);
  });

  test('background after "amid" does not count', () => {
    expect(reported('Operators met amid a ban on Huawei gear.', 'ban')).toBe(false);
  });

  test('a question put to someone is no position', () => {
    expect(reported('Reporters asked whether Italy considered the ban on Huawei unfair.', 'unfair')).toBe(false);
  });

  test('a trade measure near the cue does not count', () => {
    expect(reported('Washington tightened export controls and restricted Huawei chips.', 'restricted')).toBe(false);
  });
});
