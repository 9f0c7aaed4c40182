// One processor per source kind: list or fetch what is new, hand each item to the pipeline, store it.
// Each item fails alone (recorded in the tally); a source-level failure is thrown to the run.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Db } from '../db/client';
import { storeDocument } from '../db/document-store';
import { PROJECT_ROOT } from '../runtime/paths';
import { findSeenItems, markItemSeen } from '../db/sources';
import type { StoredTopic } from '../db/topics';
import { getEnv } from '../runtime/env';
import { LABELER_VERSION } from '../pipeline/stance/label';
import { EXTRACTOR_VERSION } from '../pipeline/extract';
import { FetchError, fetchUrl } from './fetch';
import { parseFeed, type FeedItem } from './feeds';
import { listFolderFiles, type FolderFile } from './folder';
import { getPrepareWorkerCount, type PrepareFn } from './prepare-pool';
import type { RawInput } from '../domain/documents';
import type { RunTally } from './tally';

export type SourceRecord = { id: string; kind: string; location: string; etag: string | null; lastModified: string | null };
export type SourceOutcome = { etag?: string | null; lastModified?: string | null };
export type SourceContext = { db: Db; topics: StoredTopic[]; tally: RunTally; prepare: PrepareFn };
type Context = SourceContext;

const FEED_ACCEPT = 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';
// Enough items in flight that every prepare worker stays busy while others fetch or store.
const itemConcurrency = () => Math.max(4, getPrepareWorkerCount() * 3);

export function resolveFolderPath(location: string): string {
  return path.isAbsolute(location) ? location : path.join(PROJECT_ROOT, location);
}

/** Extracts, labels and stores one input; returns the ids of the documents it created or matched. */
export async function ingestRawInput(context: Context, raw: RawInput, options: { sourceId: string | null; sourceLabel: string; urls: string[] }): Promise<string[]> {
  const { db, topics, tally } = context;
  const prepared = await context.prepare(raw, topics.map((topic) => topic.definition));
  if (!prepared.ok) {
    tally.fail(options.sourceLabel, options.urls[0] ?? null, prepared.error);
    return [];
  }
  const topicIds = new Map(topics.map((topic) => [topic.definition.slug, topic.id]));
  const ids: string[] = [];
  for (const document of prepared.documents) {
    const partSuffix = prepared.documents.length > 1 ? `#part-${document.extracted.partIndex}` : '';
    const outcome = await storeDocument(db, {
      prepared: document,
      sourceId: options.sourceId,
      urls: options.urls.map((url) => (url.startsWith('file:') || prepared.documents.length > 1 ? `${url}${partSuffix}` : url)),
      topicIds,
      labelerVersion: LABELER_VERSION,
      extractorVersion: EXTRACTOR_VERSION,
    });
    if (outcome.status === 'created') tally.counts.created += 1;
    else tally.counts.duplicates += 1;
    ids.push(outcome.documentId);
  }
  return ids;
}

async function listFolderOrFile(location: string): Promise<{ root: string; files: FolderFile[] }> {
  const target = resolveFolderPath(location);
  const info = await stat(target).catch(() => null);
  if (!info) throw new Error(`folder not found: ${target}`);
  if (info.isFile()) {
    const root = path.dirname(target);
    return { root, files: [{ path: target, relativePath: path.basename(target), size: info.size, fingerprint: `${info.size}:${Math.trunc(info.mtimeMs)}` }] };
  }
  return { root: target, files: await listFolderFiles(target) };
}

