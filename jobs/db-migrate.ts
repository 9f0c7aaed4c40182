// `npm run db:migrate`: apply committed migrations to DATABASE_URL (or the embedded database).
import { resolveDatabase } from '../lib/runtime/embedded-postgres';
import { applyMigrations } from '../lib/db/migrate';

const database = await resolveDatabase();
try {
  const result = await applyMigrations(database.url);
  console.log(
    result.applied.length
      ? `applied ${result.applied.length} migration(s): ${result.applied.join(', ')}`
      : `database is up to date (${result.total} migration(s))`,
  );
} finally {
  await database.stop();
}
