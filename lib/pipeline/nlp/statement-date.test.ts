import { describe, expect, test } from 'vitest';
import { extractStatementDate } from './statement-date';

describe('extractStatementDate', () => {
  test('an explicit date in the sentence wins over the document date', () => {
    expect(extractStatementDate('The regulator said on 3 May 2021 that it would act.', null, '2021-06-01', 'day')).toEqual({
      date: '2021-05-03',
      precision: 'day',
      source: 'sentence',
    });
  });
  test('a weekday is resolved against a day-precise document date, never forward', () => {
    expect(extractStatementDate('The minister said on Monday the ban stands.', null, '2022-03-16', 'day').date).toBe('2022-03-14');
  });
  test('deadlines are not statement dates', () => {
    expect(extractStatementDate('Operators must remove the gear by 2027.', null, '2020-07-14', 'day')).toEqual({
      date: '2020-07-14',
      precision: 'day',
      source: 'document',
    });
  });
  test('no date anywhere gives null', () => {
    expect(extractStatementDate('Nobody knows when.', null, null, null)).toEqual({ date: null, precision: null, source: 'none' });
  });
});
