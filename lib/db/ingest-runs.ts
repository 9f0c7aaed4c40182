// IngestRun rows: one per pass, with counts and per-item errors.
import type { Db } from './client';
import type { Prisma } from './generated/client';

import type { IngestCounts, IngestError } from '../domain/ingest';

export type { IngestCounts, IngestError };

export async function createIngestRun(db: Db, trigger: string) {
  return db.ingestRun.create({ data: { trigger } });
}

export async function finishIngestRun(
  db: Db,
  runId: string,
  counts: IngestCounts,
  errors: IngestError[],
  status: 'completed' | 'failed' = 'completed',
) {
  return db.ingestRun.update({
    where: { id: runId },
    data: { ...counts, errors: errors as unknown as Prisma.InputJsonValue, status, finishedAt: new Date() },
  });
}

export async function findLatestIngestRun(db: Db) {
  return db.ingestRun.findFirst({ orderBy: { startedAt: 'desc' } });
}

/** Runs still "running" long after any pass could take were cut off (crash, kill): mark them so. */
export async function markInterruptedRuns(db: Db, olderThanMs = 6 * 60 * 60 * 1000): Promise<number> {
  const result = await db.ingestRun.updateMany({
    where: { status: 'running', startedAt: { lt: new Date(Date.now() - olderThanMs) } },
    data: {
      status: 'failed',
      finishedAt: new Date(),
      errors: [{ source: 'run', url: null, message: 'interrupted: the process stopped before the run finished' }],
    },
  });
  return result.count;
}
