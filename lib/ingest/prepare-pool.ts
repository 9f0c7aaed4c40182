// Runs the CPU-bound stages (extraction, labelling) on worker threads so a pass uses every core while the
// main thread fetches and stores. Used by the long-running processes and CLIs; the web server prepares inline.
import os from 'node:os';
import Piscina from 'piscina';
import { getEnv } from '../env';
import { prepareDocuments, type PrepareResult } from './pipeline';
import type { RawInput } from './types';
import type { TopicDefinition } from '../stance/topic';

export type PrepareFn = (raw: RawInput, topics: TopicDefinition[]) => Promise<PrepareResult>;

let pool: Piscina | undefined;

export function getPrepareWorkerCount(): number {
  const configured = getEnv().PIPELINE_WORKERS;
  return configured ?? Math.min(4, os.availableParallelism());
}

/** A prepare function backed by worker threads, or the inline one when PIPELINE_WORKERS=0. */
export function createPooledPrepare(): PrepareFn {
  const threads = getPrepareWorkerCount();
  if (threads === 0) return prepareDocuments;
  pool ??= new Piscina({
    filename: new URL('./prepare-worker.mjs', import.meta.url).href,
    minThreads: 1,
    maxThreads: threads,
    idleTimeout: 60_000,
  });
  const active = pool;
  return (raw, topics) => active.run({ raw, topics }) as Promise<PrepareResult>;
}

export async function closePreparePool(): Promise<void> {
  const active = pool;
  pool = undefined;
  await active?.destroy();
}
