// The only PrismaClient constructor. One client per process (cached on globalThis for Next's dev reloads).
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/client';
import { getEnv } from '../env';

export type Db = PrismaClient;

const globalForDb = globalThis as unknown as { stancewatchDb?: PrismaClient; stancewatchDbUrl?: string };

/** Creates a client for an explicit URL (CLIs and tests that manage their own database). */
export function createDb(connectionString: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: 10 }) });
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
