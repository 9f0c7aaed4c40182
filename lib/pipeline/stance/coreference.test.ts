import { describe, expect, test } from 'vitest';
import { enterParagraph, findTitledPerson, resolvePronoun, toInitialCoref, updateCoref } from './coreference';
import type { Mention } from './types';
import type { ActorRef } from '../../domain/stance';

const FRANCE: ActorRef = { key: 'country:FR', name: 'France', type: 'country', country: 'FR', aliases: [] };
const ANA: ActorRef = { key: 'person:ana-ruiz', name: 'Ana Ruiz', type: 'official', country: 'FR', aliases: ['Ruiz'] };
const mention = (actor: ActorRef, start = 0): Mention => ({
  start,
  end: start + actor.name.length,
  actor,
  strength: 'strong',
  isTarget: false,
});

describe('updateCoref', () => {
  test('returns a new state and leaves the old one as it was', () => {
    const before = toInitialCoref(null, null);
    const after = updateCoref(before, [mention(FRANCE)], 'France said so.', 0, null);
    expect(after.country).toBe(FRANCE);
    expect(after.authority).toBe(FRANCE);
    expect(before.country).toBeNull();
  });

  test('remembers people and the speaker', () => {
    const after = updateCoref(toInitialCoref(null, null), [mention(ANA)], 'Ana Ruiz said so.', 0, ANA);
    expect(after.person).toBe(ANA);
    expect(after.speaker).toBe(ANA);
  });
});

describe('enterParagraph', () => {
  test('forgets the last actor of any kind but not the country', () => {
    const state = updateCoref(toInitialCoref(null, null), [mention(FRANCE)], 'France.', 0, null);
    const next = enterParagraph(state, 1);
    expect(next.any).toBeNull();
    expect(next.country).toBe(FRANCE);
    expect(next.paragraph).toBe(1);
  });
});

describe('resolvePronoun', () => {
  test('"the government" is the country in context, "she" the last person, "it" nobody', () => {
    const state = updateCoref(toInitialCoref(null, null), [mention(FRANCE), mention(ANA, 20)], 'France and then Ana Ruiz', 0, null);
    expect(resolvePronoun('the government', state)).toBe(FRANCE);
    expect(resolvePronoun('she', state)).toBe(ANA);
    expect(resolvePronoun('the minister', state)).toBe(ANA);
    expect(resolvePronoun('it', state)).toBeNull();
  });
});

describe('findTitledPerson', () => {
  test('"the director-general" is the person met earlier with that title', () => {
    const people = new Map([['Ana Ruiz', ANA]]);
    expect(findTitledPerson('Director-General', people, 'Director-General Ana Ruiz spoke.')).toBe(ANA);
    expect(findTitledPerson('regulator', people, 'Director-General Ana Ruiz spoke.')).toBeNull();
  });
});
