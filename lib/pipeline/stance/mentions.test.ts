import { describe, expect, test } from 'vitest';
import { toInitialCoref, updateCoref } from './coreference';
import { findMentions, hasUnknownName } from './mentions';
import { TEST_MATCHERS } from './test-support';

describe('findMentions', () => {
  test('finds countries, the target and people, and returns the people met', () => {
    const text = "Portugal's minister Ana Quintela said Huawei would not be excluded.";
    const { mentions, people } = findMentions(text, TEST_MATCHERS, toInitialCoref(null, null), text, new Map(), true);
    expect(mentions.some((mention) => mention.isTarget && mention.actor.name === 'Huawei')).toBe(true);
    expect(mentions.find((mention) => mention.actor.name === 'Ana Quintela')?.actor.country).toBe('PT');
    expect(people.get('Quintela')?.name).toBe('Ana Quintela');
  });

  test('leaves the people index it was given unchanged', () => {
    const given = new Map();
    findMentions('Minister Ana Quintela spoke.', TEST_MATCHERS, toInitialCoref(null, null), 'Minister Ana Quintela spoke.', given, true);
    expect(given.size).toBe(0);
  });

  test('"the government" resolves to the country in context', () => {
    const first = findMentions('Chile is reviewing its options.', TEST_MATCHERS, toInitialCoref(null, null), '', new Map(), false);
    const coref = updateCoref(toInitialCoref(null, null), first.mentions, 'Chile is reviewing its options.', 0, null);
    const { mentions } = findMentions('The government will not ban Huawei.', TEST_MATCHERS, coref, '', first.people, false);
    expect(mentions.find((mention) => mention.pronoun)?.actor.country).toBe('CL');
  });
});

describe('hasUnknownName', () => {
  test('two capitalised words that no mention explains', () => {
    expect(hasUnknownName('Ana Quintela spoke.', [], new Map())).toBe(true);
    expect(hasUnknownName('the minister spoke.', [], new Map())).toBe(false);
  });
});
