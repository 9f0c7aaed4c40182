import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { getDocument, listDocuments } from '../../lib/db/documents';
import { getStanceCounts, listPositionRows, listStanceCountries } from '../../lib/db/positions';
import { listStances, streamStances } from '../../lib/db/statements';
import { NotFoundError } from '../../lib/errors';
import { parsePositionsQuery, parseStanceFilters } from '../../lib/domain/filters';
import { createTestDatabase, type TestDatabase } from '../helpers/db';
import { createReview, createStanceFixtures, type StanceFixtures } from '../helpers/factories';

let database: TestDatabase;
let fixtures: StanceFixtures;

const filters = (query: string) => parseStanceFilters(new URLSearchParams(query));

beforeAll(async () => {
  database = await createTestDatabase();
  fixtures = await createStanceFixtures(database.db);
});

afterAll(async () => {
  await database?.drop();
});

describe('listStances', () => {
  test('lists every statement newest first, undated last, with the document date as fallback', async () => {
    const { items, total } = await listStances(database.db, filters(''));
    expect(total).toBe(8);
    const { statements: s } = fixtures;
    const ids = items.map((item) => item.id);
    expect(new Set(ids.slice(0, 2))).toEqual(new Set([s.ukJuly, s.huaweiJuly]));
    expect(ids.slice(2)).toEqual([s.analyst, ...[s.usMay, s.cnMay].sort().reverse(), s.cn2020, s.usNov2019, s.deUndated]);

    const usMay = items.find((item) => item.id === s.usMay)!;
    expect(usMay).toMatchObject({
      actor: 'United States Department of State',
      actorType: 'government_body',
      country: 'US',
      stance: 'support',
      score: 0.8,
      date: '2020-05-15',
      datePrecision: 'day',
      documentId: fixtures.documents.may,
      documentTitle: 'Washington presses allies on 5G vendors',
      url: 'https://news.example.org/2020/05/15/5g-vendors',
    });
    expect(usMay.evidence).toMatch(/^The State Department said on Friday/);
    expect(items.find((item) => item.id === s.usNov2019)).toMatchObject({ date: '2019-11-01', datePrecision: 'month' });
    expect(items.find((item) => item.id === s.deUndated)).toMatchObject({ date: null, datePrecision: 'unknown', url: null });
  });

  test.each([
    ['country=CN', ['cnMay', 'huaweiJuly', 'cn2020']],
    ['country=us,gb', ['usMay', 'usNov2019', 'ukJuly']],
    ['stance=neutral', ['deUndated']],
    ['stance=support&country=US', ['usMay', 'usNov2019']],
    ['actorType=company', ['huaweiJuly']],
    ['actorType=official,person', ['deUndated', 'analyst']],
    ['actor=department%20of%20STATE', ['usMay', 'usNov2019']],
    ['from=2020-05&to=2020-05', ['usMay', 'cnMay', 'analyst']],
    ['from=2020-05-16', ['analyst', 'ukJuly', 'huaweiJuly']],
    ['to=2019', ['usNov2019']],
    ['q=mobile%20phone', ['huaweiJuly']],
    ['q=berlin', ['deUndated']],
    ['q=100%25', []],
  ] as const)('filters %s', async (query, expected) => {
    const { items, total } = await listStances(database.db, filters(query));
    expect(new Set(items.map((item) => item.id))).toEqual(new Set(expected.map((name) => fixtures.statements[name])));
    expect(total).toBe(expected.length);
  });

  test('filters by actor id', async () => {
    const all = await listStances(database.db, filters('actor=huawei'));
    const huawei = all.items.find((item) => item.actorType === 'company')!;
    const byId = await listStances(database.db, filters(`actor=${huawei.actorId}`));
    expect(byId.items.map((item) => item.id)).toEqual([fixtures.statements.huaweiJuly]);
  });

  test('pages do not overlap and add up to the whole list', async () => {
    const all = await listStances(database.db, filters('pageSize=200'));
    const pages = await Promise.all([1, 2, 3].map((page) => listStances(database.db, filters(`page=${page}&pageSize=3`))));
    expect(pages.map((page) => page.items.length)).toEqual([3, 3, 2]);
    expect(pages.every((page) => page.total === 8)).toBe(true);
    expect(pages.flatMap((page) => page.items.map((item) => item.id))).toEqual(all.items.map((item) => item.id));
    const beyond = await listStances(database.db, filters('page=9&pageSize=3'));
    expect(beyond).toMatchObject({ total: 8, items: [] });
  });
});

