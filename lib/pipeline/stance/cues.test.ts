import { describe, expect, test } from 'vitest';
import { findCues } from './cues';
import { TEST_MATCHERS } from './test-support';

describe('findCues', () => {
  test('finds restricting, opposing and deferring cues', () => {
    const cues = findCues('Sweden banned Huawei, Hungary criticised the ban and Spain has not decided.', true, true, TEST_MATCHERS);
    expect(cues.map((hit) => hit.cue.polarity)).toEqual(expect.arrayContaining([1, -1, 0]));
  });

  test('a cue that needs the target is not found without it', () => {
    const text = 'The operator will continue to use the gear.';
    expect(findCues(text, true, true, TEST_MATCHERS).some((hit) => hit.text.startsWith('continue'))).toBe(true);
    expect(findCues(text, false, true, TEST_MATCHERS).some((hit) => hit.text.startsWith('continue'))).toBe(false);
  });

  test('keeps the outermost of nested cues', () => {
    const cues = findCues('Operators are yet to decide.', true, true, TEST_MATCHERS);
    expect(cues.map((hit) => hit.text)).toEqual(['yet to decide']);
  });
});
