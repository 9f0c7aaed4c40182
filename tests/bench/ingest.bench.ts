// Ingestion throughput: 2,000 feed items served by a local HTTP server, each item's page fetched, extracted,
// labelled and stored (npm run bench). Compared, in the same run and database, with a plain INSERT of the same
// rows. Prints a human line and, last, one JSON line.
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { bootstrapDatabase } from '../../lib/db/bootstrap';
import { resolveDatabase } from '../../lib/runtime/embedded-postgres';
import { PROJECT_ROOT } from '../../lib/runtime/paths';
import { upsertSource } from '../../lib/db/sources';
import { resetEnvCache } from '../../lib/runtime/env';
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
  const paragraphs = Array.from(
    { length: 8 },
    (_, p) => `<p>${p === 0 ? `${country} officials discussed telecom security on day ${index}. ` : ''}${pick()} ${pick()} ${pick()}</p>`,
  );
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

/** Busy CPU milliseconds of the whole machine so far (Linux /proc/stat), or null elsewhere. */
function readMachineCpu(): { busy: number } | null {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
    const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
    const total = fields.reduce((sum, value) => sum + value, 0);
    return { busy: ((total - idle) * 1000) / 100 };
  } catch {
    return null;
  }
}

const articles = Array.from({ length: ITEMS }, (_, index) => makeArticle(index));

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  if (url.pathname === '/feed.xml') {
    const items = articles.map(
      (article, index) =>
        `<item><title>${article.title}</title><link>${base}/article/${index}</link><guid>bench-${index}</guid><pubDate>${new Date(Date.UTC(2021, 2, Number(article.day), 8)).toUTCString()}</pubDate></item>`,
    );
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    return res.end(
      `<?xml version="1.0"?><rss version="2.0"><channel><title>Bench Wire</title><link>${base}/</link>${items.join('')}</channel></rss>`,
    );
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
  const cpuBefore = process.cpuUsage();
  const machineBefore = readMachineCpu();
  const startedAt = performance.now();
  const summary = await runIngestPass(db, { trigger: 'bench', sourceIds: [source.id], prepare: createPooledPrepare({ warm: true }) });
  const ingestSeconds = (performance.now() - startedAt) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const machineAfter = readMachineCpu();
  const statements = await db.statement.count();

  // Baselines, in the same run and database: the rows this ingest wrote, re-inserted with one plain INSERT each
  // (autocommit) into copies of their tables. "All rows" is what the pipeline stores per document (the document, its
  // addresses, its statements, the feed item it came from); "documents only" is the documents table alone.
  // Values travel back exactly as read: dates and bigints as text, JSON columns re-serialised.
  const DATE_OID = 1082;
  const client = new pg.Client({
    connectionString: url,
    types: {
      getTypeParser: ((oid: number, format?: string) =>
        oid === DATE_OID ? (value: string) => value : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
    },
  });
  await client.connect();
  const tables = ['documents', 'document_urls', 'statements', 'seen_items'] as const;
  type PlainRow = { table: string; sql: string; values: unknown[] };
  const rowsByDocument = new Map<string, PlainRow[]>();
  for (const table of tables) {
    await client.query(`CREATE TABLE bench_${table} (LIKE ${table} INCLUDING DEFAULTS INCLUDING INDEXES)`);
    const key = table === 'documents' ? 'id' : 'document_id';
    const { rows, fields } = await client.query<Record<string, unknown>>(`SELECT * FROM ${table}`);
    const columns = fields.map((field) => field.name);
    const sql = `INSERT INTO bench_${table} (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})`;
    for (const row of rows) {
      const values = columns.map((column) => {
        const value = row[column];
        return value !== null && typeof value === 'object' && !(value instanceof Date) ? JSON.stringify(value) : value;
      });
      const documentId = String(row[key]);
      const list = rowsByDocument.get(documentId) ?? [];
      list.push({ table: `bench_${table}`, sql, values });
      rowsByDocument.set(documentId, list);
    }
  }
  const documentsOnlySql = (sql: string) => sql.replace('INSERT INTO bench_documents ', 'INSERT INTO bench_documents_only ');
  let documentRows = 0;
  const documentsOnlyStartedAt = performance.now();
  await client.query('CREATE TABLE bench_documents_only (LIKE documents INCLUDING DEFAULTS INCLUDING INDEXES)');
  for (const rows of rowsByDocument.values()) {
    for (const row of rows)
      if (row.table === 'bench_documents') {
        await client.query(documentsOnlySql(row.sql), row.values);
        documentRows += 1;
      }
  }
  const documentsOnlySeconds = (performance.now() - documentsOnlyStartedAt) / 1000;
  let allRows = 0;
  const allRowsStartedAt = performance.now();
  for (const rows of rowsByDocument.values()) {
    for (const row of rows) {
      await client.query(row.sql, row.values);
      allRows += 1;
    }
  }
  const allRowsSeconds = (performance.now() - allRowsStartedAt) / 1000;
  await client.end();
  await db.$disconnect();

  const documentsPerSecond = summary.created / ingestSeconds;
  // Documents per second that plain INSERTs of the same rows achieve.
  const plainDocumentsPerSecond = documentRows / allRowsSeconds;
  const result = {
    bench: 'ingest',
    items: ITEMS,
    created: summary.created,
    duplicates: summary.duplicates,
    failed: summary.failed,
    statements,
    rowsWritten: allRows,
    seconds: Number(ingestSeconds.toFixed(2)),
    documentsPerSecond: Number(documentsPerSecond.toFixed(1)),
    plainInsertRowsPerSecond: Number((allRows / allRowsSeconds).toFixed(1)),
    plainInsertDocumentsPerSecond: Number(plainDocumentsPerSecond.toFixed(1)),
    ratioToPlainInsert: Number((documentsPerSecond / plainDocumentsPerSecond).toFixed(3)),
    documentsTableOnlyRowsPerSecond: Number((documentRows / documentsOnlySeconds).toFixed(1)),
    ratioToDocumentsTableOnly: Number((documentsPerSecond / (documentRows / documentsOnlySeconds)).toFixed(3)),
    // CPU time per stored document: this process (fetch, extract, label, store client) and the whole machine
    // (adds PostgreSQL); the machine figure is the ceiling on 2 cores.
    processCpuMsPerDocument: Number(((cpu.user + cpu.system) / 1000 / summary.created).toFixed(1)),
    machineCpuMsPerDocument:
      machineAfter && machineBefore ? Number(((machineAfter.busy - machineBefore.busy) / summary.created).toFixed(1)) : null,
    workerThreads: getPrepareWorkerCount(),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
  console.log(
    `ingest: ${result.created} documents (${result.statements} statements, ${result.rowsWritten} rows) in ${result.seconds} s = ${result.documentsPerSecond} docs/s end to end`,
  );
  console.log(
    `plain INSERT of the same rows: ${result.plainInsertRowsPerSecond} rows/s = ${result.plainInsertDocumentsPerSecond} docs/s; ratio ${result.ratioToPlainInsert}`,
  );
  console.log(`CPU per document: ${result.processCpuMsPerDocument} ms in this process, ${result.machineCpuMsPerDocument} ms machine-wide`);
  console.log(
    `documents table alone: ${result.documentsTableOnlyRowsPerSecond} rows/s; ratio ${result.ratioToDocumentsTableOnly}; peak RSS ${result.peakRssMb} MB`,
  );
  if (summary.errors.length) console.log(`first errors: ${JSON.stringify(summary.errors.slice(0, 3))}`);
  console.log(JSON.stringify(result));
} finally {
  await admin.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`).catch(() => {});
  await admin.end();
  await closePreparePool();
  await handle.stop();
  server.close();
}
