import { describe, expect, test } from 'vitest';
import { chooseSubject, extendGroup, toClauseStart } from './clauses';
import { toTestContext } from './test-support';

describe('toClauseStart', () => {
  test('a clause starts after "but", "which" or a semicolon', () => {
    const text = 'Spain reviewed it, but Italy banned it.';
    expect(toClauseStart(text)(text.indexOf('banned'))).toBe(text.indexOf(' Italy'));
    expect(toClauseStart(text)(text.indexOf('reviewed'))).toBe(0);
  });
});

describe('chooseSubject', () => {
  test('the object of a verb of pressure is not the subject', () => {
    const context = toTestContext('The United States urged Germany to ban Huawei.');
    const at = context.text.indexOf('ban ');
    const subject = chooseSubject(
      context.strong.filter((mention) => !mention.isTarget),
      context.masked,
      0,
      at,
    );
    expect(subject?.actor.country).toBe('US');
  });
});

describe('extendGroup', () => {
  test('collects "Australia, New Zealand and Japan"', () => {
    const context = toTestContext('Australia, New Zealand and Japan banned Huawei.');
    const countries = context.strong.filter((mention) => !mention.isTarget);
    expect(extendGroup(countries[2]!, countries, context.text, -1).map((mention) => mention.actor.country)).toEqual(['JP', 'NZ', 'AU']);
  });
});
