// Uploaded files and pasted text go through the same pipeline as every other source, recorded as an
// IngestRun of their own under one "upload" source per user.
import type { Db } from '../db/client';
import { createIngestRun, finishIngestRun } from '../db/ingest-runs';
import { upsertSource } from '../db/sources';
import { listActiveTopics } from '../db/topics';
import { getEnv } from '../runtime/env';
import { prepareDocuments } from '../pipeline/prepare';
import { ingestRawInput } from './run-source';
import { RunTally } from './tally';
import type { IngestSummary } from './run';

export type UploadInput = { bytes: Uint8Array; fileName: string; contentType?: string; userId: string | null };

export async function ingestUpload(db: Db, upload: UploadInput): Promise<IngestSummary & { documentIds: string[] }> {
  const tally = new RunTally();
  const run = await createIngestRun(db, 'upload');
  const source = await upsertSource(db, {
    kind: 'upload', name: 'Uploads', location: `upload:${upload.userId ?? 'anonymous'}`, createdById: upload.userId,
  });
  tally.counts.sources = 1;
  tally.counts.fetched = 1;
  let documentIds: string[] = [];
  const maxBytes = getEnv().MAX_UPLOAD_MB * 1024 * 1024;
  try {
    if (upload.bytes.byteLength > maxBytes) {
      tally.fail(source.location, upload.fileName, `${upload.fileName} is ${(upload.bytes.byteLength / 1048576).toFixed(1)} MB, over the ${getEnv().MAX_UPLOAD_MB} MB upload limit`);
    } else {
      const topics = await listActiveTopics(db);
      documentIds = await ingestRawInput({ db, topics, tally, prepare: prepareDocuments }, { bytes: upload.bytes, fileName: upload.fileName, contentType: upload.contentType }, {
        sourceId: source.id, sourceLabel: source.location, urls: [`upload:${run.id}/${upload.fileName}`],
      });
    }
  } catch (error) {
    tally.fail(source.location, upload.fileName, error);
  }
  await finishIngestRun(db, run.id, tally.counts, tally.errors);
  return { runId: run.id, ...tally.counts, skipped: 0, errors: tally.errors, documentIds };
}
