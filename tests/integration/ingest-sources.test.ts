import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { syncGazetteerActors } from '../../lib/db/actors';
import { PROJECT_ROOT } from '../../lib/runtime/paths';
import { upsertSource } from '../../lib/db/sources';
import { ensureTopics } from '../../lib/db/topics';
import { resetEnvCache } from '../../lib/runtime/env';
import { runIngestPass, type IngestSummary } from '../../lib/ingest/run';
import { listGazetteerActors } from '../../lib/pipeline/nlp/gazetteer';
import { DEFAULT_TOPICS } from '../../lib/topics/topic';
import { createTestDatabase, type TestDatabase } from '../helpers/db';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server';

let database: TestDatabase;
let server: FixtureServer;
let firstPass: IngestSummary;
const ENV = { ALLOW_PRIVATE_URLS: '1', FETCH_TIMEOUT_MS: '1500', MAX_FETCH_MB: '20', LOG_LEVEL: 'warn' };
const saved: Record<string, string | undefined> = {};

const sources = {
  rss: { kind: 'feed', path: '/feeds/rss.xml' },
  atom: { kind: 'feed', path: '/feeds/atom.xml' },
  json: { kind: 'feed', path: '/feeds/feed.json' },
  broken: { kind: 'feed', path: '/feeds/broken.xml' },
  serverError: { kind: 'feed', path: '/status/500' },
  notAFeed: { kind: 'feed', path: '/not-a-feed.xml' },
  slow: { kind: 'page', path: '/slow?ms=5000' },
  huge: { kind: 'page', path: '/huge' },
  privateRedirect: { kind: 'page', path: '/redirect-private' },
} as const;

function errorFor(summary: IngestSummary, name: keyof typeof sources) {
  return summary.errors.filter((error) => error.source === `${server.baseUrl}${sources[name].path}`);
}

async function documentIdOfUrl(fragment: string): Promise<string | undefined> {
  const row = await database.db.documentUrl.findFirst({ where: { url: { contains: fragment } } });
  return row?.documentId;
}

beforeAll(async () => {
  for (const [key, value] of Object.entries(ENV)) {
    saved[key] = process.env[key];
    process.env[key] = value;
  }
  resetEnvCache();
  [database, server] = await Promise.all([createTestDatabase(), startFixtureServer()]);
  await ensureTopics(database.db, DEFAULT_TOPICS);
  await syncGazetteerActors(database.db, listGazetteerActors());
  for (const [name, source] of Object.entries(sources)) {
    await upsertSource(database.db, { kind: source.kind, name, location: `${server.baseUrl}${source.path}` });
  }
  firstPass = await runIngestPass(database.db, { trigger: 'test' });
});

afterAll(async () => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  resetEnvCache();
  await server?.close();
  await database?.drop();
});

