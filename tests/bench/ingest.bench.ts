// Ingestion throughput: 2,000 feed items served by a local HTTP server, each item's page fetched, extracted,
// labelled and stored (npm run bench). Compared, in the same run and database, with a plain INSERT of the same
// rows. Prints a human line and, last, one JSON line.
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { bootstrapDatabase } from '../../lib/db/bootstrap';
import { resolveDatabase } from '../../lib/db/embedded';
import { PROJECT_ROOT } from '../../lib/db/migrate';
import { upsertSource } from '../../lib/db/sources';
import { resetEnvCache } from '../../lib/env';
import { closePreparePool, createPooledPrepare, getPrepareWorkerCount } from '../../lib/ingest/prepare-pool';
import { runIngestPass } from '../../lib/ingest/run';
import { withDatabase } from '../helpers/global-setup';

const ITEMS = Number(process.env.BENCH_ITEMS ?? 2000);
process.env.ALLOW_PRIVATE_URLS = '1';
process.env.FETCH_CONCURRENCY_PER_HOST = '8';
process.env.LOG_LEVEL = 'warn';
resetEnvCache();

/** Deterministic pseudo-random numbers so every run ingests the same corpus. */
function makeRandom(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const sentencePool = readdirSync(path.join(PROJECT_ROOT, 'seeds'))
  .flatMap((file) => readFileSync(path.join(PROJECT_ROOT, 'seeds', file), 'utf8').split(/(?<=[.!?])\s+/))
  .map((sentence) => sentence.replace(/\s+/g, ' ').trim())
  .filter((sentence) => sentence.length > 60 && sentence.length < 400);
const COUNTRIES = ['Sweden', 'Germany', 'Brazil', 'India', 'Japan', 'Canada', 'Italy', 'Poland', 'Kenya', 'Chile', 'Spain', 'Norway'];

function makeArticle(index: number) {
  const random = makeRandom(index + 1);
  const pick = () => sentencePool[Math.floor(random() * sentencePool.length)]!;
  const country = COUNTRIES[index % COUNTRIES.length]!;
  const paragraphs = Array.from({ length: 8 }, (_, p) => `<p>${p === 0 ? `${country} officials discussed telecom security on day ${index}. ` : ''}${pick()} ${pick()} ${pick()}</p>`);
  const day = String((index % 28) + 1).padStart(2, '0');
  const title = `${country} weighs 5G vendor rules, report ${index}`;
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} | Bench Wire</title>
<meta property="article:published_time" content="2021-03-${day}T08:00:00Z"><link rel="canonical" href="/article/${index}"></head>
<body><header><nav><a href="/">Home</a> <a href="/tech">Tech</a> <a href="/world">World</a></nav></header>
<div class="cookie-banner">We use cookies. <button>Accept</button></div>
<main><article><h1>${title}</h1><p class="byline">By Bench Reporter, March ${Number(day)}, 2021</p>${paragraphs.join('\n')}</article>
<aside class="related"><h3>Related</h3><ul><li><a href="/x">Other story</a></li><li><a href="/y">Another story</a></li></ul></aside></main>
<footer>© 2021 Bench Wire · <a href="/privacy">Privacy</a></footer></body></html>`;
  return { title, html, day };
}

const articles = Array.from({ length: ITEMS }, (_, index) => makeArticle(index));

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  if (url.pathname === '/feed.xml') {
    const items = articles.map((article, index) => `<item><title>${article.title}</title><link>${base}/article/${index}</link><guid>bench-${index}</guid><pubDate>${new Date(Date.UTC(2021, 2, Number(article.day), 8)).toUTCString()}</pubDate></item>`);
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    return res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Bench Wire</title><link>${base}/</link>${items.join('')}</channel></rss>`);
  }
  const match = /^\/article\/(\d+)$/.exec(url.pathname);
  const article = match ? articles[Number(match[1])] : undefined;
  if (!article) {
    res.writeHead(404);
    return res.end();
  }
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(article.html);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const handle = await resolveDatabase({ runtimeDir: path.join(PROJECT_ROOT, '.stancewatch/bench'), databaseName: 'postgres' });
const databaseName = `sw_bench_${Date.now().toString(36)}`;
const admin = new pg.Client({ connectionString: handle.url });
await admin.connect();
await admin.query(`CREATE DATABASE ${databaseName}`);
const url = withDatabase(handle.url, databaseName);
try {
  const { db } = await bootstrapDatabase(url);
  const source = await upsertSource(db, { kind: 'feed', name: 'bench', location: `${base}/feed.xml` });
  const startedAt = performance.now();
  const summary = await runIngestPass(db, { trigger: 'bench', sourceIds: [source.id], prepare: createPooledPrepare() });
  const ingestSeconds = (performance.now() - startedAt) / 1000;
  const statements = await db.statement.count();

  // Baseline: the same stored rows, re-inserted with one plain INSERT each into a copy of the table.
  const rows = await db.document.findMany({ select: { title: true, url: true, canonicalUrl: true, contentHash: true, text: true, publishedAt: true } });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('CREATE TABLE bench_plain (LIKE documents INCLUDING DEFAULTS INCLUDING INDEXES)');
  const insertStartedAt = performance.now();
  for (const row of rows) {
    await client.query(
      'INSERT INTO bench_plain (id, title, url, canonical_url, content_hash, text, published_at) VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6)',
      [row.title, row.url, row.canonicalUrl, row.contentHash, row.text, row.publishedAt],
    );
  }
  const insertSeconds = (performance.now() - insertStartedAt) / 1000;
  await client.end();
  await db.$disconnect();

  const documentsPerSecond = summary.created / ingestSeconds;
  const plainInsertsPerSecond = rows.length / insertSeconds;
  const result = {
    bench: 'ingest',
    items: ITEMS,
    created: summary.created,
    duplicates: summary.duplicates,
    failed: summary.failed,
    statements,
    seconds: Number(ingestSeconds.toFixed(2)),
    documentsPerSecond: Number(documentsPerSecond.toFixed(1)),
    plainInsertsPerSecond: Number(plainInsertsPerSecond.toFixed(1)),
    ratioToPlainInsert: Number((documentsPerSecond / plainInsertsPerSecond).toFixed(3)),
    workerThreads: getPrepareWorkerCount(),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
  console.log(`ingest: ${result.created} documents (${result.statements} statements) in ${result.seconds} s = ${result.documentsPerSecond} docs/s end to end; plain INSERT ${result.plainInsertsPerSecond} rows/s; ratio ${result.ratioToPlainInsert}; peak RSS ${result.peakRssMb} MB`);
  if (summary.errors.length) console.log(`first errors: ${JSON.stringify(summary.errors.slice(0, 3))}`);
  console.log(JSON.stringify(result));
} finally {
  await admin.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`).catch(() => {});
  await admin.end();
  await closePreparePool();
  await handle.stop();
  server.close();
}
