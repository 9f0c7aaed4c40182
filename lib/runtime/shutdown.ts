// One place that turns SIGINT/SIGTERM into an orderly shutdown: hooks run newest first, then exit.
import { log } from './log';

type ShutdownHook = () => Promise<void> | void;
const hooks: ShutdownHook[] = [];
let shuttingDown: Promise<void> | undefined;
let installed = false;

export function onShutdown(hook: ShutdownHook): () => void {
  hooks.push(hook);
  if (!installed) {
    installed = true;
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
      process.on(signal, () => {
        void shutdown(signal === 'SIGINT' ? 130 : 143);
      });
    }
  }
  return () => {
    const index = hooks.indexOf(hook);
    if (index >= 0) hooks.splice(index, 1);
  };
}

/** True once a shutdown has begun (children exiting from the same signal are then expected). */
export function isShuttingDown(): boolean {
  return shuttingDown !== undefined;
}

/** Runs every hook once (later calls wait for the first) and exits with `exitCode`. */
export function shutdown(exitCode = 0): Promise<void> {
  shuttingDown ??= (async () => {
    for (const hook of [...hooks].reverse()) {
      try {
        await hook();
      } catch (error) {
        log.error('shutdown step failed', { error: String(error) });
      }
    }
    process.exit(exitCode);
  })();
  return shuttingDown;
}
