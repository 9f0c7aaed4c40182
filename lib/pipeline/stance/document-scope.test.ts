import { describe, expect, test } from 'vitest';
import { splitSentences } from '../nlp/sentences';
import { findDatelineCountry, findHomeCountry, isHeadlineList, toSentenceFlags, toSentenceScopes } from './document-scope';
import { TEST_MATCHERS } from './test-support';

function scopes(text: string) {
  const sentences = splitSentences(text);
  return toSentenceScopes(sentences, toSentenceFlags(sentences, TEST_MATCHERS), TEST_MATCHERS);
}

describe('toSentenceScopes', () => {
  test('a sentence naming the target is a candidate, an unrelated one far away is not', () => {
    const text = 'Ruritania banned Huawei from its 5G network.\n\nThe weather was fine.\n\nPrices rose again.\n\nThe zoo opened.';
    const found = scopes(text);
    expect(found[0]!.isCandidate).toBe(true);
    expect(found[3]!.isCandidate).toBe(false);
  });

  test('"the decision" refers to the restriction the lead reports, an unrelated decision does not', () => {
    const found = scopes(
      'Ruritania bans Huawei from its networks. The opposition criticised the decision. ' + 'The decision to raise rates was taken.',
    );
    expect(found[1]!.anaphor).toBe(true);
    expect(found[2]!.anaphor).toBe(false);
  });

  test('bylines are not candidates', () => {
    const found = scopes('Huawei faces 5G curbs.\n\nBy Jane Roe, Staff Writer\n\nMore text about Huawei networks.');
    expect(found.map((scope) => scope.isCandidate)).toEqual([true, false, true]);
  });
});

describe('isHeadlineList', () => {
  test('bullets or a "Read more" lead make a run of headlines', () => {
    expect(isHeadlineList('Read more: Huawei wins a contract • Operators grow • Stocks fall')).toBe(true);
    expect(isHeadlineList('The minister said the ban would stand.')).toBe(false);
  });
});

describe('findDatelineCountry', () => {
  test('reads the country of an upper-case dateline', () => {
    expect(findDatelineCountry(splitSentences('LIMA, Peru – The government said on Monday…'))?.country).toBe('PE');
    expect(findDatelineCountry(splitSentences('The government said on Monday…'))).toBeNull();
  });
});

describe('findHomeCountry', () => {
  test("without a dateline, the first country of the lead that is not the target's", () => {
    const sentences = splitSentences('China protested. Portugal will decide on Huawei soon.');
    expect(findHomeCountry(sentences, null, TEST_MATCHERS)?.country).toBe('PT');
  });
});
