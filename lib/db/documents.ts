// Writes documents with their statements, one transaction per document, idempotent on content hash
// and canonical URL (the database's unique indexes decide, never a check-then-insert).
import { randomUUID } from 'node:crypto';
import type { Db } from './client';
import type { Prisma } from './generated/client';
import { upsertActorIds } from './actors';
import { createNearDuplicateMatcher, NEAR_DUPLICATE_MAX_HAMMING } from '../ingest/dedupe';
import type { PreparedDocument } from '../ingest/types';
import type { LabeledStatement } from '../stance/types';

export type StoreOutcome =
  | { status: 'created'; documentId: string; statements: number }
  | { status: 'duplicate'; documentId: string; reason: 'content' | 'url' | 'near' };

type Tx = Prisma.TransactionClient;

const DOCUMENT_WRITE_LOCK = 4_715_003;

/** YYYY, YYYY-MM or YYYY-MM-DD → the first day it covers (stored as a DATE with its precision). */
export function toStoredDate(value: string | null): Date | null {
  if (!value) return null;
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value);
  if (!match) return null;
  return new Date(Date.UTC(Number(match[1]), Number(match[2] ?? '1') - 1, Number(match[3] ?? '1')));
}

function statementRows(documentId: string, statements: LabeledStatement[], actorIds: Map<string, string>, topicIds: Map<string, string>, labelerVersion: string) {
  return statements.flatMap((statement) => {
    const actorId = actorIds.get(statement.actor.key);
    const topicId = topicIds.get(statement.topicSlug);
    if (!actorId || !topicId) return [];
    return [{
      documentId, actorId, topicId,
      stance: statement.stance,
      score: statement.score,
      confidence: statement.confidence,
      evidence: statement.evidence.sentence,
      evidenceStart: statement.evidence.start,
      evidenceEnd: statement.evidence.end,
      evidenceAll: statement.evidenceAll as unknown as Prisma.InputJsonValue,
      countryCode: statement.actor.country,
      statementDate: toStoredDate(statement.date),
      datePrecision: statement.datePrecision ?? ('unknown' as const),
      labelerVersion,
    }];
  });
}

export type StoreDocumentInput = {
  prepared: PreparedDocument;
  sourceId: string | null;
  /** Every address this copy was seen at (page URL, feed link, file path…). */
  urls: string[];
  topicIds: Map<string, string>;
  labelerVersion: string;
  extractorVersion: string;
};

export async function storeDocument(db: Db, input: StoreDocumentInput): Promise<StoreOutcome> {
  const { prepared } = input;
  const doc = prepared.extracted;
  const actorIds = await upsertActorIds(db, prepared.statements.map((statement) => statement.actor));
  return db.$transaction(async (tx) => {
    // Near-duplicate detection reads before it writes: serialise document writes (they are short) so two
    // copies of one story stored at the same moment, by any process, cannot both miss each other.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${DOCUMENT_WRITE_LOCK})`;
    const near = await findNearDuplicate(tx, prepared.simhash, doc.text, prepared.contentHash, toStoredDate(doc.published));
    if (near) {
      await addDocumentUrls(tx, near, input.sourceId, input.urls);
      return { status: 'duplicate', documentId: near, reason: 'near' };
    }
    const id = randomUUID();
    const inserted = await tx.document.createMany({
      data: [{
        id,
        sourceId: input.sourceId,
        title: doc.title,
        url: doc.url,
        canonicalUrl: doc.canonicalUrl,
        contentHash: prepared.contentHash,
        simhash: BigInt(prepared.simhash),
        text: doc.text,
        siteName: doc.siteName,
        author: doc.author,
        language: doc.language,
        mediaType: doc.mediaType,
        publishedAt: toStoredDate(doc.published),
        datePrecision: doc.datePrecision ?? ('unknown' as const),
        dateSource: doc.dateSource,
        partIndex: doc.partIndex,
        extractorVersion: input.extractorVersion,
        labelerVersion: input.labelerVersion,
        labeledAt: new Date(),
      }],
      skipDuplicates: true,
    });
    if (inserted.count === 0) {
      const existing = await findDuplicateOf(tx, prepared.contentHash, doc.canonicalUrl);
      await addDocumentUrls(tx, existing.id, input.sourceId, input.urls);
      return { status: 'duplicate', documentId: existing.id, reason: existing.reason };
    }
    await addDocumentUrls(tx, id, input.sourceId, input.urls);
    const rows = statementRows(id, prepared.statements, actorIds, input.topicIds, input.labelerVersion);
    if (rows.length) await tx.statement.createMany({ data: rows, skipDuplicates: true });
    return { status: 'created', documentId: id, statements: rows.length };
  }, { maxWait: 15_000, timeout: 30_000 });
}

