import { describe, expect, test } from 'vitest';
import { toInitialCoref, updateCoref } from './coreference';
import { findMentions } from './mentions';
import { findSentenceSpeaker, findSpeakerHit } from './speakers';
import { TEST_MATCHERS } from './test-support';

const speakerOf = (text: string) => {
  const { mentions } = findMentions(text, TEST_MATCHERS, toInitialCoref(null, null), text, new Map(), true);
  return findSpeakerHit(text, mentions);
};

describe('findSpeakerHit', () => {
  test('"X said" and "…, said X" and "according to X"', () => {
    expect(speakerOf('Germany said it would not exclude any vendor.')?.actor.country).toBe('DE');
    expect(speakerOf('"We will not exclude anyone," said Germany.')?.actor.country).toBe('DE');
    expect(speakerOf('According to Huawei, no vendor will be excluded.')?.actor.name).toBe('Huawei');
  });

  test('an infinitive of saying names no speaker', () => {
    expect(speakerOf('Germany declined to say whether it would act.')).toBeNull();
  });
});

describe('findSentenceSpeaker', () => {
  test('a quotation without a verb of saying belongs to the last speaker', () => {
    const first = speakerOf('Germany said it would wait.')!;
    const coref = updateCoref(toInitialCoref(null, null), [], '', 0, first.actor);
    expect(findSentenceSpeaker('"There is no reason to exclude anyone."', null, coref)?.country).toBe('DE');
    expect(findSentenceSpeaker('There is no reason to exclude anyone.', null, coref)).toBeNull();
  });
});
