// One ingestion pass over sources. Each source runs under a cross-process lock (two workers never run the
// same source at once) and fails alone; counts and errors go to an IngestRun row.
import type { Db } from '../db/client';
import { createIngestRun, finishIngestRun, type IngestCounts, type IngestError } from '../db/ingest-runs';
import { tryLockSource } from '../db/locks';
import { listEnabledSources, recordSourceRun } from '../db/sources';
import { listActiveTopics } from '../db/topics';
import { getEnv } from '../runtime/env';
import { log } from '../runtime/log';
import { prepareDocuments } from '../pipeline/prepare';
import type { PrepareFn } from './prepare-pool';
import { findDueSources } from './schedule';
import { ingestFeedSource, ingestFolderSource, ingestPageSource, type SourceOutcome, type SourceRecord } from './run-source';
import { RunTally } from './tally';

export type IngestSummary = IngestCounts & { runId: string; skipped: number; errors: IngestError[] };
export type IngestPassOptions = {
  trigger: string;
  sourceIds?: string[];
  /** How inputs are extracted and labelled; inline by default, worker threads in long-running processes. */
  prepare?: PrepareFn;
};

export async function runIngestPass(db: Db, options: IngestPassOptions): Promise<IngestSummary> {
  const run = await createIngestRun(db, options.trigger);
  const tally = new RunTally();
  let skipped = 0;
  try {
    const topics = await listActiveTopics(db);
    const sources = (await listEnabledSources(db)).filter((source) => !options.sourceIds || options.sourceIds.includes(source.id));
    for (const source of sources) {
      const lock = await tryLockSource(db, source.id);
      if (!lock) {
        skipped += 1;
        log.info(`source ${source.location} is being ingested by another process; skipped`);
        continue;
      }
      tally.counts.sources += 1;
      const errorsBefore = tally.errors.length;
      try {
        const outcome = await ingestSource({ db, topics, tally, prepare: options.prepare ?? prepareDocuments }, source);
        const itemErrors = tally.errors.length - errorsBefore;
        await recordSourceRun(db, source.id, {
          ...outcome,
          error: itemErrors ? `${itemErrors} item(s) failed; first: ${tally.errors[errorsBefore]?.message}` : null,
        });
      } catch (error) {
        tally.fail(source.location, source.kind === 'folder' ? null : source.location, error);
        await recordSourceRun(db, source.id, { error: error instanceof Error ? error.message : String(error) }).catch(() => {});
      } finally {
        await lock.release();
      }
    }
    await finishIngestRun(db, run.id, tally.counts, tally.errors);
  } catch (error) {
    tally.fail('run', null, error);
    await finishIngestRun(db, run.id, tally.counts, tally.errors, 'failed').catch(() => {});
  }
  return { runId: run.id, ...tally.counts, skipped, errors: tally.errors };
}

function ingestSource(context: Parameters<typeof ingestFolderSource>[0], source: SourceRecord): Promise<SourceOutcome> {
  switch (source.kind) {
    case 'folder': return ingestFolderSource(context, source);
    case 'feed': return ingestFeedSource(context, source);
    case 'page': return ingestPageSource(context, source);
    default: return Promise.resolve({}); // uploads are ingested when they arrive, not on a schedule
  }
}

/** The scheduler's one decision: which sources are due now; then they are run. */
export async function runDueSources(db: Db, options: { now?: Date; prepare?: PrepareFn } = {}): Promise<IngestSummary | null> {
  const now = options.now ?? new Date();
  const env = getEnv();
  const due = findDueSources(await listEnabledSources(db), now, env.INGEST_CRON, env.INGEST_TIMEZONE)
    .filter((source) => source.kind !== 'upload');
  if (due.length === 0) return null;
  return runIngestPass(db, { trigger: 'schedule', sourceIds: due.map((source) => source.id), ...(options.prepare ? { prepare: options.prepare } : {}) });
}