/**
 * A stored syndicated copy of this text: SimHash within a few bits finds candidates (a scan of one
 * bigint per document), a shingle comparison confirms them so different stories on one event stay apart.
 */
async function findNearDuplicate(tx: Tx, simhash: string, text: string, contentHash: string, published: Date | null): Promise<string | null> {
  // Copies of a story appear within days of each other: the window keeps the candidate scan short.
  const candidates = await tx.$queryRaw<{ id: string; text: string }[]>`
    SELECT id, text FROM documents
    WHERE content_hash <> ${contentHash}
      AND simhash IS NOT NULL
      AND (${published}::date IS NULL OR published_at IS NULL OR published_at BETWEEN ${published}::date - 30 AND ${published}::date + 30)
      AND bit_count((simhash # ${BigInt(simhash)}::bigint)::bit(64)) <= ${NEAR_DUPLICATE_MAX_HAMMING}
    ORDER BY bit_count((simhash # ${BigInt(simhash)}::bigint)::bit(64))
    LIMIT 10`;
  if (candidates.length === 0) return null;
  const isCopy = createNearDuplicateMatcher(text);
  return candidates.find((candidate) => isCopy(candidate.text))?.id ?? null;
}

async function findDuplicateOf(tx: Tx, contentHash: string, canonicalUrl: string | null): Promise<{ id: string; reason: 'content' | 'url' }> {
  const byHash = await tx.document.findUnique({ where: { contentHash }, select: { id: true } });
  if (byHash) return { id: byHash.id, reason: 'content' };
  const byUrl = canonicalUrl ? await tx.document.findUnique({ where: { canonicalUrl }, select: { id: true } }) : null;
  if (byUrl) return { id: byUrl.id, reason: 'url' };
  throw new Error('document insert was skipped but no duplicate was found');
}

export async function addDocumentUrls(tx: Tx | Db, documentId: string, sourceId: string | null, urls: string[]): Promise<void> {
  const unique = [...new Set(urls.filter(Boolean))];
  if (!unique.length) return;
  await tx.documentUrl.createMany({ data: unique.map((url) => ({ documentId, sourceId, url })), skipDuplicates: true });
}

/**
 * Replaces a document's machine statements with a new labelling. Statements that analysts reviewed are
 * kept (their reviews win); other statements no longer produced are removed.
 */
export async function replaceStatements(db: Db, documentId: string, statements: LabeledStatement[], topicIds: Map<string, string>, labelerVersion: string): Promise<number> {
  const actorIds = await upsertActorIds(db, statements.map((statement) => statement.actor));
  const rows = statementRows(documentId, statements, actorIds, topicIds, labelerVersion);
  return db.$transaction(async (tx) => {
    const keep = new Set(rows.map((row) => `${row.actorId}/${row.topicId}`));
    const current = await tx.statement.findMany({ where: { documentId }, select: { id: true, actorId: true, topicId: true, _count: { select: { reviews: true } } } });
    const stale = current.filter((row) => !keep.has(`${row.actorId}/${row.topicId}`) && row._count.reviews === 0).map((row) => row.id);
    if (stale.length) await tx.statement.deleteMany({ where: { id: { in: stale } } });
    for (const row of rows) {
      const { documentId: _d, actorId: _a, topicId: _t, ...fields } = row;
      await tx.statement.upsert({
        where: { documentId_actorId_topicId: { documentId: row.documentId, actorId: row.actorId, topicId: row.topicId } },
        create: row,
        update: fields,
      });
    }
    await tx.document.update({ where: { id: documentId }, data: { labelerVersion, labeledAt: new Date() } });
    return rows.length;
  });
}

/** Documents labelled by an older labeler (or never), oldest first, for `npm run relabel`. */
export async function listDocumentsToRelabel(db: Db, labelerVersion: string, take = 500, excludeIds: string[] = []) {
  return db.document.findMany({
    where: { OR: [{ labelerVersion: null }, { labelerVersion: { not: labelerVersion } }], ...(excludeIds.length ? { id: { notIn: excludeIds } } : {}) },
    select: { id: true, title: true, text: true, publishedAt: true, datePrecision: true },
    orderBy: { createdAt: 'asc' },
    take,
  });
}
