// fetchUrl and parseFeed against the real fixture HTTP server on 127.0.0.1 (no database).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fetchUrl, FetchError, USER_AGENT, type FetchOptions } from '../../lib/ingest/fetch';
import { parseFeed, looksLikeFeed, FeedParseError } from '../../lib/ingest/feeds';
import { startFixtureServer, HUGE_BYTES, type FixtureServer } from '../helpers/fixture-server';

let server: FixtureServer;
const base: FetchOptions = {
  allowPrivate: true,
  maxBytes: 20 * 1024 * 1024,
  timeoutMs: 5_000,
  connectTimeoutMs: 2_000,
  retries: 2,
  retryDelayMs: 20,
  concurrencyPerHost: 2,
};

beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await server.close();
});

async function fetchError(promise: Promise<unknown>): Promise<FetchError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FetchError);
  return error as FetchError;
}

describe('fetchUrl', () => {
  test('fetches a page with its headers and an honest User-Agent', async () => {
    const page = await fetchUrl(`${server.baseUrl}/pages/uk-huawei-deadline-meridian.html`, base);
    expect(page.status).toBe(200);
    expect(page.contentType).toMatch(/text\/html/);
    expect(new TextDecoder().decode(page.bytes)).toContain('Priya Anand');
    expect(page.redirects).toEqual([]);
    const ua = await fetchUrl(`${server.baseUrl}/user-agent`, base);
    expect(new TextDecoder().decode(ua.bytes)).toBe(USER_AGENT);
    expect(USER_AGENT).toMatch(/^Stancewatch\/\d+\.\d+\.\d+ \(\+self-hosted policy monitor\)$/);
  });

  test('decompresses gzip bodies', async () => {
    const page = await fetchUrl(`${server.baseUrl}/pages/eu-commission-high-risk-vendors.html?gzip=1`, base);
    expect(new TextDecoder().decode(page.bytes)).toContain('materially higher risks');
  });

  test('refuses loopback unless private URLs are allowed', async () => {
    const error = await fetchError(fetchUrl(`${server.baseUrl}/pages/rss.xml`, { ...base, allowPrivate: false }));
    expect(error.kind).toBe('unsafe-url');
    expect(error.message).toMatch(/loopback/);
  });

  test('re-checks redirects and refuses one to the cloud metadata address even when private URLs are allowed', async () => {
    const error = await fetchError(fetchUrl(`${server.baseUrl}/redirect-private`, base));
    expect(error.kind).toBe('unsafe-url');
    expect(error.message).toMatch(/169\.254\.169\.254.*link-local/);
    expect(server.hits('/redirect-private')).toBe(1);
  });

  test('follows relative redirects and reports the hops', async () => {
    const start = `${server.baseUrl}/redirect?to=${encodeURIComponent('/pages/brazil-5g-regulator-keeps-huawei.html')}&status=301`;
    const page = await fetchUrl(start, base);
    expect(page.url).toBe(`${server.baseUrl}/pages/brazil-5g-regulator-keeps-huawei.html`);
    expect(page.redirects).toEqual([start]);
  });

  test('gives up after five redirects', async () => {
    const error = await fetchError(fetchUrl(`${server.baseUrl}/redirect-loop`, base));
    expect(error.kind).toBe('http');
    expect(error.message).toMatch(/too many redirects/);
    expect(server.hits('/redirect-loop')).toBe(6);
  });

  test('retries a 500 with backoff, then fails with kind http', async () => {
    const error = await fetchError(fetchUrl(`${server.baseUrl}/status/500`, base));
    expect(error.kind).toBe('http');
    expect(error.upstreamStatus).toBe(500);
    expect(server.hits('/status/500')).toBe(3);
  });

  test('does not retry a 404', async () => {
    const error = await fetchError(fetchUrl(`${server.baseUrl}/status/404`, base));
    expect(error.upstreamStatus).toBe(404);
    expect(server.hits('/status/404')).toBe(1);
  });

  test('recovers when a flaky server answers on the second try', async () => {
    const page = await fetchUrl(`${server.baseUrl}/flaky?key=a&fail=1`, base);
    expect(page.status).toBe(200);
    expect(server.hits('/flaky')).toBe(2);
  });

  test('waits as long as a 429 Retry-After asks before trying again', async () => {
    const started = Date.now();
    const page = await fetchUrl(`${server.baseUrl}/flaky?key=ra&fail=1&status=429&retryAfter=1`, base);
    expect(page.status).toBe(200);
    expect(server.hits('/flaky')).toBeGreaterThanOrEqual(2);
    // retryDelayMs is 20 ms here: only the header can explain a pause of a second.
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  test('does not sit out a long Retry-After: fails at once, retryable on the next run', async () => {
    const before = server.hits('/flaky');
    const started = Date.now();
    const error = await fetchError(fetchUrl(`${server.baseUrl}/flaky?key=long&fail=5&status=503&retryAfter=3600`, base));
    expect(error.upstreamStatus).toBe(503);
    expect(error.retryAfterMs).toBe(3_600_000);
    expect(error.retryable).toBe(true);
    expect(error.message).toMatch(/retry after 3600 s/);
    expect(server.hits('/flaky') - before).toBe(1);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  test('times out a slow endpoint (headers never come)', async () => {
    const started = Date.now();
    const error = await fetchError(fetchUrl(`${server.baseUrl}/slow?ms=3000`, { ...base, timeoutMs: 300, retries: 0 }));
    expect(error.kind).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  test('times out a body that drips', async () => {
    const error = await fetchError(fetchUrl(`${server.baseUrl}/slow?ms=3000&drip=1`, { ...base, timeoutMs: 400, retries: 0 }));
    expect(error.kind).toBe('timeout');
  });

  test('stops reading a 30 MB page at the cap while streaming', async () => {
    const started = Date.now();
    const error = await fetchError(fetchUrl(`${server.baseUrl}/huge`, { ...base, maxBytes: 1024 * 1024 }));
    expect(error.kind).toBe('too-large');
    expect(error.message).toMatch(/1\.0 MB limit/);
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  test('refuses a declared Content-Length above the cap before reading', async () => {
    const error = await fetchError(fetchUrl(`${server.baseUrl}/huge?length=1`, { ...base, maxBytes: 20 * 1024 * 1024 }));
    expect(error.kind).toBe('too-large');
    expect(error.message).toMatch(/Content-Length says 30\.0 MB/);
    expect(HUGE_BYTES).toBe(30 * 1024 * 1024);
  });

  test('conditional GET: ETag and Last-Modified give 304 and no body', async () => {
    const first = await fetchUrl(`${server.baseUrl}/etag-feed.xml`, base);
    expect(first.notModified).toBe(false);
    expect(first.etag).toBe('"rss-v1"');
    const byEtag = await fetchUrl(`${server.baseUrl}/etag-feed.xml`, { ...base, etag: first.etag });
    expect(byEtag).toMatchObject({ status: 304, notModified: true });
    expect(byEtag.bytes.length).toBe(0);
    const byDate = await fetchUrl(`${server.baseUrl}/etag-feed.xml`, { ...base, lastModified: first.lastModified });
    expect(byDate.notModified).toBe(true);
  });

  test('keeps at most N requests in flight per host', async () => {
    const started = Date.now();
    await Promise.all(Array.from({ length: 4 }, () => fetchUrl(`${server.baseUrl}/slow?ms=200`, { ...base, concurrencyPerHost: 1 })));
    expect(Date.now() - started).toBeGreaterThanOrEqual(790);
  });

  test('a caller abort is not retried', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const error = await fetchError(fetchUrl(`${server.baseUrl}/slow?ms=2000`, { ...base, signal: controller.signal }));
    expect(error.kind).toBe('aborted');
  });

  test('a refused connection is a network error', async () => {
    const closed = await startFixtureServer();
    const url = `${closed.baseUrl}/pages/x.html`;
    await closed.close();
    const error = await fetchError(fetchUrl(url, { ...base, retries: 1 }));
    expect(error.kind).toBe('network');
  });
});

describe('feeds over HTTP', () => {
  test('every fixture feed parses and its items link to fixture pages that fetch', async () => {
    for (const name of ['rss.xml', 'atom.xml', 'feed.json', 'rdf.xml', 'broken.xml']) {
      const response = await fetchUrl(`${server.baseUrl}/feeds/${name}`, base);
      expect(looksLikeFeed(response.bytes, response.contentType)).toBe(true);
      const feed = parseFeed(response.bytes, response.contentType, response.url);
      expect(feed.items.length).toBeGreaterThan(0);
      for (const item of feed.items.filter((i) => i.link?.includes('/pages/') && !i.link.includes('does-not-exist'))) {
        const page = await fetchUrl(item.link!, base);
        expect(page.status).toBe(200);
      }
    }
  });

  test('the broken feed keeps its good items and reports the bad ones', async () => {
    const response = await fetchUrl(`${server.baseUrl}/feeds/broken.xml`, base);
    const feed = parseFeed(response.bytes, response.contentType, response.url);
    expect(feed.title).toBe('Asia Tech Times · Telecom');
    expect(feed.items.map((i) => i.title)).toContain('Café owners protest 5G mast');
    expect(feed.itemErrors.map((e) => e.index)).toEqual([1, 3]);
  });

  test('/not-a-feed.xml is refused with a clear message', async () => {
    const response = await fetchUrl(`${server.baseUrl}/not-a-feed.xml`, base);
    expect(looksLikeFeed(response.bytes, response.contentType)).toBe(false);
    expect(() => parseFeed(response.bytes, response.contentType)).toThrow(FeedParseError);
    expect(() => parseFeed(response.bytes, response.contentType)).toThrow(/not a feed: the root element is <urlset>/);
  });
});
