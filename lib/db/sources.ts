// Sources: feeds, pages, folders and upload batches that documents come from.
import type { Db } from './client';
import type { SourceKind } from '../domain/documents';

export type SourceInput = { kind: SourceKind; name: string; location: string; schedule?: string | null; createdById?: string | null };

/** Returns the source at `location`, creating it if new (idempotent). */
export async function upsertSource(db: Db, input: SourceInput) {
  return db.source.upsert({
    where: { location: input.location },
    create: {
      kind: input.kind,
      name: input.name,
      location: input.location,
      schedule: input.schedule ?? null,
      createdById: input.createdById ?? null,
    },
    update: {},
  });
}

export async function listEnabledSources(db: Db, kinds?: SourceKind[]) {
  return db.source.findMany({ where: { enabled: true, ...(kinds ? { kind: { in: kinds } } : {}) }, orderBy: { createdAt: 'asc' } });
}

export async function recordSourceRun(
  db: Db,
  sourceId: string,
  outcome: { error: string | null; etag?: string | null; lastModified?: string | null },
) {
  const now = new Date();
  await db.source.update({
    where: { id: sourceId },
    data: {
      lastRunAt: now,
      lastError: outcome.error,
      ...(outcome.error ? {} : { lastSuccessAt: now }),
      ...(outcome.etag !== undefined ? { etag: outcome.etag } : {}),
      ...(outcome.lastModified !== undefined ? { lastModified: outcome.lastModified } : {}),
    },
  });
}

/** Items of a source already handled: key → fingerprint (null for feed items). */
export async function findSeenItems(db: Db, sourceId: string): Promise<Map<string, string | null>> {
  const rows = await db.seenItem.findMany({ where: { sourceId }, select: { itemKey: true, fingerprint: true } });
  return new Map(rows.map((row) => [row.itemKey, row.fingerprint]));
}

export async function markItemSeen(db: Db, sourceId: string, itemKey: string, fingerprint: string | null, documentId: string | null) {
  // One statement, run for every feed item: a plain upsert costs a fraction of the ORM's.
  await db.$executeRaw`
    INSERT INTO seen_items (id, source_id, item_key, fingerprint, document_id)
    VALUES (gen_random_uuid(), ${sourceId}::uuid, ${itemKey}, ${fingerprint}, ${documentId}::uuid)
    ON CONFLICT (source_id, item_key) DO UPDATE SET fingerprint = EXCLUDED.fingerprint, document_id = EXCLUDED.document_id, seen_at = now()`;
}
