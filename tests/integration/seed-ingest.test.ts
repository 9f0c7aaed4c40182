import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { bootstrapDatabase } from '../../lib/db/bootstrap';
import type { Db } from '../../lib/db/client';
import { runIngestPass } from '../../lib/ingest/run';
import { createTestDatabase, type TestDatabase } from '../helpers/db';

let database: TestDatabase;
let db: Db;
let seedsSourceId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  const boot = await bootstrapDatabase(database.url);
  db = boot.db;
  seedsSourceId = boot.seedsSourceId;
});

afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});

describe('runIngestPass over the seeds folder', () => {
  test('stores every seed article once, with statements for the US and China and their evidence', async () => {
    const first = await runIngestPass(db, { trigger: 'test', sourceIds: [seedsSourceId] });
    expect(first.errors).toEqual([]);
    expect(first.fetched).toBe(5);
    expect(first.created).toBeGreaterThanOrEqual(5);

    const documents = await db.document.findMany({ select: { title: true, publishedAt: true } });
    expect(documents).toHaveLength(first.created);
    const statements = await db.statement.findMany({ select: { countryCode: true, evidence: true, evidenceStart: true, evidenceEnd: true, document: { select: { text: true } } } });
    const countries = new Set(statements.map((statement) => statement.countryCode));
    expect(countries).toContain('US');
    expect(countries).toContain('CN');
    for (const statement of statements) {
      expect(statement.document.text.slice(statement.evidenceStart, statement.evidenceEnd)).toBe(statement.evidence);
    }
    const run = await db.ingestRun.findUniqueOrThrow({ where: { id: first.runId } });
    expect(run).toMatchObject({ status: 'completed', created: first.created, fetched: 5, failed: 0 });
  });

  test('a second pass skips unchanged files, and re-reading them finds duplicates instead of new rows', async () => {
    const before = await db.document.count();
    const second = await runIngestPass(db, { trigger: 'test', sourceIds: [seedsSourceId] });
    expect(second).toMatchObject({ fetched: 0, created: 0, failed: 0 });

    await db.seenItem.deleteMany({ where: { sourceId: seedsSourceId } });
    const third = await runIngestPass(db, { trigger: 'test', sourceIds: [seedsSourceId] });
    expect(third.fetched).toBe(5);
    expect(third.created).toBe(0);
    expect(third.duplicates).toBe(before);
    expect(await db.document.count()).toBe(before);
  });
});
