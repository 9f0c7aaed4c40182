import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, test } from 'vitest';
import { resolveDatabase } from '../../lib/runtime/embedded-postgres';
import { applyMigrations } from '../../lib/db/migrate';
import { PROJECT_ROOT } from '../../lib/runtime/paths';

const runtimeDir = mkdtempSync(path.join(os.tmpdir(), 'sw-embedded-'));

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

function pgdataOf(dir: string): string {
  const moved = path.join(dir, 'pgdata-location.txt');
  return existsSync(moved) ? readFileSync(moved, 'utf8').trim() : path.join(dir, 'pgdata');
}

function startChild(): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'tests/helpers/embedded-child.ts'), runtimeDir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (chunk) => {
      output += String(chunk);
      const match = /URL (\S+)/.exec(output);
      if (match) resolve({ child, url: match[1]! });
    });
    child.stderr!.on('data', (chunk) => {
      output += String(chunk);
    });
    child.on('exit', (code) => reject(new Error(`child exited ${code}: ${output}`)));
  });
}

afterAll(() => {
  const pgdata = pgdataOf(runtimeDir);
  if (!pgdata.startsWith(runtimeDir)) rmSync(pgdata, { recursive: true, force: true });
  rmSync(runtimeDir, { recursive: true, force: true });
});

describe('resolveDatabase (embedded)', () => {
  test('starts a real PostgreSQL, applies Prisma migrations, stops cleanly and keeps data across restarts', async () => {
    const first = await resolveDatabase({ runtimeDir, forceEmbedded: true, databaseName: 'lifecycle' });
    expect(first.embedded).toBe(true);
    const [version] = await query(first.url, 'SHOW server_version');
    expect(Number.parseInt(String(version.server_version), 10)).toBeGreaterThanOrEqual(15);
    const applied = await applyMigrations(first.url);
    expect(applied.applied.length).toBeGreaterThan(0);
    expect((await applyMigrations(first.url)).applied).toEqual([]);
    await query(
      first.url,
      "INSERT INTO topics (id, slug, name, definition, updated_at) VALUES (gen_random_uuid(), 'kept', 'Kept', '{}', now())",
    );
    await first.stop();
    expect(existsSync(path.join(pgdataOf(runtimeDir), 'postmaster.pid'))).toBe(false);

    const second = await resolveDatabase({ runtimeDir, forceEmbedded: true, databaseName: 'lifecycle' });
    const rows = await query(second.url, "SELECT slug FROM topics WHERE slug = 'kept'");
    expect(rows).toHaveLength(1);
    await second.stop();
  });

  test('a second process shares the server of a live one and does not stop it', async () => {
    const { child, url } = await startChild();
    try {
      const shared = await resolveDatabase({ runtimeDir, forceEmbedded: true, databaseName: 'lifecycle' });
      expect(new URL(shared.url).port).toBe(new URL(url).port);
      await shared.stop();
      const [row] = await query(url, 'SELECT 1 AS alive');
      expect(row.alive).toBe(1);
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
  });

  test('after the owning process is killed with SIGKILL, the next start stops the orphan and starts cleanly', async () => {
    const { child } = await startChild();
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    const orphan = readFileSync(path.join(pgdataOf(runtimeDir), 'postmaster.pid'), 'utf8').split('\n')[0];
    expect(() => process.kill(Number(orphan), 0)).not.toThrow();

    const restarted = await resolveDatabase({ runtimeDir, forceEmbedded: true, databaseName: 'lifecycle' });
    const rows = await query(restarted.url, "SELECT slug FROM topics WHERE slug = 'kept'");
    expect(rows).toHaveLength(1);
    const [pidLine] = readFileSync(path.join(pgdataOf(runtimeDir), 'postmaster.pid'), 'utf8').split('\n');
    expect(pidLine).not.toBe(orphan);
    await restarted.stop();
  });
});
