// One processor per source kind: list or fetch what is new, hand each item to the pipeline, store it.
// Every item returns its outcome (counts and errors) and fails alone; a source-level failure is thrown to the run.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Db } from '../db/client';
import { storeDocument } from '../db/document-store';
import { findSeenItems, markItemSeen } from '../db/sources';
import type { StoredTopic } from '../db/topics';
import type { RawInput } from '../domain/documents';
import { sumOutcomes, toFailure, toOutcome, type IngestOutcome } from '../domain/ingest';
import { NearDuplicateMatcher } from '../pipeline/dedupe';
import { EXTRACTOR_VERSION } from '../pipeline/extract';
import { LABELER_VERSION } from '../pipeline/stance/label';
import { getEnv } from '../runtime/env';
import { PROJECT_ROOT } from '../runtime/paths';
import { FetchError, fetchUrl } from './fetch';
import { parseFeed, type FeedItem } from './feeds';
import { listFolderFiles, type FolderFile } from './folder';
import { getPrepareWorkerCount, type PrepareFn } from './prepare-pool';

export type SourceRecord = { id: string; kind: string; location: string; etag: string | null; lastModified: string | null };
/** What processing a source did, plus the validators to send next time. */
export type SourceOutcome = IngestOutcome & { etag?: string | null; lastModified?: string | null };
/** What every processor reads; nothing in it changes during a run. */
export type SourceContext = { readonly db: Db; readonly topics: readonly StoredTopic[]; readonly prepare: PrepareFn };
export type InputOutcome = IngestOutcome & { documentIds: string[] };

const FEED_ACCEPT = 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';
// Enough items in flight that every prepare worker stays busy while others fetch or store.
const itemConcurrency = () => Math.max(4, getPrepareWorkerCount() * 3);
/** One process-wide memory of recent documents for the near-duplicate check (copies of a story arrive together). */
const nearDuplicates = new NearDuplicateMatcher();

export function resolveFolderPath(location: string): string {
  return path.isAbsolute(location) ? location : path.join(PROJECT_ROOT, location);
}

/** Extracts, labels and stores one input; its outcome names the documents it created or matched. */
export async function ingestRawInput(
  context: SourceContext,
  raw: RawInput,
  options: { sourceId: string | null; sourceLabel: string; urls: string[] },
): Promise<InputOutcome> {
  const prepared = await context.prepare(
    raw,
    context.topics.map((topic) => topic.definition),
  );
  if (!prepared.ok) return { ...toFailure(options.sourceLabel, options.urls[0] ?? null, prepared.error), documentIds: [] };
  const topicIds = new Map(context.topics.map((topic) => [topic.definition.slug, topic.id]));
  const documentIds: string[] = [];
  let created = 0;
  for (const document of prepared.documents) {
    const partSuffix = prepared.documents.length > 1 ? `#part-${document.extracted.partIndex}` : '';
    const outcome = await storeDocument(context.db, {
      prepared: document,
      sourceId: options.sourceId,
      urls: options.urls.map((url) => (url.startsWith('file:') || prepared.documents.length > 1 ? `${url}${partSuffix}` : url)),
      topicIds,
      labelerVersion: LABELER_VERSION,
      extractorVersion: EXTRACTOR_VERSION,
      nearDuplicates,
    });
    if (outcome.status === 'created') created += 1;
    documentIds.push(outcome.documentId);
  }
  return { ...toOutcome({ created, duplicates: documentIds.length - created }), documentIds };
}

async function listFolderOrFile(location: string): Promise<{ root: string; files: FolderFile[] }> {
  const target = resolveFolderPath(location);
  const info = await stat(target).catch(() => null);
  if (!info) throw new Error(`folder not found: ${target}`);
  if (info.isFile()) {
    const root = path.dirname(target);
    const fingerprint = `${info.size}:${Math.trunc(info.mtimeMs)}`;
    return { root, files: [{ path: target, relativePath: path.basename(target), size: info.size, fingerprint }] };
  }
  return { root: target, files: await listFolderFiles(target) };
}

async function ingestFolderFile(context: SourceContext, source: SourceRecord, file: FolderFile): Promise<IngestOutcome> {
  const fetched = toOutcome({ fetched: 1 });
  const { MAX_FETCH_MB } = getEnv();
  try {
    if (file.size > MAX_FETCH_MB * 1024 * 1024) {
      const message = `file is ${(file.size / 1048576).toFixed(1)} MB, over the ${MAX_FETCH_MB} MB limit (MAX_FETCH_MB)`;
      await markItemSeen(context.db, source.id, file.relativePath, file.fingerprint, null);
      return sumOutcomes([fetched, toFailure(source.location, file.path, message)]);
    }
    const bytes = await readFile(file.path);
    const stored = await ingestRawInput(
      context,
      { bytes, fileName: file.path },
      {
        sourceId: source.id,
        sourceLabel: source.location,
        urls: [`file:${source.location.replace(/\/$/, '')}/${file.relativePath}`],
      },
    );
    await markItemSeen(context.db, source.id, file.relativePath, file.fingerprint, stored.documentIds[0] ?? null);
    return sumOutcomes([fetched, stored]);
  } catch (error) {
    return sumOutcomes([fetched, toFailure(source.location, file.path, error)]);
  }
}

