// `npm start` as a new user runs it: embedded database, migrations, seeds, build, web + worker; SIGTERM
// stops everything; a second start reuses the data and ingests nothing twice.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../../lib/runtime/paths';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'sw-start-'));

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

type Started = { child: ChildProcess; baseUrl: string; output: () => string };

async function startApp(): Promise<Started> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    STANCEWATCH_DATA_DIR: dataDir,
    EMBEDDED_PG_PORT: String(await freePort()),
    LOG_LEVEL: 'info',
  };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'jobs/start.ts')], {
    cwd: PROJECT_ROOT,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => {
    output += String(chunk);
  });
  child.stderr!.on('data', (chunk) => {
    output += String(chunk);
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 480_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm start exited early:\n${output}`);
    const health = await fetch(`${baseUrl}/api/health`)
      .then((response) => response.json())
      .catch(() => null);
    if (health?.database === true) return { child, baseUrl, output: () => output };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`no healthy answer from ${baseUrl}:\n${output}`);
}

async function stopApp(started: Started): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => started.child.once('exit', (code) => resolve(code)));
  process.kill(-started.child.pid!, 'SIGTERM');
  const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 30_000));
  const result = await Promise.race([exited, timeout]);
  if (result === 'timeout') {
    process.kill(-started.child.pid!, 'SIGKILL');
    throw new Error(`still running 30 s after SIGTERM:\n${started.output()}`);
  }
  return result;
}

function pgdataDir(): string {
  const moved = path.join(dataDir, 'pgdata-location.txt');
  return existsSync(moved) ? readFileSync(moved, 'utf8').trim() : path.join(dataDir, 'pgdata');
}

/** Processes whose command line mentions the data directory (the embedded postgres and its children). */
function processesUsing(directory: string): string[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .flatMap((pid) => {
      try {
        const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
        return cmdline.includes(directory) ? [`${pid} ${cmdline}`] : [];
      } catch {
        return [];
      }
    });
}

afterAll(() => {
  const pgdata = pgdataDir();
  if (!pgdata.startsWith(dataDir)) rmSync(pgdata, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

describe('npm start', () => {
  test('serves the dashboard with the seeds on the embedded database and stops cleanly on SIGTERM', async () => {
    const app = await startApp();
    try {
      const health = await (await fetch(`${app.baseUrl}/api/health`)).json();
      expect(health).toMatchObject({ ok: true, database: true });
      expect(app.output()).toMatch(/Stancewatch is starting at http:\/\/127\.0\.0\.1:\d+/);
      const home = await fetch(`${app.baseUrl}/`);
      expect(home.status).toBe(200);
      for (const country of ['US', 'CN']) {
        const stances = await (await fetch(`${app.baseUrl}/api/v1/stances?country=${country}`)).json();
        expect(stances.total).toBeGreaterThan(0);
        expect(stances.items[0].evidence.length).toBeGreaterThan(20);
      }
    } finally {
      await stopApp(app);
    }
    expect(existsSync(path.join(pgdataDir(), 'postmaster.pid'))).toBe(false);
    expect(processesUsing(pgdataDir())).toEqual([]);
  });

  test('a second start reuses the database and the build, and stores no seed twice', async () => {
    const app = await startApp();
    try {
      expect(app.output()).toMatch(/seeds: 0 new document\(s\)/);
      expect(app.output()).not.toMatch(/building the web app/);
      expect(app.output()).not.toMatch(/creating a new PostgreSQL cluster/);
    } finally {
      await stopApp(app);
    }
    expect(processesUsing(pgdataDir())).toEqual([]);
  });
});
