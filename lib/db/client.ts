// The only PrismaClient constructor. One client per process (cached on globalThis for Next's dev reloads).
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/client';
import { getEnv } from '../runtime/env';

export type Db = PrismaClient;

const globalForDb = globalThis as unknown as { stancewatchDb?: PrismaClient; stancewatchDbUrl?: string };

const urls = new WeakMap<object, string>();

/** Creates a client for an explicit URL (CLIs and tests that manage their own database). */
export function createDb(connectionString: string): PrismaClient {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString, max: 10 }) });
  urls.set(db, connectionString);
  return db;
}

/** The URL a client was created with (for the few things that need their own connection, like locks). */
export function getDatabaseUrl(db: PrismaClient): string {
  const url = urls.get(db);
  if (!url) throw new Error('this database client was not created by createDb()');
  return url;
}

/** The process-wide client for DATABASE_URL (set by jobs/start.ts for the embedded server too). */
export function getDb(): PrismaClient {
  const url = getEnv().DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: start the app with `npm start`, which provides a database.');
  if (!globalForDb.stancewatchDb || globalForDb.stancewatchDbUrl !== url) {
    globalForDb.stancewatchDb = createDb(url);
    globalForDb.stancewatchDbUrl = url;
  }
  return globalForDb.stancewatchDb;
}
