import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { upsertSource } from '../../lib/db/sources';
import { ensureTopics } from '../../lib/db/topics';
import { PROJECT_ROOT } from '../../lib/runtime/paths';
import { DEFAULT_TOPICS } from '../../lib/topics/topic';
import type { IngestSummary } from '../../lib/ingest/run';
import { createTestDatabase, type TestDatabase } from '../helpers/db';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server';

let database: TestDatabase;
let server: FixtureServer;

beforeAll(async () => {
  [database, server] = await Promise.all([createTestDatabase(), startFixtureServer()]);
  await ensureTopics(database.db, DEFAULT_TOPICS);
});

afterAll(async () => {
  await server?.close();
  await database?.drop();
});

function runChild(sourceId: string): Promise<IngestSummary> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(PROJECT_ROOT, 'tests/helpers/ingest-child.ts'), database.url, sourceId],
      {
        env: { ...process.env, ALLOW_PRIVATE_URLS: '1', LOG_LEVEL: 'warn', FETCH_TIMEOUT_MS: '20000' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += String(chunk);
    });
    child.stderr.on('data', (chunk) => {
      output += String(chunk);
    });
    child.on('exit', (code) => {
      const match = /SUMMARY (.+)/.exec(output);
      if (code === 0 && match) resolve(JSON.parse(match[1]!) as IngestSummary);
      else reject(new Error(`child exited ${code}: ${output}`));
    });
  });
}

describe('runIngestPass in two processes at once', () => {
  test('only one process runs a source; the other skips it, and the page is fetched and stored once', async () => {
    // The slow page keeps the first process inside the source long enough for the second to collide.
    const source = await upsertSource(database.db, { kind: 'page', name: 'slow page', location: `${server.baseUrl}/slow?ms=6000` });
    const [first, second] = await Promise.all([runChild(source.id), runChild(source.id)]);
    const ran = [first, second].filter((summary) => summary.sources === 1);
    const skipped = [first, second].filter((summary) => summary.skipped === 1);
    expect(ran).toHaveLength(1);
    expect(skipped).toHaveLength(1);
    expect(server.hits('/slow')).toBe(1);
    expect(await database.db.document.count()).toBe(ran[0]!.created);
    expect(await database.db.ingestRun.count({ where: { status: 'completed' } })).toBe(2);
  });
});
