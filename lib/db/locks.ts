// Cross-process mutual exclusion with PostgreSQL session advisory locks, held on a dedicated connection:
// if the process dies, the connection closes and the lock is released with it.
import pg from 'pg';
import { getDatabaseUrl, type Db } from './client';

const SOURCE_LOCK_NAMESPACE = 4_715_002;

export type LockHandle = { release(): Promise<void> };

/** Tries to lock a source for this process; null when another process holds it. */
export async function tryLockSource(db: Db, sourceId: string): Promise<LockHandle | null> {
  const client = new pg.Client({ connectionString: getDatabaseUrl(db) });
  await client.connect();
  try {
    const result = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1, hashtext($2)) AS locked', [
      SOURCE_LOCK_NAMESPACE,
      sourceId,
    ]);
    if (!result.rows[0]?.locked) {
      await client.end();
      return null;
    }
  } catch (error) {
    await client.end().catch(() => {});
    throw error;
  }
  return {
    release: async () => {
      await client.query('SELECT pg_advisory_unlock($1, hashtext($2))', [SOURCE_LOCK_NAMESPACE, sourceId]).catch(() => {});
      await client.end().catch(() => {});
    },
  };
}
