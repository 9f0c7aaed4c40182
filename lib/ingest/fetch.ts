// URL → bytes with headers, behind the SSRF guard: pinned address, manual redirects, size cap, timeouts, retries, per-host limit.
import { AppError } from '../errors';
import { pipeline, type Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { LookupFunction } from 'node:net';
import { Agent, request, errors as undiciErrors } from 'undici';
import packageJson from '../../package.json';
import { getEnv } from '../runtime/env';
import { assertUrlAllowed, UnsafeUrlError } from './url-safety';

export const USER_AGENT = `Stancewatch/${packageJson.version} (+self-hosted policy monitor)`;
export const MAX_REDIRECTS = 5;

export type FetchedResponse = {
  /** Final URL, after redirects. */
  url: string;
  status: number;
  contentType: string | null;
  bytes: Uint8Array;
  etag: string | null;
  lastModified: string | null;
  /** The server answered 304 to a conditional GET: `bytes` is empty. */
  notModified: boolean;
  /** Every URL that answered with a redirect, in order (the requested one first); empty when none did. */
  redirects: string[];
};

export type FetchOptions = {
  etag?: string | null;
  lastModified?: string | null;
  maxBytes?: number;
  /** Total time for one attempt, redirects and body included. */
  timeoutMs?: number;
  connectTimeoutMs?: number;
  /** Extra attempts after a 5xx, timeout or dropped connection. */
  retries?: number;
  /** First backoff delay; doubles each retry, with jitter. */
  retryDelayMs?: number;
  allowPrivate?: boolean;
  concurrencyPerHost?: number;
  accept?: string;
  signal?: AbortSignal;
};

export type FetchErrorKind = 'unsafe-url' | 'timeout' | 'too-large' | 'http' | 'network' | 'aborted';

/** What a failed fetch means to the user who asked for it: their URL (400), too big (413), or the remote side (502/504). */
const HTTP_STATUS_OF: Record<FetchErrorKind, number> = {
  'unsafe-url': 400,
  'too-large': 413,
  timeout: 504,
  http: 502,
  network: 502,
  aborted: 502,
};

export class FetchError extends AppError {
  readonly kind: FetchErrorKind;
  readonly url: string;
  /** The remote server's HTTP status, when it answered. */
  readonly upstreamStatus: number | null;
  /** How long the server asked us to wait (Retry-After on a 429 or 503), when it said. */
  readonly retryAfterMs: number | null;
  constructor(
    kind: FetchErrorKind,
    url: string,
    message: string,
    options: { status?: number; cause?: unknown; retryAfterMs?: number | null } = {},
  ) {
    super(message, HTTP_STATUS_OF[kind], `fetch_${kind.replace('-', '_')}`, { cause: options.cause });
    this.kind = kind;
    this.url = url;
    this.upstreamStatus = options.status ?? null;
    this.retryAfterMs = options.retryAfterMs ?? null;
  }

  /** Worth trying again (now or on the next run): timeouts, dropped connections, 5xx and 429 Too Many Requests. */
  get retryable(): boolean {
    return (
      this.kind === 'timeout' ||
      this.kind === 'network' ||
      (this.kind === 'http' && ((this.upstreamStatus ?? 0) >= 500 || this.upstreamStatus === 429))
    );
  }
}

/** Longest Retry-After honoured within one run; a longer one is left to the next scheduled run. */
const MAX_RETRY_AFTER_MS = 30_000;

/** Retry-After as delay-seconds or an HTTP date → milliseconds from now; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  // An HTTP date names its month; Date.parse alone would read "-5" as a year.
  const at = /[a-z]{3}/i.test(trimmed) ? Date.parse(trimmed) : Number.NaN;
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

const DEFAULT_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

type ResolvedOptions = Required<Omit<FetchOptions, 'signal' | 'etag' | 'lastModified'>> &
  Pick<FetchOptions, 'signal' | 'etag' | 'lastModified'>;

function resolveOptions(options: FetchOptions): ResolvedOptions {
  const needsEnv = [options.maxBytes, options.timeoutMs, options.connectTimeoutMs, options.allowPrivate, options.concurrencyPerHost].some(
    (value) => value === undefined,
  );
  const env = needsEnv ? getEnv() : undefined;
  return {
    ...options,
    maxBytes: options.maxBytes ?? Math.round(env!.MAX_FETCH_MB * 1024 * 1024),
    timeoutMs: options.timeoutMs ?? env!.FETCH_TIMEOUT_MS,
    connectTimeoutMs: options.connectTimeoutMs ?? env!.FETCH_CONNECT_TIMEOUT_MS,
    allowPrivate: options.allowPrivate ?? env!.ALLOW_PRIVATE_URLS,
    concurrencyPerHost: options.concurrencyPerHost ?? env!.FETCH_CONCURRENCY_PER_HOST,
    retries: options.retries ?? 2,
    retryDelayMs: options.retryDelayMs ?? 500,
    accept: options.accept ?? DEFAULT_ACCEPT,
  };
}

/** GET a URL. Throws FetchError; retries only 5xx, timeouts and dropped connections. */
export async function fetchUrl(url: string, options: FetchOptions = {}): Promise<FetchedResponse> {
  const resolved = resolveOptions(options);
  for (let attempt = 0; ; attempt++) {
    try {
      return await fetchFollowingRedirects(url, resolved);
    } catch (error) {
      const failure = toFetchError(error, url, resolved);
      if (!failure.retryable || attempt >= resolved.retries || resolved.signal?.aborted) throw failure;
      // A server that asks for a long pause gets it: the item stays unseen and the next scheduled run retries it.
      if (failure.retryAfterMs !== null && failure.retryAfterMs > MAX_RETRY_AFTER_MS) throw failure;
      const delay = Math.max(failure.retryAfterMs ?? 0, resolved.retryDelayMs * 2 ** attempt * (0.5 + Math.random()));
      await sleep(delay, resolved.signal);
    }
  }
}

async function fetchFollowingRedirects(url: string, options: ResolvedOptions): Promise<FetchedResponse> {
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  const redirects: string[] = [];
  let current = url;
  for (;;) {
    const hop = await withHostSlot(hostOf(current), options.concurrencyPerHost, () => fetchOnce(current, options, signal));
    if (hop.kind === 'response') return { ...hop.response, redirects };
    if (redirects.length >= MAX_REDIRECTS) {
      throw new FetchError('http', url, `too many redirects (more than ${MAX_REDIRECTS}) fetching ${url}`, { status: hop.status });
    }
    redirects.push(current);
    current = hop.location;
  }
}

type Hop = { kind: 'response'; response: Omit<FetchedResponse, 'redirects'> } | { kind: 'redirect'; status: number; location: string };

async function fetchOnce(url: string, options: ResolvedOptions, signal: AbortSignal): Promise<Hop> {
  // Checked here, per hop, and the socket pinned to the checked address: no DNS rebinding in between.
  const checked = await assertUrlAllowed(url, { allowPrivate: options.allowPrivate });
  const pinned: LookupFunction = (_hostname, lookupOptions, callback) => {
    if (lookupOptions.all) callback(null, [{ address: checked.address, family: checked.family }]);
    else callback(null, checked.address, checked.family);
  };
  const agent = new Agent({
    connect: { lookup: pinned, timeout: options.connectTimeoutMs },
    headersTimeout: options.timeoutMs,
    bodyTimeout: options.timeoutMs,
    connections: 1,
  });
  try {
    const headers: Record<string, string> = {
      'user-agent': USER_AGENT,
      accept: options.accept,
      'accept-encoding': 'gzip, deflate, br',
    };
    if (options.etag) headers['if-none-match'] = options.etag;
    if (options.lastModified) headers['if-modified-since'] = options.lastModified;
    const response = await request(checked.url, { method: 'GET', headers, signal, dispatcher: agent });
    const header = (name: string): string | null => {
      const value = response.headers[name];
      return (Array.isArray(value) ? value[0] : value) ?? null;
    };
    const status = response.statusCode;
    if (REDIRECT_STATUSES.has(status) && header('location')) {
      response.body.resume();
      return { kind: 'redirect', status, location: new URL(header('location')!, checked.url).toString() };
    }
    const base = {
      url: checked.url.toString(),
      status,
      contentType: header('content-type'),
      etag: header('etag'),
      lastModified: header('last-modified'),
    };
    if (status === 304) {
      response.body.resume();
      return { kind: 'response', response: { ...base, bytes: new Uint8Array(0), notModified: true } };
    }
    if (status < 200 || status >= 300) {
      response.body.resume();
      const retryAfterMs = status === 429 || status === 503 ? parseRetryAfter(header('retry-after')) : null;
      const wait = retryAfterMs === null ? '' : ` (the server asks to retry after ${Math.ceil(retryAfterMs / 1000)} s)`;
      throw new FetchError('http', url, `HTTP ${status} from ${url}${wait}`, { status, retryAfterMs });
    }
    const declared = Number(header('content-length') ?? NaN);
    if (declared > options.maxBytes) {
      response.body.destroy();
      throw tooLarge(url, options.maxBytes, `Content-Length says ${formatMb(declared)}`);
    }
    const bytes = await readCapped(response.body, header('content-encoding'), url, options.maxBytes);
    return { kind: 'response', response: { ...base, bytes, notModified: false } };
  } finally {
    agent.destroy().catch(() => {});
  }
}

/** Reads a body, decompressing it, and stops as soon as more than maxBytes (compressed or not) have arrived. */
async function readCapped(body: Readable, encoding: string | null, url: string, maxBytes: number): Promise<Uint8Array> {
  const decoder = decompressorFor(encoding);
  const source: Readable = decoder ? pipeline(body, decoder, () => {}) : body;
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > maxBytes) throw tooLarge(url, maxBytes, 'the body grew past it while streaming');
      chunks.push(chunk);
    }
  } finally {
    if (total > maxBytes) {
      body.destroy();
      decoder?.destroy();
    }
  }
  return new Uint8Array(Buffer.concat(chunks, total));
}

