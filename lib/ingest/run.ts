// One ingestion pass over sources. Each source runs under a cross-process lock (two workers never run the
// same source at once) and fails alone; the pass adds up what each source returned into an IngestRun row.
import type { Db } from '../db/client';
import { createIngestRun, finishIngestRun } from '../db/ingest-runs';
import { tryLockSource } from '../db/locks';
import { listEnabledSources, recordSourceRun } from '../db/sources';
import { listActiveTopics } from '../db/topics';
import { sumOutcomes, toFailure, toOutcome, type IngestCounts, type IngestError, type IngestOutcome } from '../domain/ingest';
import { prepareDocuments } from '../pipeline/prepare';
import { getEnv } from '../runtime/env';
import { log } from '../runtime/log';
import type { PrepareFn } from './prepare-pool';
import {
  ingestFeedSource,
  ingestFolderSource,
  ingestPageSource,
  type SourceContext,
  type SourceOutcome,
  type SourceRecord,
} from './run-source';
import { findDueSources } from './schedule';

export type IngestSummary = IngestCounts & { runId: string; skipped: number; errors: IngestError[] };
export type IngestPassOptions = {
  trigger: string;
  sourceIds?: string[];
  /** How inputs are extracted and labelled; inline by default, worker threads in long-running processes. */
  prepare?: PrepareFn;
};

export async function runIngestPass(db: Db, options: IngestPassOptions): Promise<IngestSummary> {
  const run = await createIngestRun(db, options.trigger);
  const outcomes: IngestOutcome[] = [];
  let skipped = 0;
  let status: 'completed' | 'failed' = 'completed';
  try {
    const context: SourceContext = { db, topics: await listActiveTopics(db), prepare: options.prepare ?? prepareDocuments };
    const sources = (await listEnabledSources(db)).filter((source) => !options.sourceIds || options.sourceIds.includes(source.id));
    for (const source of sources) {
      const lock = await tryLockSource(db, source.id);
      if (!lock) {
        skipped += 1;
        log.info(`source ${source.location} is being ingested by another process; skipped`);
        continue;
      }
      try {
        outcomes.push(await runSourceOnce(context, source));
      } finally {
        await lock.release();
      }
    }
  } catch (error) {
    status = 'failed';
    outcomes.push(toFailure('run', null, error));
  }
  const total = sumOutcomes(outcomes);
  await finishIngestRun(db, run.id, total.counts, total.errors, status).catch((error: unknown) => {
    log.error(`could not record the end of ingest run ${run.id}: ${error instanceof Error ? error.message : String(error)}`);
  });
  return { runId: run.id, ...total.counts, skipped, errors: total.errors };
}

/** Runs one source and records on it when it ran and its first error; returns what it did. */
async function runSourceOnce(context: SourceContext, source: SourceRecord): Promise<IngestOutcome> {
  const counted = toOutcome({ sources: 1 });
  try {
    const outcome = await ingestSource(context, source);
    const first = outcome.errors[0];
    await recordSourceRun(context.db, source.id, {
      etag: outcome.etag,
      lastModified: outcome.lastModified,
      error: first ? `${outcome.errors.length} item(s) failed; first: ${first.message}` : null,
    });
    return sumOutcomes([counted, outcome]);
  } catch (error) {
    const failure = toFailure(source.location, source.kind === 'folder' ? null : source.location, error);
    await recordSourceRun(context.db, source.id, { error: failure.errors[0]!.message }).catch(() => {});
    return sumOutcomes([counted, failure]);
  }
}

function ingestSource(context: SourceContext, source: SourceRecord): Promise<SourceOutcome> {
  switch (source.kind) {
    case 'folder':
      return ingestFolderSource(context, source);
    case 'feed':
      return ingestFeedSource(context, source);
    case 'page':
      return ingestPageSource(context, source);
    default:
      return Promise.resolve(toOutcome()); // uploads are ingested when they arrive, not on a schedule
  }
}

/** The scheduler's one decision: which sources are due now; then they are run. */
export async function runDueSources(db: Db, options: { now?: Date; prepare?: PrepareFn } = {}): Promise<IngestSummary | null> {
  const now = options.now ?? new Date();
  const env = getEnv();
  const due = findDueSources(await listEnabledSources(db), now, env.INGEST_CRON, env.INGEST_TIMEZONE).filter(
    (source) => source.kind !== 'upload',
  );
  if (due.length === 0) return null;
  return runIngestPass(db, {
    trigger: 'schedule',
    sourceIds: due.map((source) => source.id),
    ...(options.prepare ? { prepare: options.prepare } : {}),
  });
}
