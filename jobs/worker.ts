// The scheduler process: node-cron wiring only. Each tick runs an ingestion pass (the work is in lib/ingest).
import cron from 'node-cron';
import { createDb } from '../lib/db/client';
import { resolveDatabase } from '../lib/db/embedded';
import { getEnv } from '../lib/env';
import { runIngestPass } from '../lib/ingest/run';
import { log } from '../lib/log';
import { onShutdown } from '../lib/shutdown';

const env = getEnv();
if (!cron.validate(env.INGEST_CRON)) {
  console.error(`INGEST_CRON is not a valid cron expression: "${env.INGEST_CRON}"`);
  process.exit(2);
}
const database = await resolveDatabase();
const db = createDb(database.url);

const task = cron.schedule(env.INGEST_CRON, async () => {
  const summary = await runIngestPass(db, { trigger: 'schedule' });
  log.info('scheduled ingestion pass finished', { ...summary, errors: summary.errors.length });
}, { name: 'ingest', noOverlap: true, timezone: env.INGEST_TIMEZONE });

task.on('execution:failed', (context) => log.error('scheduled ingestion pass failed', { error: String(context.execution?.error) }));
task.on('execution:overlap', () => log.warn('previous ingestion pass still running; this tick is skipped'));

onShutdown(async () => {
  await task.stop();
  await db.$disconnect();
});
log.info(`worker scheduled ingestion "${env.INGEST_CRON}" (${env.INGEST_TIMEZONE}); next run ${task.getNextRun()?.toISOString()}`);