export async function ingestFolderSource(context: SourceContext, source: SourceRecord): Promise<SourceOutcome> {
  const { files } = await listFolderOrFile(source.location);
  const seen = await findSeenItems(context.db, source.id);
  const outcomes: IngestOutcome[] = [];
  for (const file of files) {
    if (seen.get(file.relativePath) !== file.fingerprint) outcomes.push(await ingestFolderFile(context, source, file));
  }
  return sumOutcomes(outcomes);
}

/** Runs `work` over items with at most `limit` in flight; results in input order. */
async function mapLimited<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  });
  await Promise.all(lanes);
  return results;
}

/** The item's bytes: its page when it links one, else the content the feed carries. */
async function readFeedItem(item: FeedItem, urls: string[]): Promise<RawInput | null> {
  const feedItem = { title: item.title ?? undefined, published: item.published ?? undefined, author: item.author ?? undefined };
  if (item.link) {
    const page = await fetchUrl(item.link);
    if (page.url !== item.link) urls.push(page.url);
    return { bytes: page.bytes, url: page.url, contentType: page.contentType ?? undefined, feedItem };
  }
  if (item.contentHtml) return { bytes: new TextEncoder().encode(item.contentHtml), contentType: 'text/html', feedItem };
  // Items that live only in the feed (no page): their text is the document.
  if (item.summary)
    return { bytes: new TextEncoder().encode(`${item.title ?? ''}\n\n${item.summary}`), contentType: 'text/plain', feedItem };
  return null;
}

async function ingestFeedItem(context: SourceContext, source: SourceRecord, item: FeedItem): Promise<IngestOutcome> {
  const fetched = toOutcome({ fetched: 1 });
  const urls = item.link ? [item.link] : [];
  let raw: RawInput | null;
  try {
    raw = await readFeedItem(item, urls);
  } catch (error) {
    // Transient failures are retried on the next run; permanent ones are not fetched again.
    if (!(error instanceof FetchError && error.retryable)) await markItemSeen(context.db, source.id, item.key, null, null);
    return sumOutcomes([fetched, toFailure(source.location, item.link, error)]);
  }
  if (!raw) {
    await markItemSeen(context.db, source.id, item.key, null, null);
    return sumOutcomes([fetched, toFailure(source.location, null, `feed item "${item.key}" has neither a link nor content`)]);
  }
  try {
    const stored = await ingestRawInput(context, raw, { sourceId: source.id, sourceLabel: source.location, urls });
    await markItemSeen(context.db, source.id, item.key, null, stored.documentIds[0] ?? null);
    return sumOutcomes([fetched, stored]);
  } catch (error) {
    return sumOutcomes([fetched, toFailure(source.location, item.link, error)]);
  }
}

export async function ingestFeedSource(context: SourceContext, source: SourceRecord): Promise<SourceOutcome> {
  const response = await fetchUrl(source.location, { etag: source.etag, lastModified: source.lastModified, accept: FEED_ACCEPT });
  if (response.notModified) return toOutcome();
  const feed = parseFeed(response.bytes, response.contentType, response.url);
  const itemErrors = feed.itemErrors.map((itemError) =>
    toFailure(source.location, null, `feed item ${itemError.index + 1}: ${itemError.message}`),
  );
  const seen = await findSeenItems(context.db, source.id);
  const fresh = feed.items.filter((item) => !seen.has(item.key));
  const items = await mapLimited(fresh, itemConcurrency(), (item) => ingestFeedItem(context, source, item));
  return { ...sumOutcomes([...itemErrors, ...items]), etag: response.etag, lastModified: response.lastModified };
}

export async function ingestPageSource(context: SourceContext, source: SourceRecord): Promise<SourceOutcome> {
  const response = await fetchUrl(source.location, { etag: source.etag, lastModified: source.lastModified });
  if (response.notModified) return toOutcome();
  const urls = response.url === source.location ? [source.location] : [source.location, response.url];
  const raw = { bytes: response.bytes, url: response.url, contentType: response.contentType ?? undefined };
  const stored = await ingestRawInput(context, raw, { sourceId: source.id, sourceLabel: source.location, urls });
  return { ...sumOutcomes([toOutcome({ fetched: 1 }), stored]), etag: response.etag, lastModified: response.lastModified };
}