describe('streamStances', () => {
  test('yields the same rows in the same order as the table, across batch boundaries', async () => {
    const table = await listStances(database.db, filters('pageSize=200'));
    const streamed = [];
    for await (const item of streamStances(database.db, {}, 3)) streamed.push(item);
    expect(streamed).toEqual(table.items);
    const china = [];
    for await (const item of streamStances(database.db, { country: ['CN'] }, 1)) china.push(item.id);
    expect(china).toEqual((await listStances(database.db, filters('country=CN'))).items.map((item) => item.id));
  });
});

describe('listPositionRows', () => {
  test('averages scores per country per month, leaving out year-precision dates', async () => {
    const rows = await listPositionRows(database.db, parsePositionsQuery(new URLSearchParams('granularity=month&scope=all')));
    expect(rows).toEqual([
      { country: 'US', period: '2019-11', score: 1, statements: 1 },
      { country: 'CN', period: '2020-05', score: -0.7, statements: 1 },
      { country: 'US', period: '2020-05', score: 0.8, statements: 1 },
      { country: 'CN', period: '2020-07', score: -0.9, statements: 1 },
      { country: 'GB', period: '2020-07', score: 0.6, statements: 1 },
    ]);
  });

  test('yearly means include year-precision statements, weighted by recency; the country filter applies', async () => {
    const rows = await listPositionRows(database.db, parsePositionsQuery(new URLSearchParams('granularity=year&country=CN&scope=all')));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ country: 'CN', period: '2020', statements: 3 });
    // Same confidence: 2020-05-15 (−0.7), Huawei on 2020-07-01 (−0.9), "by 2020" as 2020-01-01 (−0.5); half weight per 180 days.
    const weight = (daysAfterMay: number) => 2 ** (daysAfterMay / 180);
    const expected = (-0.7 * weight(0) - 0.9 * weight(47) - 0.5 * weight(-135)) / (weight(0) + weight(47) + weight(-135));
    expect(rows[0]!.score).toBeCloseTo(expected, 10);
  });

  test("by default a country's position comes from its government actors only", async () => {
    const rows = await listPositionRows(database.db, parsePositionsQuery(new URLSearchParams('granularity=year&country=CN')));
    expect(rows).toEqual([expect.objectContaining({ country: 'CN', period: '2020', statements: 2 })]);
  });

  test('quarters are labelled YYYY-Qn', async () => {
    const rows = await listPositionRows(database.db, parsePositionsQuery(new URLSearchParams('granularity=quarter&country=GB')));
    expect(rows).toEqual([{ country: 'GB', period: '2020-Q3', score: 0.6, statements: 1 }]);
  });
});

