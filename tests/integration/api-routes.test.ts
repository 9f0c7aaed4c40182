import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { GET as getHealth } from '../../app/api/health/route';
import { GET as exportStances } from '../../app/api/stances/export/route';
import { GET as getDocumentRoute } from '../../app/api/v1/documents/[documentId]/route';
import { GET as getDocuments } from '../../app/api/v1/documents/route';
import { GET as getPositions } from '../../app/api/v1/positions/route';
import { GET as getStances } from '../../app/api/v1/stances/route';
import { createIngestRun } from '../../lib/db/ingest-runs';
import { resetEnvCache } from '../../lib/runtime/env';
import { STANCE_COLUMNS } from '../../lib/export/stance-columns';
import { createTestDatabase, type TestDatabase } from '../helpers/db';
import { createStanceFixtures, type StanceFixtures } from '../helpers/factories';

let database: TestDatabase;
let fixtures: StanceFixtures;
const savedUrl = process.env.DATABASE_URL;

const request = (path: string) => new Request(`http://127.0.0.1${path}`);

function useDatabaseUrl(url: string | undefined) {
  if (url === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = url;
  resetEnvCache();
}

beforeAll(async () => {
  database = await createTestDatabase();
  fixtures = await createStanceFixtures(database.db);
  useDatabaseUrl(database.url);
});

afterAll(async () => {
  useDatabaseUrl(savedUrl);
  await database?.drop();
});

type StancesBody = { total: number; items: Record<string, unknown>[] };

describe('GET /api/v1/stances', () => {
  test('returns the page with the documented item fields', async () => {
    const response = await getStances(request('/api/v1/stances?country=US&pageSize=1'));
    expect(response.status).toBe(200);
    const body = (await response.json()) as StancesBody;
    expect(body.total).toBe(2);
    expect(body.items).toHaveLength(1);
    expect(Object.keys(body.items[0]!).sort()).toEqual(
      [
        'actor',
        'actorType',
        'confidence',
        'country',
        'date',
        'datePrecision',
        'documentId',
        'documentTitle',
        'evidence',
        'id',
        'score',
        'stance',
        'status',
        'url',
      ].sort(),
    );
    expect(body.items[0]).toMatchObject({ id: fixtures.statements.usMay, country: 'US', date: '2020-05-15' });
  });

  test.each([
    ['country=United%20States', 'country'],
    ['stance=against', 'stance'],
    ['actorType=robot', 'actorType'],
    ['from=yesterday', 'from'],
    ['to=2020-02-31', 'to'],
    ['from=2021&to=2020', 'from'],
    ['page=-1', 'page'],
    ['page=1.5', 'page'],
    ['pageSize=100000', 'pageSize'],
    ['q=' + 'x'.repeat(201), 'q'],
  ])('400 for %s, naming the parameter', async (query, field) => {
    const response = await getStances(request(`/api/v1/stances?${query}`));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: string; message: string; fieldErrors: Record<string, string[]> };
    expect(body.error).toBe('bad_request');
    expect(body.message).toContain(field);
    expect(Object.keys(body.fieldErrors)).toEqual([field]);
  });
});

describe('GET /api/v1/documents', () => {
  test('pages documents', async () => {
    const body = (await (await getDocuments(request('/api/v1/documents?page=2&pageSize=2'))).json()) as StancesBody;
    expect(body.total).toBe(5);
    expect(body.items).toHaveLength(2);
  });

  test('400 for a bad page size', async () => {
    expect((await getDocuments(request('/api/v1/documents?pageSize=0'))).status).toBe(400);
  });

  test('one document by id, 404 for an unknown one', async () => {
    const found = await getDocumentRoute(request('/'), { params: Promise.resolve({ documentId: fixtures.documents.july }) });
    expect(found.status).toBe(200);
    expect(await found.json()).toMatchObject({ title: 'UK reverses course: Huawei kit to be removed by 2027', statements: [{}, {}] });
    const missing = await getDocumentRoute(request('/'), { params: Promise.resolve({ documentId: 'nope' }) });
    expect(missing.status).toBe(404);
  });
});

