// `npm start`: database (embedded unless DATABASE_URL) → migrations → seeds through the real pipeline →
// Next build if stale → web server + worker. Ctrl-C / SIGTERM stops all of it, the database last.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { bootstrapDatabase } from '../lib/db/bootstrap';
import { resolveDatabase } from '../lib/runtime/embedded-postgres';
import { PROJECT_ROOT } from '../lib/runtime/paths';
import { childProcessEnv, getEnv } from '../lib/runtime/env';
import { relabelOutdatedDocuments } from '../lib/ingest/relabel';
import { runIngestPass } from '../lib/ingest/run';
import { evaluateAlerts } from '../lib/alerts/evaluate';
import { log } from '../lib/runtime/log';
import { buildApp, isBuildCurrent, NEXT_BIN } from '../lib/runtime/next-build';
import { isShuttingDown, onShutdown, shutdown } from '../lib/runtime/shutdown';

const env = getEnv();

function startChild(name: string, args: string[], childEnv: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(process.execPath, args, { cwd: PROJECT_ROOT, env: childEnv, stdio: 'inherit' });
  let stopping = false;
  onShutdown(
    () =>
      new Promise<void>((resolve) => {
        stopping = true;
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(force);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  );
  child.on('exit', (code, signal) => {
    if (stopping || isShuttingDown()) return;
    log.error(`${name} exited unexpectedly (${signal ?? code}); stopping Stancewatch`);
    void shutdown(1);
  });
  return child;
}

async function main(): Promise<void> {
  const startedAt = Date.now();
  const database = await resolveDatabase();
  log.info(database.embedded ? 'using the embedded PostgreSQL' : 'using DATABASE_URL');
  const { db, migrations, seedsSourceId } = await bootstrapDatabase(database.url);
  if (migrations.applied.length) log.info(`applied migrations: ${migrations.applied.join(', ')}`);
  const seeded = await runIngestPass(db, { trigger: 'startup', sourceIds: [seedsSourceId] });
  log.info(`seeds: ${seeded.created} new document(s), ${seeded.duplicates} already stored, ${seeded.failed} failed`);
  for (const error of seeded.errors) log.warn(`seed ${error.url ?? error.source}: ${error.message}`);
  const relabelled = await relabelOutdatedDocuments(db);
  if (relabelled.documents) log.info(`re-labelled ${relabelled.documents} document(s) with labeler ${relabelled.labelerVersion}`);
  await evaluateAlerts(db).catch((error: unknown) =>
    log.error(`alert evaluation failed: ${error instanceof Error ? error.message : String(error)}`),
  );
  await db.$disconnect();

  const childEnv = childProcessEnv({ DATABASE_URL: database.url, NEXT_TELEMETRY_DISABLED: '1' });
  if (!isBuildCurrent()) {
    log.info('building the web app (first start or sources changed; takes a minute)…');
    await buildApp(childEnv, onShutdown);
  }
  startChild('web server', [NEXT_BIN, 'start', '--port', String(env.PORT), '--hostname', env.BIND_ADDRESS], {
    ...childEnv,
    NODE_ENV: 'production',
  });
  startChild('worker', ['--import', 'tsx', path.join(PROJECT_ROOT, 'jobs/worker.ts')], childEnv);
  const shownHost = env.BIND_ADDRESS === '0.0.0.0' ? 'localhost' : env.BIND_ADDRESS;
  console.log(
    `\nStancewatch is starting at http://${shownHost}:${env.PORT} (ready in a few seconds; setup took ${((Date.now() - startedAt) / 1000).toFixed(1)} s). Ctrl-C stops it.\n`,
  );
}

main().catch((error: unknown) => {
  log.error(error instanceof Error ? error.message : String(error));
  void shutdown(1);
});
