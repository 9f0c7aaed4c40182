// Statements as analysts see them (newest review applied, rejected hidden): filtered pages, the streamed export,
// and one document's statements. Every read starts from EFFECTIVE_STATEMENTS.
import type { Db } from './client';
import { Prisma } from './generated/client';
import { toDefaultDirection, toPeriodEndExclusive, toPeriodStart, type StanceFilterFields, type StanceFilters } from '../domain/filters';
import type { Page, StanceItem } from '../domain/statements';
import { GOVERNMENT_ACTOR_TYPES, type ActorScope, type SortDirection, type StanceSort } from '../domain/values';

export type StanceRow = StanceItem & { evidenceStart: number; evidenceEnd: number; sortKey: string };

// The newest review carries the statement's whole corrected state (stance, score, country, actor); a rejecting
// review hides the row. An actor whose country an analyst corrected keeps that country over the labelled one.
// The date falls back to the document's publication date when the labeler found none.
const EFFECTIVE_SELECT = Prisma.sql`
  SELECT s.id, s.document_id, a.id AS actor_id, s.topic_id, s.confidence, s.evidence, s.evidence_start, s.evidence_end,
         COALESCE(r.stance, s.stance)::text AS stance,
         COALESCE(r.score, s.score) AS score,
         COALESCE(r.country_code, CASE WHEN a.edited_at IS NOT NULL OR r.actor_id IS NOT NULL THEN a.country_code ELSE s.country_code END) AS country_code,
         COALESCE(s.statement_date, d.published_at) AS date,
         (CASE WHEN s.statement_date IS NOT NULL THEN s.date_precision ELSE d.date_precision END)::text AS date_precision,
         s.status::text AS status,
         (r.id IS NOT NULL) AS reviewed, r.created_at AS reviewed_at,
         CASE WHEN r.id IS NULL THEN NULL ELSE COALESCE(u.email, 'api-token') END AS reviewed_by,
         (r.rejected IS TRUE) AS rejected,
         a.name AS actor_name, a.type::text AS actor_type,
         d.title AS document_title, COALESCE(d.url, d.canonical_url) AS document_url
  FROM statements s
  JOIN documents d ON d.id = s.document_id
  LEFT JOIN LATERAL (
    SELECT id, stance, score, country_code, actor_id, rejected, reviewer_id, created_at FROM reviews
    WHERE statement_id = s.id ORDER BY created_at DESC, id DESC LIMIT 1
  ) r ON true
  LEFT JOIN users u ON u.id = r.reviewer_id
  JOIN actors a ON a.id = COALESCE(r.actor_id, s.actor_id)`;

export const EFFECTIVE_STATEMENTS = Prisma.sql`${EFFECTIVE_SELECT} WHERE r.rejected IS NOT TRUE`;

/** The same rows including the ones an analyst rejected (`rejected` says which): review screens show both. */
export const EFFECTIVE_STATEMENTS_WITH_REJECTED = EFFECTIVE_SELECT;

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/** The condition that keeps one topic's statements (by slug). */
export function toTopicCondition(topic: string): Prisma.Sql {
  return Prisma.sql`e.topic_id = (SELECT id FROM topics WHERE slug = ${topic})`;
}

/** Government actors only, or everyone (a country's position is computed from the first by default). */
export function toActorScopeCondition(scope: ActorScope): Prisma.Sql {
  return scope === 'government' ? Prisma.sql`e.actor_type IN (${Prisma.join([...GOVERNMENT_ACTOR_TYPES])})` : Prisma.sql`TRUE`;
}

type WhereInput = Partial<StanceFilterFields> & { documentId?: string; actorId?: string };

export function toConditions(filters: WhereInput): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (filters.topic) conditions.push(toTopicCondition(filters.topic));
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
  if (filters.actorId) conditions.push(Prisma.sql`e.actor_id = ${filters.actorId}::uuid`);
  if (filters.from) conditions.push(Prisma.sql`e.date >= ${toPeriodStart(filters.from)}::date`);
  if (filters.to) conditions.push(Prisma.sql`e.date < ${toPeriodEndExclusive(filters.to)}::date`);
  if (filters.q) {
    const pattern = likePattern(filters.q);
    conditions.push(Prisma.sql`(e.evidence ILIKE ${pattern} OR e.document_title ILIKE ${pattern} OR e.actor_name ILIKE ${pattern})`);
  }
  if (filters.reviewed) conditions.push(filters.reviewed === 'reviewed' ? Prisma.sql`e.reviewed` : Prisma.sql`NOT e.reviewed`);
  if (filters.minConfidence !== undefined) conditions.push(Prisma.sql`e.confidence >= ${filters.minConfidence}`);
  if (filters.documentId) conditions.push(Prisma.sql`e.document_id = ${filters.documentId}::uuid`);
  return conditions;
}

