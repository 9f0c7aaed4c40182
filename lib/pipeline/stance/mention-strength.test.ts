import { describe, expect, test } from 'vitest';
import { findGazetteerMentions } from '../nlp/gazetteer/index';
import { findCountryMentions, toMentionStrength } from './mention-strength';
import { findSpans } from './regex';
import { TEST_MATCHERS } from './test-support';

function strengthOf(text: string, surface: string) {
  const mention = findGazetteerMentions(text).find((found) => found.surface === surface)!;
  return toMentionStrength(mention, text, findSpans(TEST_MATCHERS.target, text));
}

describe('toMentionStrength', () => {
  test('a country that only qualifies the target holds nothing', () => {
    expect(strengthOf("China's Huawei won a deal.", 'China')).toBeNull();
  });

  test('a country as subject is strong, a place after "in" weak', () => {
    expect(strengthOf('Italy restricted the vendor.', 'Italy')).toBe('strong');
    expect(strengthOf('Bans are in place in Italy.', 'Italy')).toBe('weak');
  });

  test('a demonym is strong only before a government role', () => {
    expect(strengthOf('The Italian government restricted the vendor.', 'Italian')).toBe('strong');
    expect(strengthOf('Italian food is good.', 'Italian')).toBe('weak');
  });
});

describe('findCountryMentions', () => {
  test('keeps country names used as subjects, drops places', () => {
    expect(findCountryMentions('Italy has acted. Others met in Spain.').map((mention) => mention.actor.country)).toEqual(['IT']);
  });
});
