import { describe, expect, test } from 'vitest';
import { findFollowedModels } from './follow-models';
import { toTestContext } from './test-support';

describe('findFollowedModels', () => {
  test('countries followed in a restriction hold it', () => {
    const models = findFollowedModels(toTestContext('Latvia followed the lead of Australia and Japan in banning Huawei from 5G.'));
    expect(new Set(models.map((mention) => mention.actor.country))).toEqual(new Set(['AU', 'JP']));
  });

  test('an example cited in a call to follow it is not reported', () => {
    expect(findFollowedModels(toTestContext('MPs urged the cabinet to follow the example of Australia in banning Huawei.'))).toEqual([]);
  });
});
