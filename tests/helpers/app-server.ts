// Production Next server for browser tests (the e2e global setup builds once; this rebuilds only if stale),
// then `next start` on a free 127.0.0.1 port against the given database. Returns { baseUrl, stop }.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { PROJECT_ROOT } from '../../lib/runtime/paths';
import { buildApp, isBuildCurrent, NEXT_BIN } from '../../lib/runtime/next-build';

export type AppServer = { baseUrl: string; stop(): Promise<void> };

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitForHealth(baseUrl: string, child: ChildProcess, logs: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${logs()}`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`next start did not become healthy in ${timeoutMs} ms:\n${logs()}`);
}

export async function startAppServer(options: { databaseUrl: string; timeoutMs?: number }): Promise<AppServer> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: options.databaseUrl, NEXT_TELEMETRY_DISABLED: '1', LOG_LEVEL: 'warn' };
  if (!isBuildCurrent()) await buildApp({ ...env, NODE_ENV: 'production' });
  const port = await findFreePort();
  const child = spawn(process.execPath, [NEXT_BIN, 'start', '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: PROJECT_ROOT,
    env: { ...env, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
      child.once('exit', () => {
        clearTimeout(force);
        resolve();
      });
      child.kill('SIGTERM');
    });
  try {
    await waitForHealth(baseUrl, child, () => output.slice(-4000), options.timeoutMs ?? 60_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, stop };
}
