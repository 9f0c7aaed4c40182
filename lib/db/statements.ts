// Statements as analysts see them (newest review applied, rejected hidden): filtered pages, the streamed export,
// and one document's statements. Every read starts from EFFECTIVE_STATEMENTS.
import type { Db } from './client';
import { Prisma } from './generated/client';
import { toPeriodEndExclusive, toPeriodStart, type StanceFilterFields, type StanceFilters } from '../domain/filters';
import type { Page, StanceItem } from '../domain/statements';

export type StanceRow = Omit<StanceItem, 'reviewed'> & { reviewed: boolean; evidenceStart: number; evidenceEnd: number; sortKey: string };

// Effective statements: the newest review overrides stance/score/country; a rejecting review hides the row.
// The date falls back to the document's publication date when the labeler found none.
export const EFFECTIVE_STATEMENTS = Prisma.sql`
  SELECT s.id, s.document_id, s.actor_id, s.topic_id, s.confidence, s.evidence, s.evidence_start, s.evidence_end,
         COALESCE(r.stance, s.stance)::text AS stance,
         COALESCE(r.score, s.score) AS score,
         COALESCE(r.country_code, s.country_code) AS country_code,
         COALESCE(s.statement_date, d.published_at) AS date,
         (CASE WHEN s.statement_date IS NOT NULL THEN s.date_precision ELSE d.date_precision END)::text AS date_precision,
         (r.id IS NOT NULL) AS reviewed,
         a.name AS actor_name, a.type::text AS actor_type,
         d.title AS document_title, COALESCE(d.url, d.canonical_url) AS document_url
  FROM statements s
  JOIN documents d ON d.id = s.document_id
  JOIN actors a ON a.id = s.actor_id
  LEFT JOIN LATERAL (
    SELECT id, stance, score, country_code, rejected FROM reviews
    WHERE statement_id = s.id ORDER BY created_at DESC, id DESC LIMIT 1
  ) r ON true
  WHERE r.rejected IS NOT TRUE`;

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

type WhereInput = Partial<StanceFilterFields> & { documentId?: string };

export function toWhere(filters: WhereInput): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  if (filters.country?.length) conditions.push(Prisma.sql`e.country_code IN (${Prisma.join(filters.country)})`);
  if (filters.actorType?.length) conditions.push(Prisma.sql`e.actor_type IN (${Prisma.join(filters.actorType)})`);
  if (filters.stance?.length) conditions.push(Prisma.sql`e.stance IN (${Prisma.join(filters.stance)})`);
  if (filters.actor) {
    conditions.push(
      isUuid(filters.actor)
        ? Prisma.sql`e.actor_id = ${filters.actor}::uuid`
        : Prisma.sql`e.actor_name ILIKE ${likePattern(filters.actor)}`,
    );
  }
  if (filters.from) conditions.push(Prisma.sql`e.date >= ${toPeriodStart(filters.from)}::date`);
  if (filters.to) conditions.push(Prisma.sql`e.date < ${toPeriodEndExclusive(filters.to)}::date`);
  if (filters.q) {
    const pattern = likePattern(filters.q);
    conditions.push(Prisma.sql`(e.evidence ILIKE ${pattern} OR e.document_title ILIKE ${pattern} OR e.actor_name ILIKE ${pattern})`);
  }
  if (filters.documentId) conditions.push(Prisma.sql`e.document_id = ${filters.documentId}::uuid`);
  return conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, ' AND ')}` : Prisma.empty;
}

// Newest first, undated last; the id breaks ties so pages and the export's keyset cursor are stable.
const SORT_KEY = Prisma.sql`COALESCE(e.date, '-infinity'::date)`;

export function selectRows(where: Prisma.Sql, tail: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    SELECT e.id, e.actor_name AS actor, e.actor_id::text AS "actorId", e.actor_type AS "actorType", e.country_code AS country,
           e.stance, e.score, e.confidence, e.evidence, e.evidence_start AS "evidenceStart", e.evidence_end AS "evidenceEnd",
           to_char(e.date, 'YYYY-MM-DD') AS date, e.date_precision AS "datePrecision",
           e.document_id::text AS "documentId", e.document_title AS "documentTitle", e.document_url AS url, e.reviewed,
           ${SORT_KEY}::text AS "sortKey"
    FROM (${EFFECTIVE_STATEMENTS}) e
    ${where}
    ${tail}`;
}

function toItem(row: StanceRow): StanceItem {
  const { evidenceStart: _start, evidenceEnd: _end, sortKey: _sort, ...item } = row;
  return item;
}

/** One page of statements matching the filters, with the total count. */
export async function listStances(db: Db, filters: StanceFilters): Promise<Page<StanceItem>> {
  const where = toWhere(filters);
  const offset = (filters.page - 1) * filters.pageSize;
  const [rows, counted] = await Promise.all([
    db.$queryRaw<StanceRow[]>(
      selectRows(where, Prisma.sql`ORDER BY ${SORT_KEY} DESC, e.id DESC LIMIT ${filters.pageSize} OFFSET ${offset}`),
    ),
    db.$queryRaw<{ total: bigint }[]>(Prisma.sql`SELECT count(*) AS total FROM (${EFFECTIVE_STATEMENTS}) e ${where}`),
  ]);
  return { total: Number(counted[0]?.total ?? 0), page: filters.page, pageSize: filters.pageSize, items: rows.map(toItem) };
}

/** Every matching statement in table order, fetched in keyset batches (no row cap, bounded memory). */
export async function* streamStances(db: Db, filters: Partial<StanceFilterFields>, batchSize = 1000): AsyncGenerator<StanceItem> {
  const base = toWhere(filters);
  let cursor: { sortKey: string; id: string } | null = null;
  for (;;) {
    const after: Prisma.Sql = cursor ? Prisma.sql`(${SORT_KEY}, e.id) < (${cursor.sortKey}::date, ${cursor.id}::uuid)` : Prisma.sql`TRUE`;
    const where = base === Prisma.empty ? Prisma.sql`WHERE ${after}` : Prisma.sql`${base} AND ${after}`;
    const rows = await db.$queryRaw<StanceRow[]>(selectRows(where, Prisma.sql`ORDER BY ${SORT_KEY} DESC, e.id DESC LIMIT ${batchSize}`));
    for (const row of rows) yield toItem(row);
    const last = rows.at(-1);
    if (!last || rows.length < batchSize) return;
    cursor = { sortKey: last.sortKey, id: last.id };
  }
}
