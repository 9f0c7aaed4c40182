// GET /api/health → { ok, database, worker: { lastRunAt } }; 503 when the database is down.
import { getDb, type Db } from '@/lib/db/client';
import { checkHealth } from '@/lib/db/health';

export const dynamic = 'force-dynamic';

function findDb(): Db | null {
  try {
    return getDb();
  } catch {
    return null;
  }
}

export async function GET(): Promise<Response> {
  const health = await checkHealth(findDb());
  return Response.json(
    { ok: health.database, database: health.database, worker: { lastRunAt: health.lastRunAt?.toISOString() ?? null } },
    { status: health.database ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
}
