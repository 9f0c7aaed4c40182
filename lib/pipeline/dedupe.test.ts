import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import {
  canonicalizeUrl,
  contentHash,
  hammingDistance,
  isNearDuplicate,
  isNearDuplicateProfile,
  NEAR_DUPLICATE_MAX_HAMMING,
  NearDuplicateMatcher,
  normalizeTextForHash,
  scoreNearDuplicate,
  shingleProfile,
  simhash64,
} from './dedupe';

const PAGES = path.join(import.meta.dirname, '../../tests/fixtures/pages');

/** Title + main text of a fixture page, extracted the way the pipeline does (Readability on a DOM). */
function article(name: string): string {
  const raw = readFileSync(path.join(PAGES, `${name}.html`));
  const html = new TextDecoder(name.startsWith('huawei-') ? 'windows-1252' : 'utf-8').decode(raw);
  const parsed = new Readability(parseHTML(html).document as unknown as Document).parse();
  const paragraphs = (parsed?.textContent ?? '')
    .split(/\n\s*\n|\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return `${parsed?.title ?? ''}\n\n${paragraphs.join('\n\n')}`;
}

const ORIGINAL = 'uk-huawei-deadline-meridian';
const SYNDICATED = ['uk-huawei-deadline-northern-courier', 'uk-huawei-deadline-business-digest'];
const SAME_EVENT = 'uk-huawei-deadline-operators-react';
const OTHERS = [
  'germany-5g-component-checks',
  'brazil-5g-regulator-keeps-huawei',
  'eu-commission-high-risk-vendors',
  'huawei-rejects-security-claims',
];
const DISTINCT = [ORIGINAL, SAME_EVENT, ...OTHERS];

function sameStory(a: string, b: string) {
  return { near: isNearDuplicate(a, b), distance: hammingDistance(simhash64(a), simhash64(b)) };
}

// Edits a syndication desk makes: wire prefix and new headline, two sentences reworded, the last paragraph cut.
function syndicate(text: string): string {
  const [, ...body] = text.split('\n\n');
  const edited = body.slice(0, -1).join('\n\n').split('. ');
  for (const i of [2, 5])
    if (edited[i]) edited[i] = `Officials declined to give further details on this point, according to people familiar with the matter`;
  return `A completely different headline for a partner site\n\nWASHINGTON (Wire Service) - ${edited.join('. ')}`;
}

describe('isNearDuplicate', () => {
  test('merges both syndicated copies of the fixture story with the original and with each other', () => {
    const texts = [ORIGINAL, ...SYNDICATED].map(article);
    for (let i = 0; i < texts.length; i++) {
      for (let j = i + 1; j < texts.length; j++) {
        const result = sameStory(texts[i]!, texts[j]!);
        expect(result.near).toBe(true);
        expect(result.distance).toBeLessThanOrEqual(NEAR_DUPLICATE_MAX_HAMMING);
      }
    }
  });

  test.each(DISTINCT)('merges a wire-edited copy of %s', (name) => {
    const text = article(name);
    const result = sameStory(text, syndicate(text));
    expect(result.near).toBe(true);
    expect(result.distance).toBeLessThanOrEqual(NEAR_DUPLICATE_MAX_HAMMING);
  });

  test('never merges a different article about the same event (it shares a quote and the facts)', () => {
    for (const name of [ORIGINAL, ...SYNDICATED]) expect(isNearDuplicate(article(name), article(SAME_EVENT))).toBe(false);
  });

  test('never merges any two different fixture articles', () => {
    const texts = [...DISTINCT, ...SYNDICATED].map((name) => [name, article(name)] as const);
    const group = new Set([ORIGINAL, ...SYNDICATED]);
    for (let i = 0; i < texts.length; i++) {
      for (let j = i + 1; j < texts.length; j++) {
        const [a, textA] = texts[i]!;
        const [b, textB] = texts[j]!;
        if (group.has(a) && group.has(b)) continue;
        expect(isNearDuplicate(textA, textB), `${a} vs ${b}`).toBe(false);
      }
    }
  });

  test('short texts count as duplicates only when identical after normalisation', () => {
    expect(isNearDuplicate('Huawei banned.', 'HUAWEI  banned!')).toBe(true);
    expect(isNearDuplicate('Huawei banned in the UK.', 'Huawei allowed in Brazil.')).toBe(false);
  });

  test('a short brief quoted inside a long feature is not merged with it', () => {
    const feature = article(ORIGINAL);
    const brief = feature.split('\n\n').slice(1, 3).join('\n\n');
    expect(isNearDuplicate(brief, feature)).toBe(false);
  });
});

describe('simhash64', () => {
  test('is a signed 64-bit value, stable across calls', () => {
    const text = article(ORIGINAL);
    const hash = simhash64(text);
    expect(hash).toBe(simhash64(text));
    expect(hash >= -(2n ** 63n) && hash < 2n ** 63n).toBe(true);
    expect(BigInt.asIntN(64, hash)).toBe(hash);
  });

  test('ignores case, punctuation and spacing', () => {
    expect(simhash64('Huawei,  ZTE and 5G!')).toBe(simhash64('huawei zte and 5g'));
  });
});

describe('hammingDistance', () => {
  test('counts differing bits across the sign bit', () => {
    expect(hammingDistance(0n, 0n)).toBe(0);
    expect(hammingDistance(-1n, 0n)).toBe(64);
    expect(hammingDistance(-(2n ** 63n), 0n)).toBe(1);
    expect(hammingDistance(0b1011n, 0b0010n)).toBe(2);
  });
});

describe('contentHash', () => {
  test('is the same for texts that differ only in case, punctuation, spacing and Unicode form', () => {
    const a = 'Huawei’s “high-risk” kit must go by 2027.\n\nOperators — all four — agreed.';
    const b = 'HUAWEI\'S "HIGH RISK" KIT MUST GO BY 2027. Operators - all four - agreed';
    expect(contentHash(a)).toBe(contentHash(b));
    expect(contentHash(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(contentHash(a)).not.toBe(contentHash('Huawei kit may stay after 2027.'));
  });

  test('normalizeTextForHash folds full-width forms and drops zero-width characters', () => {
    expect(normalizeTextForHash('５Ｇ\u200B networks')).toBe('5g networks');
  });
});

describe('canonicalizeUrl', () => {
  test.each([
    ['HTTPS://News.Example.COM:443/world/huawei-ban/?utm_source=rss&utm_medium=feed#comments', 'https://news.example.com/world/huawei-ban'],
    ['https://news.example.com/a?b=2&a=1&fbclid=IwAR0abc&gclid=xyz', 'https://news.example.com/a?a=1&b=2'],
    ['http://news.example.com:80/', 'http://news.example.com'],
    ['https://news.example.com:8443/story', 'https://news.example.com:8443/story'],
    ['https://www.news.example.com/story?id=42&mc_cid=abc&_ga=1.2', 'https://www.news.example.com/story?id=42'],
    ['https://news.example.com/story#:~:text=Huawei', 'https://news.example.com/story'],
    ['  https://user:pw@news.example.com/x  ', 'https://news.example.com/x'],
  ])('%s → %s', (input, expected) => {
    expect(canonicalizeUrl(input)).toBe(expected);
  });

  test('keeps parameters that select content', () => {
    expect(canonicalizeUrl('https://gov.example/press?id=77&page=2&utm_campaign=x')).toBe('https://gov.example/press?id=77&page=2');
  });
});

describe('shingleProfile', () => {
  test('profiles of the fixture texts agree with each other both ways, and a text is its own copy', () => {
    const texts = [ORIGINAL, ...SYNDICATED, SAME_EVENT, ...OTHERS].map(article);
    const profiles = texts.map(shingleProfile);
    for (const [i, a] of profiles.entries()) {
      for (const b of profiles) expect(isNearDuplicateProfile(a, b)).toBe(isNearDuplicateProfile(b, a));
      expect(isNearDuplicateProfile(a, shingleProfile(texts[i]!))).toBe(true);
    }
  });

  test('counts each distinct 5-word shingle once, in order', () => {
    const profile = shingleProfile('one two three four five six one two three four five');
    // 7 windows, of which "one two three four five" occurs twice.
    expect(profile.hashes.length).toBe(6);
    expect([...profile.hashes]).toEqual([...profile.hashes].sort((a, b) => a - b));
    expect(scoreNearDuplicate('a b c d e f', 'f e d c b a').containment).toBe(0);
  });
});

describe('NearDuplicateMatcher', () => {
  const story = readFileSync(path.join(PAGES, 'uk-huawei-deadline-meridian.html'), 'utf8').replace(/<[^>]+>/g, ' ');
  const copy = `${story} Reporting by the wire desk.`;
  const other = readFileSync(path.join(PAGES, 'germany-5g-component-checks.html'), 'utf8').replace(/<[^>]+>/g, ' ');

  test('asks for the text of candidates it does not remember, then finds the copy among them', () => {
    const matcher = new NearDuplicateMatcher();
    matcher.remember('other', other);
    expect(matcher.missing(['other', 'story'])).toEqual(['story']);
    matcher.remember('story', story);
    expect(matcher.findCopy(shingleProfile(copy), ['other', 'story'])).toBe('story');
    expect(matcher.findCopy(shingleProfile(copy), ['other'])).toBeNull();
  });

  test('forgets the least recently remembered documents beyond its capacity', () => {
    const matcher = new NearDuplicateMatcher(2);
    matcher.remember('a', story);
    matcher.remember('b', other);
    matcher.remember('a', story);
    matcher.remember('c', copy);
    expect(matcher.missing(['a', 'b', 'c'])).toEqual(['b']);
  });
});
