import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ensureTopics } from '../../lib/db/topics';
import { resetEnvCache } from '../../lib/runtime/env';
import { ingestUpload } from '../../lib/ingest/upload';
import { DEFAULT_TOPICS } from '../../lib/topics/topic';
import { createTestDatabase, type TestDatabase } from '../helpers/db';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  await ensureTopics(database.db, DEFAULT_TOPICS);
});

afterAll(async () => {
  delete process.env.MAX_UPLOAD_MB;
  resetEnvCache();
  await database?.drop();
});

const ARTICLE = `Norway keeps Huawei out of its 5G core

Oslo, 14 May 2021. Norway's government said on Friday that operators must not use Huawei equipment in the core of their 5G networks, citing national security.

The telecom regulator Nkom said it would check compliance every year.`;

describe('ingestUpload', () => {
  test('stores pasted text through the pipeline under the user upload source, once', async () => {
    const bytes = new TextEncoder().encode(ARTICLE);
    const first = await ingestUpload(database.db, { bytes, fileName: 'pasted.txt', userId: null });
    expect(first).toMatchObject({ created: 1, failed: 0 });
    const document = await database.db.document.findUniqueOrThrow({ where: { id: first.documentIds[0]! }, include: { source: true } });
    expect(document.title).toMatch(/Norway/);
    expect(document.source?.kind).toBe('upload');

    const again = await ingestUpload(database.db, { bytes, fileName: 'pasted-again.txt', userId: null });
    expect(again).toMatchObject({ created: 0, duplicates: 1 });
    expect(again.documentIds).toEqual(first.documentIds);
  });

  test('an upload over the size limit is refused with a message and stores nothing', async () => {
    process.env.MAX_UPLOAD_MB = '1';
    resetEnvCache();
    const before = await database.db.document.count();
    const result = await ingestUpload(database.db, { bytes: new Uint8Array(2 * 1024 * 1024).fill(65), fileName: 'big.txt', userId: null });
    expect(result.failed).toBe(1);
    expect(result.errors[0]?.message).toMatch(/big\.txt is 2\.0 MB, over the 1 MB upload limit/);
    expect(await database.db.document.count()).toBe(before);
    const run = await database.db.ingestRun.findUniqueOrThrow({ where: { id: result.runId } });
    expect(run.failed).toBe(1);
  });

  test('a file with no text is reported, not stored empty', async () => {
    const result = await ingestUpload(database.db, {
      bytes: new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a]),
      fileName: 'empty.pdf',
      userId: null,
    });
    expect(result.created).toBe(0);
    expect(result.failed).toBe(1);
    expect(result.errors[0]?.message.length).toBeGreaterThan(5);
  });
});