describe('getDocument', () => {
  test('returns the text, addresses and statements whose offsets point at their evidence', async () => {
    const document = await getDocument(database.db, fixtures.documents.may);
    expect(document).toMatchObject({
      title: 'Washington presses allies on 5G vendors',
      publishedAt: '2020-05-15',
      datePrecision: 'day',
      urls: ['https://news.example.org/2020/05/15/5g-vendors'],
    });
    expect(document.statements).toHaveLength(2);
    for (const statement of document.statements) {
      expect(document.text.slice(statement.evidenceStart, statement.evidenceEnd)).toBe(statement.evidence);
    }
  });

  test('throws NotFoundError for unknown and malformed ids', async () => {
    await expect(getDocument(database.db, '00000000-0000-4000-8000-000000000000')).rejects.toBeInstanceOf(NotFoundError);
    await expect(getDocument(database.db, "1' OR '1'='1")).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('listDocuments and counts', () => {
  test('documents are newest first with statement counts, undated last', async () => {
    const page = await listDocuments(database.db, { page: 1, pageSize: 10 });
    expect(page.total).toBe(5);
    expect(page.items.map((item) => item.title)).toEqual([
      'A year of 5G decisions, in review',
      'UK reverses course: Huawei kit to be removed by 2027',
      '<script>window.__xss = 1</script> Huawei <b>ban</b> explained',
      'Washington presses allies on 5G vendors',
      'Berlin weighs its options',
    ]);
    expect(page.items.map((item) => item.statements)).toEqual([2, 2, 1, 2, 1]);
    expect((await listDocuments(database.db, { page: 2, pageSize: 3 })).items).toHaveLength(2);
  });

  test('getStanceCounts and listStanceCountries count visible statements', async () => {
    expect(await getStanceCounts(database.db, 'huawei-zte-5g')).toMatchObject({
      documents: 5,
      statements: 8,
      actors: 6,
      countries: 4,
      byStance: { support: 4, oppose: 3, neutral: 1 },
      lastRun: null,
    });
    expect(await listStanceCountries(database.db, 'huawei-zte-5g')).toEqual([
      { country: 'CN', statements: 3 },
      { country: 'US', statements: 2 },
      { country: 'DE', statements: 1 },
      { country: 'GB', statements: 1 },
    ]);
  });
});

describe('reviews', () => {
  let reviewed: TestDatabase;
  let ids: StanceFixtures['statements'];

  beforeAll(async () => {
    reviewed = await createTestDatabase();
    ids = (await createStanceFixtures(reviewed.db)).statements;
    const hourAgo = new Date(Date.now() - 3_600_000);
    await createReview(reviewed.db, ids.cnMay, { stance: 'neutral', score: 0, createdAt: hourAgo });
    await createReview(reviewed.db, ids.cnMay, { stance: 'support', score: 0.3 });
    await createReview(reviewed.db, ids.analyst, { rejected: true });
    await createReview(reviewed.db, ids.huaweiJuly, { rejected: true, createdAt: hourAgo });
    await createReview(reviewed.db, ids.huaweiJuly, { score: -1 });
    await createReview(reviewed.db, ids.ukJuly, { countryCode: 'IE' });
  });

  afterAll(async () => {
    await reviewed?.drop();
  });

  test('the newest review sets stance, score and country; a rejecting one hides the statement', async () => {
    const { items, total } = await listStances(reviewed.db, filters(''));
    expect(total).toBe(7);
    const byId = new Map(items.map((item) => [item.id, item]));
    expect(byId.has(ids.analyst)).toBe(false);
    expect(byId.get(ids.cnMay)).toMatchObject({ stance: 'support', score: 0.3, country: 'CN', reviewed: true });
    expect(byId.get(ids.huaweiJuly)).toMatchObject({ stance: 'oppose', score: -1, reviewed: true });
    expect(byId.get(ids.ukJuly)).toMatchObject({ stance: 'support', score: 0.6, country: 'IE' });
    expect(byId.get(ids.usMay)).toMatchObject({ reviewed: false });
  });

  test('filters, positions, documents and counts all see the reviewed values', async () => {
    expect((await listStances(reviewed.db, filters('country=GB'))).total).toBe(0);
    expect((await listStances(reviewed.db, filters('country=IE'))).items.map((item) => item.id)).toEqual([ids.ukJuly]);
    expect((await listStances(reviewed.db, filters('stance=support&country=CN'))).items.map((item) => item.id)).toEqual([ids.cnMay]);
    const rows = await listPositionRows(reviewed.db, parsePositionsQuery(new URLSearchParams('country=CN&scope=all')));
    expect(rows).toEqual([
      { country: 'CN', period: '2020-05', score: 0.3, statements: 1 },
      { country: 'CN', period: '2020-07', score: -1, statements: 1 },
    ]);
    const counts = await getStanceCounts(reviewed.db, 'huawei-zte-5g');
    expect(counts).toMatchObject({ statements: 7, byStance: { support: 4, oppose: 2, neutral: 1 } });
    const hostile = (await listDocuments(reviewed.db, { page: 1, pageSize: 10 })).items.find((item) => item.title.includes('<script>'));
    expect(hostile?.statements).toBe(0);
  });
});
