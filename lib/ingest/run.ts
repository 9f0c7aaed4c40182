// One ingestion pass over sources: each source, and each item in it, fails alone; counts and errors
// go to an IngestRun row. Stages: list/fetch → prepareDocuments (pure) → storeDocument (one transaction).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Db } from '../db/client';
import { storeDocument } from '../db/documents';
import { createIngestRun, finishIngestRun, type IngestCounts, type IngestError } from '../db/ingest-runs';
import { findSeenItems, listEnabledSources, markItemSeen, recordSourceRun } from '../db/sources';
import { listActiveTopics } from '../db/topics';
import { getEnv } from '../env';
import { log } from '../log';
import { LABELER_VERSION } from '../stance/label';
import { EXTRACTOR_VERSION } from './extract';
import { listFolderFiles } from './folder';
import { prepareDocuments } from './pipeline';
import type { RawInput } from './types';
import { PROJECT_ROOT } from '../db/migrate';

export type IngestSummary = IngestCounts & { runId: string; errors: IngestError[] };
type SourceRow = Awaited<ReturnType<typeof listEnabledSources>>[number];
type Topics = Awaited<ReturnType<typeof listActiveTopics>>;

/** Accumulates one run's counts; each source adds to it as it goes. */
class RunTally {
  counts: IngestCounts = { sources: 0, fetched: 0, created: 0, duplicates: 0, failed: 0 };
  errors: IngestError[] = [];
  fail(source: string, url: string | null, error: unknown) {
    this.counts.failed += 1;
    this.errors.push({ source, url, message: error instanceof Error ? error.message : String(error) });
  }
}

export function resolveFolderPath(location: string): string {
  return path.isAbsolute(location) ? location : path.join(PROJECT_ROOT, location);
}

/** Extracts, labels and stores one input; returns the ids of the documents it created or matched. */
export async function ingestRawInput(db: Db, raw: RawInput, options: { sourceId: string | null; urls: string[]; topics: Topics }, tally: RunTally, sourceLabel: string): Promise<string[]> {
  const prepared = await prepareDocuments(raw, options.topics.map((topic) => topic.definition));
  if (!prepared.ok) {
    tally.fail(sourceLabel, options.urls[0] ?? null, prepared.error);
    return [];
  }
  const topicIds = new Map(options.topics.map((topic) => [topic.definition.slug, topic.id]));
  const ids: string[] = [];
  for (const document of prepared.documents) {
    const partSuffix = prepared.documents.length > 1 ? `#part-${document.extracted.partIndex}` : '';
    const outcome = await storeDocument(db, {
      prepared: document,
      sourceId: options.sourceId,
      urls: options.urls.map((url) => (url.startsWith('file:') ? `${url}${partSuffix}` : url)),
      topicIds,
      labelerVersion: LABELER_VERSION,
      extractorVersion: EXTRACTOR_VERSION,
    });
    if (outcome.status === 'created') tally.counts.created += 1;
    else tally.counts.duplicates += 1;
    ids.push(outcome.documentId);
  }
  return ids;
}

async function ingestFolderSource(db: Db, source: SourceRow, topics: Topics, tally: RunTally): Promise<void> {
  const root = resolveFolderPath(source.location);
  const files = await listFolderFiles(root);
  const seen = await findSeenItems(db, source.id);
  const maxBytes = getEnv().MAX_FETCH_MB * 1024 * 1024;
  for (const file of files) {
    if (seen.get(file.relativePath) === file.fingerprint) continue;
    tally.counts.fetched += 1;
    try {
      if (file.size > maxBytes) throw new Error(`file is ${(file.size / 1048576).toFixed(1)} MB, over the ${getEnv().MAX_FETCH_MB} MB limit`);
      const bytes = await readFile(file.path);
      const ids = await ingestRawInput(db, { bytes, fileName: file.path }, { sourceId: source.id, urls: [`file:${source.location}/${file.relativePath}`], topics }, tally, source.location);
      await markItemSeen(db, source.id, file.relativePath, file.fingerprint, ids[0] ?? null);
    } catch (error) {
      tally.fail(source.location, file.path, error);
    }
  }
}

export type IngestPassOptions = { trigger: string; sourceIds?: string[] };

export async function runIngestPass(db: Db, options: IngestPassOptions): Promise<IngestSummary> {
  const run = await createIngestRun(db, options.trigger);
  const tally = new RunTally();
  try {
    const topics = await listActiveTopics(db);
    const sources = (await listEnabledSources(db)).filter((source) => !options.sourceIds || options.sourceIds.includes(source.id));
    for (const source of sources) {
      tally.counts.sources += 1;
      const failedBefore = tally.errors.length;
      try {
        if (source.kind === 'folder') await ingestFolderSource(db, source, topics, tally);
        else log.debug(`skipping ${source.kind} source ${source.location}: not handled yet`);
        const newErrors = tally.errors.length - failedBefore;
        await recordSourceRun(db, source.id, { error: newErrors ? `${newErrors} item(s) failed; first: ${tally.errors[failedBefore]?.message}` : null });
      } catch (error) {
        tally.fail(source.location, null, error);
        await recordSourceRun(db, source.id, { error: error instanceof Error ? error.message : String(error) }).catch(() => {});
      }
    }
    await finishIngestRun(db, run.id, tally.counts, tally.errors);
  } catch (error) {
    tally.fail('run', null, error);
    await finishIngestRun(db, run.id, tally.counts, tally.errors, 'failed').catch(() => {});
  }
  return { runId: run.id, ...tally.counts, errors: tally.errors };
}
