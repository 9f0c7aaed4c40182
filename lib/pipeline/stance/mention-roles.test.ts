import { describe, expect, test } from 'vitest';
import { findGazetteerMentions } from '../nlp/gazetteer/index';
import { toInitialCoref } from './coreference';
import { dropSuppliers, localizeCompanies, mergeTargetUnits } from './mention-roles';
import { testRe } from './regex';
import { TEST_MATCHERS } from './test-support';
import type { Mention } from './types';

function mentionsOf(text: string): Mention[] {
  return findGazetteerMentions(text).map((mention) => ({
    start: mention.start,
    end: mention.end,
    actor: mention.actor,
    strength: 'strong',
    isTarget: testRe(TEST_MATCHERS.target, mention.surface),
  }));
}

describe('mergeTargetUnits', () => {
  test('"Huawei Austria" is the vendor, not the country', () => {
    const text = 'Huawei Austria said it would appeal.';
    const merged = mergeTargetUnits(mentionsOf(text), text);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.actor.country).toBe('CN');
    expect(merged[0]!.end).toBe('Huawei Austria'.length);
  });
});

describe('dropSuppliers', () => {
  test('companies named as suppliers are dropped, the target stays', () => {
    const text = 'The operator bought equipment from Huawei, Ericsson and Nokia.';
    const kept = dropSuppliers(mentionsOf(text), text, TEST_MATCHERS).map((mention) => mention.actor.name);
    expect(kept).toContain('Huawei');
    expect(kept).not.toContain('Ericsson');
    expect(kept).not.toContain('Nokia');
  });
});

describe('localizeCompanies', () => {
  test('an operator named with a country acts for that country', () => {
    const text = 'Vodafone Portugal said it would comply.';
    const localized = localizeCompanies(mentionsOf(text), text, toInitialCoref(null, null), TEST_MATCHERS);
    expect(localized[0]!.actor.country).toBe('PT');
    expect(localized[0]!.actor.name).toBe('Vodafone Portugal');
  });
});
