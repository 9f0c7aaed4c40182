// Writes documents with their statements, one transaction per document, idempotent on content hash
// and canonical URL (the database's unique indexes decide, never a check-then-insert).
import { randomUUID } from 'node:crypto';
import type { Db } from './client';
import type { Prisma } from './generated/client';
import { upsertActorIds } from './actors';
import { NEAR_DUPLICATE_MAX_HAMMING, shingleProfile, type NearDuplicateMatcher, type ShingleProfile } from '../pipeline/dedupe';
import type { PreparedDocument } from '../domain/documents';
import type { LabeledStatement } from '../domain/stance';

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

function statementRows(
  documentId: string,
  statements: LabeledStatement[],
  actorIds: Map<string, string>,
  topicIds: Map<string, string>,
  labelerVersion: string,
) {
  return statements.flatMap((statement) => {
    const actorId = actorIds.get(statement.actor.key);
    const topicId = topicIds.get(statement.topicSlug);
    if (!actorId || !topicId) return [];
    return [
      {
        documentId,
        actorId,
        topicId,
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
        status: statement.status ?? ('unknown' as const),
        labelerVersion,
      },
    ];
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
  /** The near-duplicate policy (and its memory of recent documents), owned by the caller. */
  nearDuplicates: NearDuplicateMatcher;
};

export async function storeDocument(db: Db, input: StoreDocumentInput): Promise<StoreOutcome> {
  const { prepared } = input;
  const doc = prepared.extracted;
  const actorIds = await upsertActorIds(
    db,
    prepared.statements.map((statement) => statement.actor),
  );
  // The document id comes from the insert itself (the statement below), so the rows are built without one.
  const statements = statementRows('', prepared.statements, actorIds, input.topicIds, input.labelerVersion);
  const published = toStoredDate(doc.published);
  let probe: ShingleProfile | null = null;
  const outcome = await db.$transaction(
    async (tx): Promise<StoreOutcome> => {
      // Near-duplicate detection reads before it writes: serialise document writes (they are short) so two
      // copies of one story stored at the same moment, by any process, cannot both miss each other.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${DOCUMENT_WRITE_LOCK})`;
      const near = await findNearDuplicate(
        tx,
        input.nearDuplicates,
        prepared.simhash,
        () => (probe ??= shingleProfile(doc.text)),
        prepared.contentHash,
        published,
      );
      if (near) {
        await addDocumentUrls(tx, near, input.sourceId, input.urls);
        return { status: 'duplicate', documentId: near, reason: 'near' };
      }
      // One round trip writes the document, its addresses and its statements; the unique indexes on content hash
      // and canonical URL decide whether it is new (no row comes back when it is not).
      const id = randomUUID();
      const urls = [...new Set(input.urls.filter(Boolean))];
      const inserted = await tx.$queryRaw<{ id: string }[]>`
      WITH doc AS (
        INSERT INTO documents (id, source_id, title, url, canonical_url, content_hash, simhash, text, site_name, author, language,
          media_type, published_at, date_precision, date_source, part_index, extractor_version, labeler_version, labeled_at)
        VALUES (${id}::uuid, ${input.sourceId}::uuid, ${doc.title}, ${doc.url}, ${doc.canonicalUrl}, ${prepared.contentHash}, ${BigInt(prepared.simhash)}::bigint,
          ${doc.text}, ${doc.siteName}, ${doc.author}, ${doc.language}, ${doc.mediaType}, ${published}::date,
          ${doc.datePrecision ?? 'unknown'}::date_precision, ${doc.dateSource}, ${doc.partIndex}, ${input.extractorVersion}, ${input.labelerVersion}, now())
        ON CONFLICT DO NOTHING
        RETURNING id
      ),
      addresses AS (
        INSERT INTO document_urls (id, document_id, source_id, url)
        SELECT gen_random_uuid(), doc.id, ${input.sourceId}::uuid, address FROM doc, jsonb_array_elements_text(${JSON.stringify(urls)}::jsonb) AS address
        ON CONFLICT DO NOTHING
      ),
      labels AS (
        INSERT INTO statements (id, document_id, actor_id, topic_id, stance, score, confidence, evidence, evidence_start, evidence_end,
          evidence_all, country_code, statement_date, date_precision, status, labeler_version, updated_at)
        SELECT gen_random_uuid(), doc.id, row.actor_id, row.topic_id, row.stance::stance, row.score, row.confidence, row.evidence,
          row.evidence_start, row.evidence_end, row.evidence_all, row.country_code, row.statement_date, row.date_precision::date_precision,
          row.status::position_status, row.labeler_version, now()
        FROM doc, jsonb_to_recordset(${JSON.stringify(statements.map(toStatementRecord))}::jsonb) AS row(actor_id uuid, topic_id uuid, stance text,
          score double precision, confidence double precision, evidence text, evidence_start int, evidence_end int, evidence_all jsonb,
          country_code text, statement_date date, date_precision text, status text, labeler_version text)
        ON CONFLICT DO NOTHING
      )
      SELECT id::text FROM doc`;
      if (inserted.length === 0) {
        const existing = await findDuplicateOf(tx, prepared.contentHash, doc.canonicalUrl);
        await addDocumentUrls(tx, existing.id, input.sourceId, input.urls);
        return { status: 'duplicate', documentId: existing.id, reason: existing.reason };
      }
      return { status: 'created', documentId: id, statements: statements.length };
    },
    { maxWait: 15_000, timeout: 30_000 },
  );
  if (outcome.status === 'created') input.nearDuplicates.remember(outcome.documentId, probe ?? shingleProfile(doc.text));
  return outcome;
}

/** A statement row as the JSON record the insert above reads (dates as YYYY-MM-DD). */
function toStatementRecord(row: ReturnType<typeof statementRows>[number]) {
  return {
    actor_id: row.actorId,
    topic_id: row.topicId,
    stance: row.stance,
    score: row.score,
    confidence: row.confidence,
    evidence: row.evidence,
    evidence_start: row.evidenceStart,
    evidence_end: row.evidenceEnd,
    evidence_all: row.evidenceAll,
    country_code: row.countryCode,
    statement_date: row.statementDate?.toISOString().slice(0, 10) ?? null,
    date_precision: row.datePrecision,
    status: row.status,
    labeler_version: row.labelerVersion,
  };
}

/**
 * A stored syndicated copy of this text: SimHash within a few bits finds candidates (a scan of one
 * bigint per document), a shingle comparison confirms them so different stories on one event stay apart.
 */
async function findNearDuplicate(
  tx: Tx,
  matcher: NearDuplicateMatcher,
  simhash: string,
  probe: () => ShingleProfile,
  contentHash: string,
  published: Date | null,
): Promise<string | null> {
  // Copies of a story appear within days of each other: the window keeps the candidate scan short.
  const candidates = await tx.$queryRaw<{ id: string }[]>`
    SELECT id::text FROM documents
    WHERE content_hash <> ${contentHash}
      AND simhash IS NOT NULL
      AND (${published}::date IS NULL OR published_at IS NULL OR published_at BETWEEN ${published}::date - 30 AND ${published}::date + 30)
      AND bit_count((simhash # ${BigInt(simhash)}::bigint)::bit(64)) <= ${NEAR_DUPLICATE_MAX_HAMMING}
    ORDER BY bit_count((simhash # ${BigInt(simhash)}::bigint)::bit(64))
    LIMIT 10`;
  if (candidates.length === 0) return null;
  const ids = candidates.map((candidate) => candidate.id);
  const unknown = matcher.missing(ids);
  if (unknown.length > 0) {
    const rows = await tx.$queryRaw<{ id: string; text: string }[]>`
      SELECT id::text, text FROM documents WHERE id IN (SELECT value::uuid FROM jsonb_array_elements_text(${JSON.stringify(unknown)}::jsonb) AS value)`;
    for (const row of rows) matcher.remember(row.id, row.text);
  }
  return matcher.findCopy(probe(), ids);
}

async function findDuplicateOf(
  tx: Tx,
  contentHash: string,
  canonicalUrl: string | null,
): Promise<{ id: string; reason: 'content' | 'url' }> {
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
export async function replaceStatements(
  db: Db,
  documentId: string,
  statements: LabeledStatement[],
  topicIds: Map<string, string>,
  labelerVersion: string,
): Promise<number> {
  const actorIds = await upsertActorIds(
    db,
    statements.map((statement) => statement.actor),
  );
  const rows = statementRows(documentId, statements, actorIds, topicIds, labelerVersion);
  return db.$transaction(async (tx) => {
    const keep = new Set(rows.map((row) => `${row.actorId}/${row.topicId}`));
    const current = await tx.statement.findMany({
      where: { documentId },
      select: { id: true, actorId: true, topicId: true, _count: { select: { reviews: true } } },
    });
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