export async function ingestFolderSource(context: Context, source: SourceRecord): Promise<SourceOutcome> {
  const { db, tally } = context;
  const { files } = await listFolderOrFile(source.location);
  const seen = await findSeenItems(db, source.id);
  const maxBytes = getEnv().MAX_FETCH_MB * 1024 * 1024;
  for (const file of files) {
    if (seen.get(file.relativePath) === file.fingerprint) continue;
    tally.counts.fetched += 1;
    try {
      if (file.size > maxBytes) {
        tally.fail(source.location, file.path, `file is ${(file.size / 1048576).toFixed(1)} MB, over the ${getEnv().MAX_FETCH_MB} MB limit (MAX_FETCH_MB)`);
        await markItemSeen(db, source.id, file.relativePath, file.fingerprint, null);
        continue;
      }
      const bytes = await readFile(file.path);
      const ids = await ingestRawInput(context, { bytes, fileName: file.path }, {
        sourceId: source.id, sourceLabel: source.location, urls: [`file:${source.location.replace(/\/$/, '')}/${file.relativePath}`],
      });
      await markItemSeen(db, source.id, file.relativePath, file.fingerprint, ids[0] ?? null);
    } catch (error) {
      tally.fail(source.location, file.path, error);
    }
  }
  return {};
}

/** Runs `work` over items with at most `limit` in flight. */
async function forEachLimited<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next++]!;
      await work(item);
    }
  });
  await Promise.all(lanes);
}

async function ingestFeedItem(context: Context, source: SourceRecord, item: FeedItem): Promise<void> {
  const { db, tally } = context;
  tally.counts.fetched += 1;
  const feedItem = { title: item.title ?? undefined, published: item.published ?? undefined, author: item.author ?? undefined };
  let raw: RawInput;
  const urls = item.link ? [item.link] : [];
  try {
    if (item.link) {
      const page = await fetchUrl(item.link);
      raw = { bytes: page.bytes, url: page.url, contentType: page.contentType ?? undefined, feedItem };
      if (page.url !== item.link) urls.push(page.url);
    } else if (item.contentHtml) {
      raw = { bytes: new TextEncoder().encode(item.contentHtml), contentType: 'text/html', feedItem };
    } else if (item.summary) {
      // Items that live only in the feed (no page): their text is the document.
      raw = { bytes: new TextEncoder().encode(`${item.title ?? ''}\n\n${item.summary}`), contentType: 'text/plain', feedItem };
    } else {
      tally.fail(source.location, null, `feed item "${item.key}" has neither a link nor content`);
      await markItemSeen(db, source.id, item.key, null, null);
      return;
    }
  } catch (error) {
    tally.fail(source.location, item.link, error);
    // Transient failures are retried on the next run; permanent ones are not fetched again.
    if (!(error instanceof FetchError && error.retryable)) await markItemSeen(db, source.id, item.key, null, null);
    return;
  }
  try {
    const ids = await ingestRawInput(context, raw, { sourceId: source.id, sourceLabel: source.location, urls });
    await markItemSeen(db, source.id, item.key, null, ids[0] ?? null);
  } catch (error) {
    tally.fail(source.location, item.link, error);
  }
}

export async function ingestFeedSource(context: Context, source: SourceRecord): Promise<SourceOutcome> {
  const response = await fetchUrl(source.location, { etag: source.etag, lastModified: source.lastModified, accept: FEED_ACCEPT });
  if (response.notModified) return {};
  const feed = parseFeed(response.bytes, response.contentType, response.url);
  for (const itemError of feed.itemErrors) {
    context.tally.fail(source.location, null, `feed item ${itemError.index + 1}: ${itemError.message}`);
  }
  const seen = await findSeenItems(context.db, source.id);
  const fresh = feed.items.filter((item) => !seen.has(item.key));
  await forEachLimited(fresh, itemConcurrency(), (item) => ingestFeedItem(context, source, item));
  return { etag: response.etag, lastModified: response.lastModified };
}

export async function ingestPageSource(context: Context, source: SourceRecord): Promise<SourceOutcome> {
  const response = await fetchUrl(source.location, { etag: source.etag, lastModified: source.lastModified });
  if (response.notModified) return {};
  context.tally.counts.fetched += 1;
  const urls = response.url === source.location ? [source.location] : [source.location, response.url];
  await ingestRawInput(context, { bytes: response.bytes, url: response.url, contentType: response.contentType ?? undefined }, {
    sourceId: source.id, sourceLabel: source.location, urls,
  });
  return { etag: response.etag, lastModified: response.lastModified };
}
