import { describe, expect, test } from 'vitest';
import { escapeRegExp, findSpans, maskParentheticals, toAlternation, toWordRe, testRe } from './regex';

describe('toWordRe', () => {
  test('matches whole words only, the longest term first', () => {
    const re = toWordRe(['5G', '5G network'], 'gu');
    expect(findSpans(re, 'a 5G network and 5GHz')).toEqual([[2, 12]]);
  });
});

describe('toAlternation', () => {
  test('an empty list matches nothing', () => {
    expect(new RegExp(`^(?:${toAlternation([])})`).test('anything')).toBe(false);
    expect(toAlternation(['ban', 'bar'])).toBe('ban|bar');
  });
});

describe('testRe', () => {
  test('starts from the beginning whatever a global regex matched before', () => {
    const re = /ban/g;
    expect(testRe(re, 'ban')).toBe(true);
    expect(testRe(re, 'ban')).toBe(true);
    expect(testRe(null, 'ban')).toBe(false);
  });
});

describe('escapeRegExp', () => {
  test('makes special characters literal', () => {
    expect(new RegExp(escapeRegExp('U.S. (gov)')).test('U.S. (gov)')).toBe(true);
    expect(new RegExp(escapeRegExp('U.S.')).test('UxSx')).toBe(false);
  });
});

describe('maskParentheticals', () => {
  test('blanks short parentheticals and keeps offsets', () => {
    const text = 'BT (NYSE: BT; London: BTA) said';
    expect(maskParentheticals(text)).toHaveLength(text.length);
    expect(maskParentheticals(text)).not.toContain(';');
  });
});
