// Real HTTP server on 127.0.0.1 serving tests/fixtures/{feeds,pages} ({{BASE}} filled in) plus misbehaving routes.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';

export type FixtureServer = {
  baseUrl: string;
  close(): Promise<void>;
  /** Requests seen for a path (without query string). */
  hits(path: string): number;
};

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.json': 'application/feed+json; charset=utf-8',
};
// Fixture files that declare another encoding keep it (they are served as bytes, so the header must agree).
const CHARSETS: Record<string, string> = {
  'huawei-rejects-security-claims.html': 'text/html; charset=windows-1252',
  'broken.xml': 'application/rss+xml',
  'rss.xml': 'application/rss+xml; charset=utf-8',
  'atom.xml': 'application/atom+xml; charset=utf-8',
};
export const HUGE_BYTES = 30 * 1024 * 1024;
const ETAG = '"rss-v1"';
const LAST_MODIFIED = 'Mon, 04 Aug 2025 18:00:00 GMT';

export async function startFixtureServer(): Promise<FixtureServer> {
  const counts = new Map<string, number>();
  let baseUrl = '';

  async function serveFile(res: ServerResponse, dir: 'feeds' | 'pages', name: string, gzip: boolean, extraHeaders = {}) {
    if (!/^[\w.-]+$/.test(name)) return notFound(res);
    let bytes: Buffer;
    try {
      bytes = await readFile(path.join(FIXTURES, dir, name));
    } catch {
      return notFound(res);
    }
    // Byte-level replace keeps non-UTF-8 fixtures intact ({{BASE}} is ASCII).
    const body = Buffer.from(bytes.toString('latin1').replaceAll('{{BASE}}', baseUrl), 'latin1');
    const headers: Record<string, string> = {
      'content-type': CHARSETS[name] ?? TYPES[path.extname(name)] ?? 'application/octet-stream',
      ...extraHeaders,
    };
    if (gzip) {
      const zipped = gzipSync(body);
      res.writeHead(200, { ...headers, 'content-encoding': 'gzip', 'content-length': zipped.length });
      return res.end(zipped);
    }
    res.writeHead(200, { ...headers, 'content-length': body.length });
    res.end(body);
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', baseUrl);
    const route = url.pathname;
    counts.set(route, (counts.get(route) ?? 0) + 1);
    const gzip = url.searchParams.has('gzip') && /gzip/.test(String(req.headers['accept-encoding'] ?? ''));

    const file = /^\/(feeds|pages)\/([^/]+)$/.exec(route);
    if (file) return serveFile(res, file[1] as 'feeds' | 'pages', file[2]!, gzip);

    const status = /^\/status\/(\d{3})$/.exec(route);
    if (status) {
      res.writeHead(Number(status[1]), { 'content-type': 'text/plain' });
      return res.end(`status ${status[1]}\n`);
    }
    switch (route) {
      case '/user-agent':
        res.writeHead(200, { 'content-type': 'text/plain' });
        return res.end(String(req.headers['user-agent'] ?? ''));
      case '/flaky': {
        // Fails with `status` (503) and Retry-After `retryAfter` (none) until hit `fail` times (per key), then serves a page.
        const key = `/flaky?${url.searchParams.get('key') ?? ''}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
        if ((counts.get(key) ?? 0) <= Number(url.searchParams.get('fail') ?? 1)) {
          const retryAfter = url.searchParams.get('retryAfter');
          res.writeHead(Number(url.searchParams.get('status') ?? 503), {
            'content-type': 'text/plain',
            ...(retryAfter ? { 'retry-after': retryAfter } : {}),
          });
          return res.end('try again later');
        }
        return serveFile(res, 'pages', 'germany-5g-component-checks.html', false);
      }
      case '/slow': {
        // ?ms= delay before headers; ?drip=1 sends headers at once, then the body one byte at a time.
        const ms = Number(url.searchParams.get('ms') ?? 5000);
        if (url.searchParams.has('drip')) {
          res.writeHead(200, { 'content-type': 'text/html' });
          const timer = setInterval(() => res.write('.'), Math.max(ms / 50, 10));
          const stop = setTimeout(() => {
            clearInterval(timer);
            res.end('</html>');
          }, ms);
          res.on('close', () => {
            clearInterval(timer);
            clearTimeout(stop);
          });
          return;
        }
        const timer = setTimeout(() => {
          res.writeHead(200, { 'content-type': 'text/html' });
          res.end('<html><body><p>finally</p></body></html>');
        }, ms);
        res.on('close', () => clearTimeout(timer));
        return;
      }
      case '/huge': {
        // 30 MB of article-like HTML generated on the fly; ?length=1 declares it up front.
        const headers: Record<string, string | number> = { 'content-type': 'text/html; charset=utf-8' };
        if (url.searchParams.has('length')) headers['content-length'] = HUGE_BYTES;
        res.writeHead(200, headers);
        const chunk = Buffer.alloc(64 * 1024, '<p>Operators must replace Huawei radio units on rural masts. </p>\n');
        let sent = 0;
        const pump = () => {
          while (sent < HUGE_BYTES) {
            const piece = chunk.subarray(0, Math.min(chunk.length, HUGE_BYTES - sent));
            sent += piece.length;
            if (!res.write(piece)) return void res.once('drain', pump);
          }
          res.end();
        };
        res.on('close', () => {
          sent = HUGE_BYTES;
        });
        return pump();
      }
      case '/redirect-private':
        res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' });
        return res.end();
      case '/redirect': {
        res.writeHead(Number(url.searchParams.get('status') ?? 302), { location: url.searchParams.get('to') ?? '/' });
        return res.end();
      }
      case '/redirect-loop':
        res.writeHead(302, { location: '/redirect-loop' });
        return res.end();
      case '/etag-feed.xml': {
        const headers = { etag: ETAG, 'last-modified': LAST_MODIFIED };
        const inm = req.headers['if-none-match'];
        const ims = req.headers['if-modified-since'];
        if ((inm && inm === ETAG) || (!inm && ims && Date.parse(ims) >= Date.parse(LAST_MODIFIED))) {
          res.writeHead(304, headers);
          return res.end();
        }
        return serveFile(res, 'feeds', 'rss.xml', false, headers);
      }
      case '/not-a-feed.xml':
        return serveFile(res, 'feeds', 'not-a-feed.xml', false);
      case '/slow-pages.xml': {
        // An RSS feed of every fixture page, each served after ?ms= (for runs that get killed midway).
        const ms = Number(url.searchParams.get('ms') ?? 500);
        const names = (await readdir(path.join(FIXTURES, 'pages'))).filter((name) => name.endsWith('.html')).sort();
        const items = names.map(
          (name) => `<item><title>${name}</title><link>${baseUrl}/slow-page/${name}?ms=${ms}</link><guid>${name}</guid></item>`,
        );
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        return res.end(
          `<?xml version="1.0"?><rss version="2.0"><channel><title>Slow pages</title><link>${baseUrl}/</link>${items.join('')}</channel></rss>`,
        );
      }
      default: {
        const slowPage = /^\/slow-page\/([^/]+)$/.exec(route);
        if (slowPage) {
          await new Promise((resolve) => setTimeout(resolve, Number(url.searchParams.get('ms') ?? 500)));
          return serveFile(res, 'pages', slowPage[1]!, false);
        }
        return notFound(res);
      }
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl,
    hits: (p) => counts.get(p) ?? 0,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function notFound(res: ServerResponse) {
  res.writeHead(404, { 'content-type': 'text/html' });
  res.end('<html><body><h1>404 Not Found</h1></body></html>');
}
