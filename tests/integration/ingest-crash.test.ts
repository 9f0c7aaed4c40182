import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { markInterruptedRuns } from '../../lib/db/ingest-runs';
import { PROJECT_ROOT } from '../../lib/runtime/paths';
import { upsertSource } from '../../lib/db/sources';
import { ensureTopics } from '../../lib/db/topics';
import { resetEnvCache } from '../../lib/runtime/env';
import { runIngestPass } from '../../lib/ingest/run';
import { DEFAULT_TOPICS } from '../../lib/topics/topic';
import { createTestDatabase, type TestDatabase } from '../helpers/db';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server';

let database: TestDatabase;
let server: FixtureServer;

beforeAll(async () => {
  process.env.ALLOW_PRIVATE_URLS = '1';
  resetEnvCache();
  [database, server] = await Promise.all([createTestDatabase(), startFixtureServer()]);
  await ensureTopics(database.db, DEFAULT_TOPICS);
});

afterAll(async () => {
  delete process.env.ALLOW_PRIVATE_URLS;
  resetEnvCache();
  await server?.close();
  await database?.drop();
});

describe('an ingestion run killed midway', () => {
  test('leaves only whole documents, and the next run finishes the job without duplicates', async () => {
    const source = await upsertSource(database.db, { kind: 'feed', name: 'slow', location: `${server.baseUrl}/slow-pages.xml?ms=800` });
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(PROJECT_ROOT, 'tests/helpers/ingest-child.ts'), database.url, source.id],
      {
        env: { ...process.env, ALLOW_PRIVATE_URLS: '1', LOG_LEVEL: 'warn' },
        stdio: 'ignore',
      },
    );
    const exited = new Promise((resolve) => child.once('exit', resolve));
    const deadline = Date.now() + 60_000;
    while ((await database.db.document.count()) === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    child.kill('SIGKILL');
    await exited;

    const afterKill = await database.db.document.count();
    expect(afterKill).toBeGreaterThan(0);
    expect(await database.db.document.count({ where: { urls: { none: {} } } })).toBe(0);
    const killedRun = await database.db.ingestRun.findFirstOrThrow();
    expect(killedRun.status).toBe('running');

    const resumed = await runIngestPass(database.db, { trigger: 'test', sourceIds: [source.id] });
    expect(resumed.failed).toBe(0);
    const total = await database.db.document.count();
    expect(total).toBe(afterKill + resumed.created);
    expect(total).toBeGreaterThan(afterKill);
    // Eight fixture pages, two of which are syndicated copies of a third.
    expect(total).toBe(6);
    const urls = await database.db.documentUrl.count();
    expect(urls).toBe(8);

    expect(await markInterruptedRuns(database.db, 0)).toBe(1);
    expect((await database.db.ingestRun.findUniqueOrThrow({ where: { id: killedRun.id } })).status).toBe('failed');
  });
});
