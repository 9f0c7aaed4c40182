// Vitest global setup for tests that need PostgreSQL: DATABASE_URL's server when set (CI also runs the suite
// against the machine's server), else an embedded server of the test suite's own under .stancewatch/test.
// Builds one migrated template database; each test file clones it (CREATE DATABASE … TEMPLATE).
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { resolveDatabase, type DatabaseHandle } from '../../lib/runtime/embedded-postgres';
import { applyMigrations } from '../../lib/db/migrate';
import { PROJECT_ROOT } from '../../lib/runtime/paths';

declare module 'vitest' {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
    templateDatabase: string;
  }
}

let handle: DatabaseHandle | undefined;
let templateName: string | undefined;

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export default async function setup(project: TestProject) {
  handle = await resolveDatabase({ runtimeDir: path.join(PROJECT_ROOT, '.stancewatch/test'), databaseName: 'postgres' });
  templateName = `sw_template_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: handle.url });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${templateName}`);
  } finally {
    await admin.end();
  }
  await applyMigrations(withDatabase(handle.url, templateName));
  project.provide('adminDatabaseUrl', handle.url);
  project.provide('templateDatabase', templateName);
  return async () => {
    const client = new pg.Client({ connectionString: handle!.url });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${templateName} WITH (FORCE)`).catch(() => {});
    await client.end();
    await handle?.stop();
  };
}
