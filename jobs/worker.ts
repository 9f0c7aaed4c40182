// The scheduler process: node-cron wiring only. Every minute it asks which sources are due (each source has
// its own cron schedule, default INGEST_CRON) and runs them; the work is in lib/ingest.
import cron from 'node-cron';
import { createDb } from '../lib/db/client';
import { resolveDatabase } from '../lib/runtime/embedded-postgres';
import { markInterruptedRuns } from '../lib/db/ingest-runs';
import { getEnv } from '../lib/runtime/env';
import { closePreparePool, createPooledPrepare } from '../lib/ingest/prepare-pool';
import { runDueSources } from '../lib/ingest/run';
import { evaluateAlerts } from '../lib/alerts/evaluate';
import { isValidSchedule } from '../lib/ingest/schedule';
import { log } from '../lib/runtime/log';
import { onShutdown } from '../lib/runtime/shutdown';

const env = getEnv();
if (!isValidSchedule(env.INGEST_CRON)) {
  console.error(`INGEST_CRON is not a valid cron expression: "${env.INGEST_CRON}"`);
  process.exit(2);
}
const database = await resolveDatabase();
const db = createDb(database.url);
const interrupted = await markInterruptedRuns(db);
if (interrupted) log.warn(`marked ${interrupted} ingestion run(s) left unfinished by a stopped process as failed`);

const prepare = createPooledPrepare();

const task = cron.schedule(
  '* * * * *',
  async () => {
    const summary = await runDueSources(db, { prepare });
    if (summary) log.info('scheduled ingestion pass finished', { ...summary, errors: summary.errors.length });
    // Position changes become alerts after every run (a failure here never stops the next pass).
    if (summary) await evaluateAlerts(db).catch((error: unknown) => log.error('alert evaluation failed', { error: String(error) }));
  },
  { name: 'ingest-due-sources', noOverlap: true, timezone: env.INGEST_TIMEZONE },
);

task.on('execution:failed', (context) => log.error('scheduled ingestion pass failed', { error: String(context.execution?.error) }));
task.on('execution:overlap', () => log.debug('previous ingestion pass still running; this tick is skipped'));

onShutdown(async () => {
  await task.stop();
  await closePreparePool();
  await db.$disconnect();
  await database.stop();
});
log.info(`worker started: sources run on their own schedules (default "${env.INGEST_CRON}", ${env.INGEST_TIMEZONE})`);
