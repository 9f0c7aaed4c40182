import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { findGazetteerMentions, listGazetteerActors, listGazetteerSurfaces } from './index';
import regionData from './regions.json';

const ROOT = path.resolve(import.meta.dirname, '../../../..');
const STANCE_FIXTURES = path.join(ROOT, 'tests/fixtures/stance');
const SEEDS = path.join(ROOT, 'seeds');

describe('listGazetteerActors', () => {
  test('covers every country with an ISO code plus bodies, companies and think tanks', () => {
    const actors = listGazetteerActors();
    const countries = actors.filter((actor) => actor.type === 'country');
    expect(countries.length).toBeGreaterThan(240);
    const byKey = new Map(actors.map((actor) => [actor.key, actor]));
    expect(byKey.get('org:huawei')?.country).toBe('CN');
    expect(byKey.get('org:ericsson')?.country).toBe('SE');
    expect(byKey.get('org:aspi')?.country).toBe('AU');
    expect(byKey.get('org:european-commission')?.country).toBe('EU');
    expect(new Set(actors.map((actor) => actor.key)).size).toBe(actors.length);
  });
});

describe('findGazetteerMentions', () => {
  test('finds names, demonyms and seats of government, longest first', () => {
    const found = findGazetteerMentions("Whitehall and Britain's NCSC met Swedish and Deutsche Telekom officials in Latin America.").map(
      (mention) => `${mention.surface}:${mention.actor.country}:${mention.kind}`,
    );
    expect(found).toEqual(['Whitehall:GB:seat', 'Britain:GB:name', 'NCSC:GB:name', 'Swedish:SE:demonym', 'Deutsche Telekom:DE:name']);
  });
});

describe('findGazetteerMentions', () => {
  // The indexed scan must find exactly what one alternation of every surface, longest first, finds.
  const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const alternation = new RegExp(
    `(?<![\\p{L}\\p{N}&-])(?:${listGazetteerSurfaces()
      .sort((a, b) => b.length - a.length)
      .map(escape)
      .join('|')})(?![\\p{L}\\p{N}&]|-(?!backed|led|sponsored|brokered|imposed|based\\b)[\\p{L}])`,
    'gu',
  );
  // Regions are matched so their words are not read as other names, but they name no actor.
  const regions = new Set(regionData.names);
  const byAlternation = (text: string) =>
    [...text.matchAll(alternation)].filter((match) => !regions.has(match[0])).map((match) => `${match.index}:${match[0]}`);
  const byIndex = (text: string) => findGazetteerMentions(text).map((mention) => `${mention.start}:${mention.surface}`);

  test('matches one alternation of all surfaces on fixtures and seeds', () => {
    const texts = [
      ...readdirSync(STANCE_FIXTURES)
        .filter((file) => file.endsWith('.txt'))
        .map((file) => readFileSync(path.join(STANCE_FIXTURES, file), 'utf8')),
      ...readdirSync(SEEDS).map((file) => readFileSync(path.join(SEEDS, file), 'utf8')),
    ];
    expect(texts.length).toBeGreaterThan(10);
    for (const text of texts) expect(byIndex(text)).toEqual(byAlternation(text));
  });

  test('matches the alternation at hyphens, ampersands, digits and regions', () => {
    const tricky = 'US-led, US-backed, US-made, -US, AT&T, 5GUS, US5, South-East Asia, Southeast Asia Huawei-based UK€ 𝒜US US';
    expect(byIndex(tricky)).toEqual(byAlternation(tricky));
    expect(byIndex('US-led')).toEqual(['0:US']);
    expect(byIndex('US-made')).toEqual([]);
  });
});
