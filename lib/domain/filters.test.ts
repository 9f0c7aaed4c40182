import { describe, expect, test } from 'vitest';
import { BadRequestError } from '../errors';
import { parsePositionsQuery, parseStanceFilters, toPeriodEndExclusive, toStanceQueryString } from './filters';

describe('parseStanceFilters', () => {
  test('normalises lists, blank fields and defaults', () => {
    const filters = parseStanceFilters(new URLSearchParams('country=us,%20gb&country=CN&stance=oppose&actor=&q=%20ban%20&from=2020-05'));
    expect(filters).toEqual({
      topic: 'huawei-zte-5g',
      country: ['US', 'GB', 'CN'],
      stance: ['oppose'],
      q: 'ban',
      from: '2020-05',
      sort: 'date',
      page: 1,
      pageSize: 50,
    });
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
    ['topic=Huawei ZTE!', 'topic'],
    ['reviewed=maybe', 'reviewed'],
    ['minConfidence=1.5', 'minConfidence'],
    ['minConfidence=high', 'minConfidence'],
    ['sort=evidence', 'sort'],
    ['dir=up', 'dir'],
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

  test('carries topic, review state, confidence and sorting, leaving defaults out', () => {
    const filters = parseStanceFilters(
      new URLSearchParams('topic=TikTok-Apps&reviewed=unreviewed&minConfidence=0.6&sort=score&dir=asc&country=DE'),
    );
    expect(filters).toMatchObject({ topic: 'tiktok-apps', reviewed: 'unreviewed', minConfidence: 0.6, sort: 'score', dir: 'asc' });
    const query = toStanceQueryString(filters);
    expect(query).toBe('country=DE&topic=tiktok-apps&reviewed=unreviewed&minConfidence=0.6&sort=score&dir=asc');
    expect(parseStanceFilters(new URLSearchParams(query))).toEqual(filters);
    expect(toStanceQueryString(parseStanceFilters(new URLSearchParams('topic=huawei-zte-5g&sort=date')))).toBe('');
  });
});

describe('parsePositionsQuery', () => {
  test('defaults to monthly granularity and rejects unknown ones', () => {
    expect(parsePositionsQuery(new URLSearchParams('country=US,GB'))).toEqual({
      topic: 'huawei-zte-5g',
      scope: 'government',
      country: ['US', 'GB'],
      granularity: 'month',
    });
    expect(parsePositionsQuery(new URLSearchParams('granularity=week&scope=all'))).toMatchObject({ granularity: 'week', scope: 'all' });
    expect(() => parsePositionsQuery(new URLSearchParams('granularity=day'))).toThrow(/granularity/);
    expect(() => parsePositionsQuery(new URLSearchParams('scope=everyone'))).toThrow(/scope/);
  });
});
