// A fresh, migrated database per test file, cloned from the template that global-setup built.
import pg from 'pg';
import { inject } from 'vitest';
import { createDb, type Db } from '../../lib/db/client';
import { withDatabase } from './global-setup';

export type TestDatabase = { url: string; name: string; db: Db; drop(): Promise<void> };

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: inject('adminDatabaseUrl') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `sw_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  await adminQuery(`CREATE DATABASE ${name} TEMPLATE ${inject('templateDatabase')}`);
  const url = withDatabase(inject('adminDatabaseUrl'), name);
  const db = createDb(url);
  return {
    url,
    name,
    db,
    drop: async () => {
      await db.$disconnect();
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
