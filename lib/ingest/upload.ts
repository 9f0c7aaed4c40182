// Uploaded files and pasted text go through the same pipeline as every other source, recorded as an
// IngestRun of their own under one "upload" source per user.
import type { Db } from '../db/client';
import { createIngestRun, finishIngestRun } from '../db/ingest-runs';
import { upsertSource } from '../db/sources';
import { listActiveTopics } from '../db/topics';
import { sumOutcomes, toFailure, toOutcome } from '../domain/ingest';
import { prepareDocuments } from '../pipeline/prepare';
import { getEnv } from '../runtime/env';
import type { IngestSummary } from './run';
import { ingestRawInput, type InputOutcome } from './run-source';

export type UploadInput = { bytes: Uint8Array; fileName: string; contentType?: string; userId: string | null };

export async function ingestUpload(db: Db, upload: UploadInput): Promise<IngestSummary & { documentIds: string[] }> {
  const run = await createIngestRun(db, 'upload');
  const source = await upsertSource(db, {
    kind: 'upload',
    name: 'Uploads',
    location: `upload:${upload.userId ?? 'anonymous'}`,
    createdById: upload.userId,
  });
  const { MAX_UPLOAD_MB } = getEnv();
  let stored: InputOutcome;
  try {
    if (upload.bytes.byteLength > MAX_UPLOAD_MB * 1024 * 1024) {
      const size = (upload.bytes.byteLength / 1048576).toFixed(1);
      stored = {
        ...toFailure(source.location, upload.fileName, `${upload.fileName} is ${size} MB, over the ${MAX_UPLOAD_MB} MB upload limit`),
        documentIds: [],
      };
    } else {
      const context = { db, topics: await listActiveTopics(db), prepare: prepareDocuments };
      const raw = { bytes: upload.bytes, fileName: upload.fileName, contentType: upload.contentType };
      stored = await ingestRawInput(context, raw, {
        sourceId: source.id,
        sourceLabel: source.location,
        urls: [`upload:${run.id}/${upload.fileName}`],
      });
    }
  } catch (error) {
    stored = { ...toFailure(source.location, upload.fileName, error), documentIds: [] };
  }
  const total = sumOutcomes([toOutcome({ sources: 1, fetched: 1 }), stored]);
  await finishIngestRun(db, run.id, total.counts, total.errors);
  return { runId: run.id, ...total.counts, skipped: 0, errors: total.errors, documentIds: stored.documentIds };
}