function decompressorFor(encoding: string | null) {
  switch (encoding?.trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return createGunzip();
    case 'deflate':
      return createInflate();
    case 'br':
      return createBrotliDecompress();
    default:
      return null;
  }
}

function tooLarge(url: string, maxBytes: number, detail: string): FetchError {
  return new FetchError('too-large', url, `response from ${url} is larger than the ${formatMb(maxBytes)} limit (${detail})`);
}

function formatMb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function toFetchError(error: unknown, url: string, options: ResolvedOptions): FetchError {
  if (error instanceof FetchError) return error;
  if (error instanceof UnsafeUrlError) return new FetchError('unsafe-url', url, error.message, { cause: error });
  if (options.signal?.aborted) return new FetchError('aborted', url, `fetching ${url} was cancelled`, { cause: error });
  const name = (error as Error | undefined)?.name;
  if (
    error instanceof undiciErrors.ConnectTimeoutError ||
    error instanceof undiciErrors.HeadersTimeoutError ||
    error instanceof undiciErrors.BodyTimeoutError ||
    name === 'TimeoutError' ||
    name === 'AbortError'
  ) {
    const which =
      error instanceof undiciErrors.ConnectTimeoutError
        ? `connect timeout (${options.connectTimeoutMs} ms)`
        : `timeout (${options.timeoutMs} ms)`;
    return new FetchError('timeout', url, `${which} fetching ${url}`, { cause: error });
  }
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? (error as Error | undefined)?.name ?? 'unknown error';
  const message = (error as Error | undefined)?.message ?? String(error);
  return new FetchError('network', url, `network error fetching ${url}: ${code} ${message}`.trim(), { cause: error });
}

function hostOf(url: string): string {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return url;
  }
}

// Small in-process limiter keyed by host; enough for one worker process.
const hostSlots = new Map<string, { active: number; waiting: (() => void)[] }>();

async function withHostSlot<T>(host: string, limit: number, task: () => Promise<T>): Promise<T> {
  let slot = hostSlots.get(host);
  if (!slot) hostSlots.set(host, (slot = { active: 0, waiting: [] }));
  const state = slot;
  // A finishing task hands its slot straight to the next waiter, so newcomers cannot slip in between.
  if (state.active >= limit) await new Promise<void>((resolve) => state.waiting.push(resolve));
  else state.active++;
  try {
    return await task();
  } finally {
    const next = state.waiting.shift();
    if (next) next();
    else if (--state.active === 0) hostSlots.delete(host);
  }
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}