export function toWhere(filters: WhereInput): Prisma.Sql {
  const conditions = toConditions(filters);
  return conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, ' AND ')}` : Prisma.empty;
}

// Each sortable column as a never-null expression and the type its text form is cast back to for keyset paging.
const SORTS: Record<StanceSort, { key: Prisma.Sql; type: Prisma.Sql }> = {
  date: { key: Prisma.sql`COALESCE(e.date, '-infinity'::date)`, type: Prisma.sql`date` },
  actor: { key: Prisma.sql`lower(e.actor_name)`, type: Prisma.sql`text` },
  country: { key: Prisma.sql`COALESCE(e.country_code, '')`, type: Prisma.sql`text` },
  stance: { key: Prisma.sql`e.stance`, type: Prisma.sql`text` },
  score: { key: Prisma.sql`e.score`, type: Prisma.sql`float8` },
  confidence: { key: Prisma.sql`e.confidence`, type: Prisma.sql`float8` },
  document: { key: Prisma.sql`lower(e.document_title)`, type: Prisma.sql`text` },
};

type Ordering = { sort: StanceSort; dir: SortDirection };

function toOrdering(filters: { sort?: StanceSort; dir?: SortDirection }): Ordering {
  const sort = filters.sort ?? 'date';
  return { sort, dir: filters.dir ?? toDefaultDirection(sort) };
}

// The id breaks ties (in the same direction) so pages and the export's keyset cursor are stable.
function toOrderBy({ sort, dir }: Ordering): Prisma.Sql {
  const direction = dir === 'asc' ? Prisma.sql`ASC` : Prisma.sql`DESC`;
  return Prisma.sql`ORDER BY ${SORTS[sort].key} ${direction}, e.id ${direction}`;
}

export function selectRows(
  where: Prisma.Sql,
  tail: Prisma.Sql,
  sort: StanceSort = 'date',
  source: Prisma.Sql = EFFECTIVE_STATEMENTS,
): Prisma.Sql {
  return Prisma.sql`
    SELECT e.id, e.actor_name AS actor, e.actor_id::text AS "actorId", e.actor_type AS "actorType", e.country_code AS country,
           e.stance, e.score, e.confidence, e.evidence, e.evidence_start AS "evidenceStart", e.evidence_end AS "evidenceEnd",
           to_char(e.date, 'YYYY-MM-DD') AS date, e.date_precision AS "datePrecision", e.status,
           e.document_id::text AS "documentId", e.document_title AS "documentTitle", e.document_url AS url, e.reviewed,
           e.reviewed_by AS "reviewedBy", to_char(e.reviewed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "reviewedAt",
           ${SORTS[sort].key}::text AS "sortKey"
    FROM (${source}) e
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
  const ordering = toOrdering(filters);
  const offset = (filters.page - 1) * filters.pageSize;
  const [rows, counted] = await Promise.all([
    db.$queryRaw<StanceRow[]>(
      selectRows(where, Prisma.sql`${toOrderBy(ordering)} LIMIT ${filters.pageSize} OFFSET ${offset}`, ordering.sort),
    ),
    db.$queryRaw<{ total: bigint }[]>(Prisma.sql`SELECT count(*) AS total FROM (${EFFECTIVE_STATEMENTS}) e ${where}`),
  ]);
  return { total: Number(counted[0]?.total ?? 0), page: filters.page, pageSize: filters.pageSize, items: rows.map(toItem) };
}

/** Every matching statement in table order, fetched in keyset batches (no row cap, bounded memory). */
export async function* streamStances(db: Db, filters: Partial<StanceFilterFields>, batchSize = 1000): AsyncGenerator<StanceItem> {
  const conditions = toConditions(filters);
  const ordering = toOrdering(filters);
  const { key, type } = SORTS[ordering.sort];
  let cursor: { sortKey: string; id: string } | null = null;
  for (;;) {
    const after: Prisma.Sql[] = cursor
      ? [
          ordering.dir === 'asc'
            ? Prisma.sql`(${key}, e.id) > (${cursor.sortKey}::${type}, ${cursor.id}::uuid)`
            : Prisma.sql`(${key}, e.id) < (${cursor.sortKey}::${type}, ${cursor.id}::uuid)`,
        ]
      : [];
    const all = [...conditions, ...after];
    const where = all.length ? Prisma.sql`WHERE ${Prisma.join(all, ' AND ')}` : Prisma.empty;
    const rows = await db.$queryRaw<StanceRow[]>(selectRows(where, Prisma.sql`${toOrderBy(ordering)} LIMIT ${batchSize}`, ordering.sort));
    for (const row of rows) yield toItem(row);
    const last = rows.at(-1);
    if (!last || rows.length < batchSize) return;
    cursor = { sortKey: last.sortKey, id: last.id };
  }
}
