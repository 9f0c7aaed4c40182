import { describe, expect, test } from 'vitest';
import { createLiteralMatcher } from './literal-matcher';

const OPTIONS = { before: '(?<![\\p{L}\\p{N}&-])', after: '(?![\\p{L}\\p{N}&]|-(?!backed|led)[\\p{L}])' };

/** What the matcher must reproduce: one global regex of the terms, longest first. */
function matchByRegex(terms: string[], text: string): string[] {
  const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const alternation = [...terms]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
  return [...text.matchAll(new RegExp(`${OPTIONS.before}(?:${alternation})${OPTIONS.after}`, 'gu'))].map(
    (match) => `${match.index}:${match[0]}`,
  );
}

function matchByMatcher(terms: string[], text: string): string[] {
  return createLiteralMatcher(terms, OPTIONS)
    .matchAll(text)
    .map((match) => `${match.start}:${match.text}`);
}

describe('createLiteralMatcher', () => {
  test('finds what one alternation of the terms finds: longest first, no overlaps, boundaries on both sides', () => {
    const terms = [
      'US',
      'U.S.',
      'United States',
      'United States Trade Representative',
      'Trade',
      'A',
      'AT&T',
      'São Paulo',
      'EU',
      'EU-China',
    ];
    const texts = [
      'The United States Trade Representative met the United States and the U.S. Trade office.',
      'US-led, US-backed, US-made, -US, AT&T, AT, A&B, A, 5US, US5, São Paulo, EU-China, EU-Chinese',
      'USUS US US. United StatesTrade 𝒜US (US) "EU"',
    ];
    for (const text of texts) expect(matchByMatcher(terms, text)).toEqual(matchByRegex(terms, text));
    expect(matchByMatcher(terms, 'US-led')).toEqual(['0:US']);
    expect(matchByMatcher(terms, 'US-made')).toEqual([]);
  });

  test('refuses terms it cannot index', () => {
    expect(() => createLiteralMatcher([''], OPTIONS)).toThrow();
    expect(() => createLiteralMatcher(['𝒜B'], OPTIONS)).toThrow();
  });
});
