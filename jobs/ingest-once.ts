// `npm run ingest -- [--source <feed-or-page-url-or-path>]...`: one pass now, over all enabled sources or
// the given ones (added as sources if new). Last line: the JSON summary. Exit 0 when the run completed.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { bootstrapDatabase } from '../lib/db/bootstrap';
import { resolveDatabase } from '../lib/runtime/embedded-postgres';
import { addSourceFromInput } from '../lib/ingest/add-source';
import { closePreparePool, createPooledPrepare } from '../lib/ingest/prepare-pool';
import { runIngestPass } from '../lib/ingest/run';
import { evaluateAlerts } from '../lib/alerts/evaluate';

const flagsSchema = z.object({
  source: z.array(z.string().min(1, '--source needs a URL or a path')).default([]),
});

function fail(message: string, code = 2): never {
  console.error(`ingest: ${message}`);
  process.exit(code);
}

let flags: z.infer<typeof flagsSchema>;
try {
  const { values } = parseArgs({ options: { source: { type: 'string', multiple: true } }, strict: true });
  flags = flagsSchema.parse(values);
} catch (error) {
  fail(`${error instanceof Error ? error.message : String(error)}\nusage: npm run ingest -- [--source <feed-or-page-url-or-path>]...`);
}

const database = await resolveDatabase().catch((error: unknown) =>
  fail(`no database: ${error instanceof Error ? error.message : String(error)}`, 1),
);
let exitCode = 0;
try {
  const { db } = await bootstrapDatabase(database.url);
  const sourceErrors: { source: string; url: string | null; message: string }[] = [];
  const sourceIds: string[] = [];
  for (const input of flags.source) {
    try {
      sourceIds.push((await addSourceFromInput(db, input)).id);
    } catch (error) {
      sourceErrors.push({
        source: input,
        url: /^https?:/.test(input) ? input : null,
        message: error instanceof Error ? error.message : String(error),
      });
    }
  }
  const summary =
    flags.source.length && sourceIds.length === 0
      ? null
      : await runIngestPass(db, {
          trigger: 'cli',
          prepare: createPooledPrepare({ warm: true }),
          ...(flags.source.length ? { sourceIds } : {}),
        });
  await closePreparePool();
  // As after the worker's runs: position changes this pass caused become alerts.
  const alerts = summary ? await evaluateAlerts(db) : null;
  await db.$disconnect();
  console.log(
    JSON.stringify({
      runId: summary?.runId ?? null,
      sources: summary?.sources ?? 0,
      fetched: summary?.fetched ?? 0,
      created: summary?.created ?? 0,
      duplicates: summary?.duplicates ?? 0,
      failed: (summary?.failed ?? 0) + sourceErrors.length,
      errors: [...sourceErrors, ...(summary?.errors ?? [])],
      alerts: alerts?.created ?? 0,
    }),
  );
} catch (error) {
  console.error(`ingest: the run could not complete: ${error instanceof Error ? error.message : String(error)}`);
  exitCode = 1;
} finally {
  await database.stop();
}
process.exit(exitCode);
