// Whether the Next.js build in .next is current, and building it when it is not (npm start, browser tests).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { childProcessEnv } from './env';
import { PROJECT_ROOT } from './paths';

export const NEXT_BIN = path.join(PROJECT_ROOT, 'node_modules/next/dist/bin/next');
const BUILD_INPUTS = ['app', 'lib', 'next.config.js', 'package.json', 'package-lock.json', 'tsconfig.json'];

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const info = statSync(entry);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const child of readdirSync(entry, { withFileTypes: true })) {
    if (child.name === 'node_modules' || child.name.startsWith('.')) continue;
    if (child.isFile() && /\.test\.tsx?$/.test(child.name)) continue;
    newest = Math.max(newest, newestMtime(path.join(entry, child.name)));
  }
  return newest;
}

/** A build is current when .next/BUILD_ID is newer than every source file it was built from. */
export function isBuildCurrent(): boolean {
  const buildId = path.join(PROJECT_ROOT, '.next/BUILD_ID');
  if (!existsSync(buildId)) return false;
  const builtAt = statSync(buildId).mtimeMs;
  return BUILD_INPUTS.every((input) => newestMtime(path.join(PROJECT_ROOT, input)) <= builtAt);
}

/** Runs `next build` with inherited output; rejects when it fails. */
export function buildApp(env: NodeJS.ProcessEnv = childProcessEnv(), onChild?: (kill: () => void) => () => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [NEXT_BIN, 'build'], {
      cwd: PROJECT_ROOT,
      env: { ...env, NEXT_TELEMETRY_DISABLED: '1' },
      stdio: 'inherit',
    });
    const release = onChild?.(() => child.kill('SIGTERM'));
    child.on('exit', (code, signal) => {
      release?.();
      if (code === 0) resolve();
      else reject(new Error(`next build failed (${signal ?? `exit ${code}`})`));
    });
  });
}