describe('GET /api/v1/positions', () => {
  test('one series per requested country, in request order, with monthly points', async () => {
    const response = await getPositions(request('/api/v1/positions?country=US,GB&granularity=month'));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      granularity: 'month',
      series: [
        {
          country: 'US',
          points: [
            { period: '2019-11', score: 1, statements: 1 },
            { period: '2020-05', score: 0.8, statements: 1 },
          ],
        },
        { country: 'GB', points: [{ period: '2020-07', score: 0.6, statements: 1 }] },
      ],
    });
  });

  test('400 for an unknown granularity', async () => {
    const response = await getPositions(request('/api/v1/positions?granularity=fortnight'));
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toMatch(/granularity/);
  });
});

const asSpreadsheetSafe = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

async function readCsv(path: string): Promise<{ response: Response; records: Record<string, string>[] }> {
  const response = await exportStances(request(path));
  const text = await response.text();
  return { response, records: parse(text, { bom: true, columns: true, relax_quotes: false }) as Record<string, string>[] };
}

describe('GET /api/stances/export', () => {
  test('has the same rows, in the same order, as the JSON API for the same filters', async () => {
    for (const query of ['', 'country=CN', 'stance=support&from=2020', 'q=huawei&actorType=company,government_body']) {
      const { response, records } = await readCsv(`/api/stances/export?${query}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
      expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="stancewatch-stances-\d{4}-\d{2}-\d{2}\.csv"$/);
      const api = (await (await getStances(request(`/api/v1/stances?${query}&pageSize=200`))).json()) as StancesBody;
      expect(records.map((record) => record['Statement ID'])).toEqual(api.items.map((item) => item.id));
      expect(records.map((record) => record.Evidence)).toEqual(api.items.map((item) => asSpreadsheetSafe(String(item.evidence))));
      expect(Object.keys(records[0] ?? {})).toEqual(STANCE_COLUMNS.map((column) => column.header));
    }
  });

  test('neutralises formula-looking cells but keeps negative numbers as numbers', async () => {
    const { records } = await readCsv('/api/stances/export');
    const analyst = records.find((record) => record['Statement ID'] === fixtures.statements.analyst)!;
    expect(analyst.Actor).toBe(`'=HYPERLINK("http://attacker.test","click")`);
    expect(analyst.Evidence).toMatch(/^'-1 vendors is what Europe needs/);
    const huawei = records.find((record) => record['Statement ID'] === fixtures.statements.huaweiJuly)!;
    expect(huawei.Score).toBe('-0.9');
    expect(huawei.Date).toBe('2020-07');
    expect(huawei['Date precision']).toBe('month');
    for (const record of records) for (const cell of Object.values(record)) expect(cell).not.toMatch(/^[=+@\t\r]/);
  });

  test('400 for a bad filter instead of a broken file', async () => {
    const response = await exportStances(request('/api/stances/export?country=XYZ'));
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/json/);
  });
});

describe('GET /api/health', () => {
  test('reports the database and the newest ingest run', async () => {
    const empty = await (await getHealth()).json();
    expect(empty).toEqual({ ok: true, database: true, worker: { lastRunAt: null } });
    const run = await createIngestRun(database.db, 'test');
    const response = await getHealth();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, database: true, worker: { lastRunAt: run.startedAt.toISOString() } });
  });

  test('503 with ok false when the database is unreachable; other routes answer 503 too', async () => {
    useDatabaseUrl('postgresql://nobody:nothing@127.0.0.1:9/none');
    try {
      const response = await getHealth();
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ ok: false, database: false, worker: { lastRunAt: null } });
      expect((await getStances(request('/api/v1/stances'))).status).toBe(503);
      expect((await exportStances(request('/api/stances/export'))).status).toBe(503);
      useDatabaseUrl(undefined);
      expect((await getHealth()).status).toBe(503);
    } finally {
      useDatabaseUrl(database.url);
    }
  });
});
