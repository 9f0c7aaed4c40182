// Runs the CPU-bound stages (extraction, labelling) on worker threads so a pass uses every core while the
// main thread fetches and stores. Used by the long-running processes and CLIs; the web server prepares inline.
import os from 'node:os';
import Piscina from 'piscina';
import { getEnv } from '../runtime/env';
import { prepareDocuments, type PrepareResult } from '../pipeline/prepare';
import type { RawInput } from '../domain/documents';
import { DEFAULT_TOPICS, type TopicDefinition } from '../topics/topic';

export type PrepareFn = (raw: RawInput, topics: TopicDefinition[]) => Promise<PrepareResult>;

let pool: Piscina | undefined;

export function getPrepareWorkerCount(): number {
  const configured = getEnv().PIPELINE_WORKERS;
  return configured ?? Math.min(4, os.availableParallelism());
}

/** A tiny page that loads every stage and compiles the labeler's patterns in a fresh worker. */
const WARM_UP_INPUT: RawInput = {
  bytes: new TextEncoder().encode(
    '<html lang="en"><body><article><p>Sweden banned Huawei from its 5G network, the minister said.</p></article></body></html>',
  ),
  contentType: 'text/html',
};

/**
 * A prepare function backed by worker threads, or the inline one when PIPELINE_WORKERS=0. `warm` starts every
 * thread at once (each takes ~3 s to load the NLP models), so they are ready while the first feed is fetched;
 * one-off runs want it, a long-lived scheduler whose threads idle out between passes does not.
 */
export function createPooledPrepare(options: { warm?: boolean } = {}): PrepareFn {
  const threads = getPrepareWorkerCount();
  if (threads === 0) return prepareDocuments;
  pool ??= new Piscina({
    filename: new URL('./prepare-worker.mjs', import.meta.url).href,
    minThreads: 1,
    maxThreads: threads,
    idleTimeout: 60_000,
  });
  const active = pool;
  if (options.warm) {
    for (let thread = 0; thread < threads; thread++) void active.run({ raw: WARM_UP_INPUT, topics: DEFAULT_TOPICS }).catch(() => {});
  }
  return (raw, topics) => active.run({ raw, topics }) as Promise<PrepareResult>;
}

export async function closePreparePool(): Promise<void> {
  const active = pool;
  pool = undefined;
  await active?.destroy();
}