describe('runIngestPass over feeds and pages', () => {
  test('stores the items of RSS, Atom and JSON feeds, with titles, dates and statements', async () => {
    expect(firstPass.sources).toBe(Object.keys(sources).length);
    expect(firstPass.created).toBeGreaterThanOrEqual(5);
    const documents = await database.db.document.findMany({ select: { title: true, publishedAt: true, text: true } });
    expect(documents.length).toBe(firstPass.created);
    for (const document of documents) {
      expect(document.title.length).toBeGreaterThan(5);
      expect(document.publishedAt).not.toBeNull();
      expect(document.text).not.toMatch(/<script|cookie/i);
    }
    expect(await database.db.statement.count()).toBeGreaterThan(0);
  });

  test('each failing source or item is reported on its own, with a clear message', async () => {
    expect(errorFor(firstPass, 'serverError')[0]?.message).toMatch(/500/);
    expect(errorFor(firstPass, 'notAFeed')[0]?.message).toMatch(/feed/i);
    expect(errorFor(firstPass, 'slow')[0]?.message).toMatch(/time/i);
    expect(errorFor(firstPass, 'huge')[0]?.message).toMatch(/MB|large|limit/i);
    expect(errorFor(firstPass, 'privateRedirect')[0]?.message).toMatch(/169\.254|link-local|metadata/i);
    const brokenFeedErrors = errorFor(firstPass, 'broken');
    expect(brokenFeedErrors.length).toBeGreaterThanOrEqual(2); // items without link/guid, bad link, 404 page
    expect(brokenFeedErrors.some((error) => /404/.test(error.message))).toBe(true);
    for (const good of ['rss', 'atom', 'json'] as const) expect(errorFor(firstPass, good)).toEqual([]);

    const run = await database.db.ingestRun.findUniqueOrThrow({ where: { id: firstPass.runId } });
    expect(run.status).toBe('completed');
    expect(run.failed).toBe(firstPass.errors.length);
    expect((run.errors as unknown[]).length).toBe(firstPass.errors.length);
    const failing = await database.db.source.findFirstOrThrow({ where: { location: `${server.baseUrl}/status/500` } });
    expect(failing.lastError).toMatch(/500/);
    const healthy = await database.db.source.findFirstOrThrow({ where: { location: `${server.baseUrl}/feeds/rss.xml` } });
    expect(healthy.lastError).toBeNull();
    expect(healthy.lastSuccessAt).not.toBeNull();
  });

  test('syndicated copies become one document with every address; another story on the same event stays apart', async () => {
    const original = await documentIdOfUrl('uk-huawei-deadline-meridian');
    expect(original).toBeDefined();
    expect(await documentIdOfUrl('uk-huawei-deadline-northern-courier')).toBe(original);
    expect(await documentIdOfUrl('uk-huawei-deadline-business-digest')).toBe(original);
    const sameEvent = await documentIdOfUrl('uk-huawei-deadline-operators-react');
    expect(sameEvent).toBeDefined();
    expect(sameEvent).not.toBe(original);
    const stored = await database.db.document.findUniqueOrThrow({ where: { id: original! } });
    expect(stored.canonicalUrl).not.toMatch(/utm_|fbclid/);
  });

  test('a second pass fetches no item twice and stores nothing new', async () => {
    const pageHits = server.hits('/pages/germany-5g-component-checks.html');
    const count = await database.db.document.count();
    const second = await runIngestPass(database.db, {
      trigger: 'test',
      sourceIds: (await database.db.source.findMany({ where: { location: { contains: '/feeds/' } } })).map((s) => s.id),
    });
    expect(second.created).toBe(0);
    expect(server.hits('/pages/germany-5g-component-checks.html')).toBe(pageHits);
    expect(await database.db.document.count()).toBe(count);
  });

  test('a feed that answers 304 to the conditional GET is not parsed again', async () => {
    const source = await upsertSource(database.db, { kind: 'feed', name: 'etag', location: `${server.baseUrl}/etag-feed.xml` });
    await runIngestPass(database.db, { trigger: 'test', sourceIds: [source.id] });
    const stored = await database.db.source.findUniqueOrThrow({ where: { id: source.id } });
    expect(stored.etag).toBeTruthy();
    const again = await runIngestPass(database.db, { trigger: 'test', sourceIds: [source.id] });
    expect(again).toMatchObject({ fetched: 0, created: 0, failed: 0 });
    expect(server.hits('/etag-feed.xml')).toBe(2);
  });
});

describe('npm run ingest', () => {
  const runCli = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'jobs/ingest-once.ts'), ...args], {
      encoding: 'utf8',
      env: { ...process.env, ...ENV, DATABASE_URL: database.url },
      timeout: 120_000,
    });

  test('adds the given sources, runs one pass and prints the JSON summary as its last line', () => {
    const result = runCli(
      '--source',
      `${server.baseUrl}/pages/brazil-5g-regulator-keeps-huawei.html`,
      '--source',
      `${server.baseUrl}/status/404`,
    );
    expect(result.status).toBe(0);
    const summary = JSON.parse(result.stdout.trim().split('\n').at(-1)!);
    expect(Object.keys(summary)).toEqual(['runId', 'sources', 'fetched', 'created', 'duplicates', 'failed', 'errors', 'alerts']);
    expect(summary.failed).toBeGreaterThanOrEqual(1);
    expect(summary.errors.some((error: { message: string }) => /404/.test(error.message))).toBe(true);
  });

  test('exits non-zero on a bad flag', () => {
    const result = runCli('--sorce', 'x');
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/sorce|usage/i);
  });
});
