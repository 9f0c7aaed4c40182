import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { findCueCandidates, indexCueOpenings, matchAtCandidates, toCueOpenings } from './cue-openings';
import { CUES } from './lexicon';
import { DEFAULT_TOPICS } from '../../topics/topic';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const STANCE_FIXTURES = path.join(ROOT, 'tests/fixtures/stance');
const SEEDS = path.join(ROOT, 'seeds');

describe('toCueOpenings', () => {
  test('takes the literal text every branch begins with', () => {
    expect(toCueOpenings('ban(?:s|ned|ning)?')).toEqual(['ban']);
    expect(toCueOpenings('barred|barring')).toEqual(['barred', 'barring']);
    expect(toCueOpenings('high[- ]risk')).toEqual(['high risk', 'high-risk']);
    expect(toCueOpenings('(?:national |cyber ?)?security')).toEqual(['cyber secu', 'cybersecur', 'national s', 'security']);
    expect(toCueOpenings('(?<!the )sideline(?:s|d)?')).toEqual(['sideline']);
    expect(toCueOpenings('back(?:s|ed)? {target}')).toEqual(['back ', 'backed ', 'backs ']);
    expect(toCueOpenings('Tighten')).toEqual(['tighten']);
  });

  test('gives up where a branch can begin with anything', () => {
    expect(toCueOpenings('ban|\\w+ out')).toBeNull();
    expect(toCueOpenings('(?:[\\p{L}-]+ )?ban')).toBeNull();
    expect(toCueOpenings('{target} ban')).toBeNull();
    expect(toCueOpenings('(?<name>ban)')).toBeNull();
  });
});

describe('findCueCandidates', () => {
  // The labeler's cue regexes, as `toMatchers` builds them for the default topic.
  const topic = DEFAULT_TOPICS[0]!;
  const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const targets = [...topic.targets, ...topic.targetReferences]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
  const sources = CUES.map((cue) => `(?<![\\p{L}])(?:${cue.pattern.replaceAll('{target}', `(?:${targets})`)})(?![\\p{L}])`);
  const index = indexCueOpenings(CUES.map((cue) => cue.pattern));

  /** Cue matches found by trying only the candidates, as `findCues` does. */
  const matchCandidates = (text: string) => {
    const candidates = findCueCandidates(index, text);
    return sources.map((source, cue) => {
      const positions = candidates[cue];
      if (!positions) return [];
      if (positions === 'anywhere') return [...text.matchAll(new RegExp(source, 'giu'))].map((match) => `${match.index}:${match[0]}`);
      return matchAtCandidates(new RegExp(source, 'iuy'), text, positions).map((match) => `${match.start}:${match.text}`);
    });
  };
  const matchEverywhere = (text: string) =>
    sources.map((source) => [...text.matchAll(new RegExp(source, 'giu'))].map((match) => `${match.index}:${match[0]}`));

  test('no cue match is missed on fixtures and seeds, in any case', () => {
    const sentences = [
      ...readdirSync(STANCE_FIXTURES)
        .filter((file) => file.endsWith('.txt'))
        .map((file) => readFileSync(path.join(STANCE_FIXTURES, file), 'utf8')),
      ...readdirSync(SEEDS).map((file) => readFileSync(path.join(SEEDS, file), 'utf8')),
    ]
      .flatMap((text) => text.split(/(?<=[.!?])\s+|\n+/))
      .filter((sentence) => sentence.trim().length > 0);
    expect(sentences.length).toBeGreaterThan(500);
    let matches = 0;
    for (const sentence of sentences) {
      for (const variant of [sentence, sentence.toUpperCase()]) {
        const expected = matchEverywhere(variant);
        matches += expected.flat().length;
        expect(matchCandidates(variant)).toEqual(expected);
      }
    }
    expect(matches).toBeGreaterThan(500);
  }, 60_000);

  test('long-s, Kelvin sign and text that lower-casing lengthens', () => {
    const texts = [
      'The ſecurity threat: İstanbul banned \u212Aept out Huawei.',
      'Warned that İİİ it would ban Huawei',
      'BANNED; Banning, BAN-LIKE',
    ];
    for (const text of texts) {
      expect(matchCandidates(text)).toEqual(matchEverywhere(text));
    }
  });
});
