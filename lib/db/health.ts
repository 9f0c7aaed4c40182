// The health check behind /api/health.
import type { Db } from './client';

/** `SELECT 1` and the newest ingest run, for /api/health. Never throws. */
export async function checkHealth(db: Db | null): Promise<{ database: boolean; lastRunAt: Date | null }> {
  if (!db) return { database: false, lastRunAt: null };
  try {
    await db.$queryRaw`SELECT 1`;
  } catch {
    return { database: false, lastRunAt: null };
  }
  const lastRun = await db.ingestRun.findFirst({ orderBy: { startedAt: 'desc' }, select: { startedAt: true } }).catch(() => null);
  return { database: true, lastRunAt: lastRun?.startedAt ?? null };
}
