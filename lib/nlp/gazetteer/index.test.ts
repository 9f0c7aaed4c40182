import { describe, expect, test } from 'vitest';
import { findGazetteerMentions, listGazetteerActors } from './index';

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
    const found = findGazetteerMentions("Whitehall and Britain's NCSC met Swedish and Deutsche Telekom officials in Latin America.")
      .map((mention) => `${mention.surface}:${mention.actor.country}:${mention.kind}`);
    expect(found).toEqual(['Whitehall:GB:seat', 'Britain:GB:name', 'NCSC:GB:name', 'Swedish:SE:demonym', 'Deutsche Telekom:DE:name']);
  });
});
