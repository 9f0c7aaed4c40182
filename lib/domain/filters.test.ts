import { describe, expect, test } from 'vitest';
import { BadRequestError } from '../errors';
import { parsePositionsQuery, parseStanceFilters, toPeriodEndExclusive, toStanceQueryString } from './filters';

describe('parseStanceFilters', () => {
  test('normalises lists, blank fields and defaults', () => {
    const filters = parseStanceFilters(new URLSearchParams('country=us,%20gb&country=CN&stance=oppose&actor=&q=%20ban%20&from=2020-05'));
    expect(filters).toEqual({ country: ['US', 'GB', 'CN'], stance: ['oppose'], q: 'ban', from: '2020-05', page: 1, pageSize: 50 });
  });

  test('accepts the record form Next gives pages', () => {
    expect(parseStanceFilters({ country: ['DE', 'FR'], page: '3', pageSize: '10', actorType: 'official' })).toMatchObject({
      country: ['DE', 'FR'],
      page: 3,
      pageSize: 10,
      actorType: ['official'],
    });
  });

  test.each([
    ['country=USA', 'country'],
    ['stance=maybe', 'stance'],
    ['from=2020-13', 'from'],
    ['to=2020-02-30', 'to'],
    ['page=0', 'page'],
    ['page=abc', 'page'],
    ['pageSize=1000', 'pageSize'],
    ['actorType=alien', 'actorType'],
    ['from=2021&to=2020-06', 'from'],
  ])('rejects %s naming the parameter', (query, field) => {
    try {
      parseStanceFilters(new URLSearchParams(query));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(BadRequestError);
      expect((error as BadRequestError).fieldErrors).toHaveProperty(field);
      expect((error as BadRequestError).message).toContain(field);
    }
  });
});

describe('toPeriodEndExclusive', () => {
  test('covers the whole day, month or year', () => {
    expect(toPeriodEndExclusive('2020-02-29')).toBe('2020-03-01');
    expect(toPeriodEndExclusive('2020-12')).toBe('2021-01-01');
    expect(toPeriodEndExclusive('2020')).toBe('2021-01-01');
  });
});

describe('toStanceQueryString', () => {
  test('round-trips through the parser and drops default paging', () => {
    const filters = parseStanceFilters(new URLSearchParams('country=US,CN&q=rip%20and%20replace&to=2021&page=2'));
    const query = toStanceQueryString(filters, { page: null });
    expect(query).toBe('country=US%2CCN&to=2021&q=rip+and+replace');
    expect(parseStanceFilters(new URLSearchParams(query))).toEqual({ ...filters, page: 1 });
  });
});

describe('parsePositionsQuery', () => {
  test('defaults to monthly granularity and rejects unknown ones', () => {
    expect(parsePositionsQuery(new URLSearchParams('country=US,GB'))).toEqual({ country: ['US', 'GB'], granularity: 'month' });
    expect(() => parsePositionsQuery(new URLSearchParams('granularity=week'))).toThrow(/granularity/);
  });
});
