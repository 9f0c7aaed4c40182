// `npm run db:migration -- <snake_name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql
// from the difference between the newest migration's schema snapshot and prisma/schema.prisma.
import { mkdirSync, readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { resolveDatabase } from '../lib/runtime/embedded-postgres';
import { diffSchemas } from '../lib/db/migrate';
import { MIGRATIONS_DIR, SCHEMA_PATH } from '../lib/runtime/paths';

const name = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, 'use a snake_case name, e.g. add_stance_confidence')
  .parse(process.argv[2]);
const previous = existsSync(MIGRATIONS_DIR)
  ? readdirSync(MIGRATIONS_DIR)
      .filter((d) => existsSync(path.join(MIGRATIONS_DIR, d, 'schema.snapshot.prisma')))
      .sort()
      .at(-1)
  : undefined;
const fromSchema = previous ? readFileSync(path.join(MIGRATIONS_DIR, previous, 'schema.snapshot.prisma'), 'utf8') : null;
const toSchema = readFileSync(SCHEMA_PATH, 'utf8');
const database = await resolveDatabase();
const sql = await diffSchemas(database.url, fromSchema, toSchema).finally(() => database.stop());
if (!sql.trim() || /^-- This is an empty migration/.test(sql.trim())) {
  console.log('schema unchanged: no migration written');
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, 'migration.sql'), sql);
// The snapshot lets the next migration be diffed without a database or a shadow database.
writeFileSync(path.join(dir, 'schema.snapshot.prisma'), toSchema);
const lockfile = path.join(MIGRATIONS_DIR, 'migration_lock.toml');
if (!existsSync(lockfile)) writeFileSync(lockfile, '# Do not edit by hand.\nprovider = "postgresql"\n');
console.log(`wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
