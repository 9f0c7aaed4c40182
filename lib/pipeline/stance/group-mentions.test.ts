import { describe, expect, test } from 'vitest';
import { findGazetteerMentions } from '../nlp/gazetteer/index';
import { toInitialCoref, updateCoref } from './coreference';
import { addGenericBodies, addLegislators } from './group-mentions';
import { TEST_MATCHERS } from './test-support';
import type { Mention } from './types';

function mentionsOf(text: string): Mention[] {
  return findGazetteerMentions(text).map((mention) => ({
    start: mention.start,
    end: mention.end,
    actor: mention.actor,
    strength: 'strong',
    isTarget: false,
  }));
}

describe('addGenericBodies', () => {
  test('"its telecoms regulator" is the country named before it', () => {
    const text = 'Finland said its telecoms regulator would act.';
    const found = addGenericBodies(mentionsOf(text), text, toInitialCoref(null, null), TEST_MATCHERS);
    expect(found.find((mention) => mention.pronoun)?.actor.country).toBe('FI');
  });

  test("an industry association speaks apart from its government, in the report's home country", () => {
    const text = 'The industry association of mobile operators objected.';
    const home = findGazetteerMentions('Norway')[0]!.actor;
    const found = addGenericBodies([], text, toInitialCoref(null, home), TEST_MATCHERS);
    expect(found[0]!.actor.key).toBe('org:industry-association-no');
  });
});

describe('addLegislators', () => {
  test('"British MPs" are the UK parliament, "MPs" alone the country in context', () => {
    const text = 'British MPs demanded a ban.';
    expect(addLegislators(mentionsOf(text), text, toInitialCoref(null, null), TEST_MATCHERS)[0]!.actor.key).toBe('body:legislators-gb');
    const country = findGazetteerMentions('Norway')[0]!;
    const coref = updateCoref(toInitialCoref(null, null), [{ ...country, strength: 'strong', isTarget: false }], 'Norway', 0, null);
    expect(addLegislators([], 'MPs demanded a ban.', coref, TEST_MATCHERS)[0]!.actor.key).toBe('body:legislators-no');
  });
});
