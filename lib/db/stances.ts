// Read queries for the web: statements as analysts see them (newest review applied, rejected hidden),
// documents, per-country positions aggregated in SQL, and dashboard counts.
import type { Db } from './client';
import { Prisma } from './generated/client';
import { NotFoundError } from '../errors';
import {
  toPeriodEndExclusive, toPeriodStart,
  type Granularity, type Pagination, type PositionsQuery, type StanceFilterFields, type StanceFilters,
} from '../stance/filters';
import type { ActorType, StanceLabel } from '../stance/types';

export type DatePrecisionValue = 'day' | 'month' | 'year' | 'unknown';

/** One statement row as the table, the JSON API and the CSV show it. */
export type StanceItem = {
  id: string;
  actor: string;
  actorId: string;
  actorType: ActorType;
  country: string | null;
  stance: StanceLabel;
  score: number;
  confidence: number;
  evidence: string;
  /** YYYY-MM-DD (first day of the period when precision is month/year); statement date, else the document's. */
  date: string | null;
  datePrecision: DatePrecisionValue;
  documentId: string;
  documentTitle: string;
  url: string | null;
  reviewed: boolean;
};

export type Page<Item> = { total: number; page: number; pageSize: number; items: Item[] };

type StanceRow = Omit<StanceItem, 'reviewed'> & { reviewed: boolean; evidenceStart: number; evidenceEnd: number; sortKey: string };

// Effective statements: the newest review overrides stance/score/country; a rejecting review hides the row.
// The date falls back to the document's publication date when the labeler found none.
const EFFECTIVE_STATEMENTS = Prisma.sql`
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

function toWhere(filters: WhereInput): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  if (filters.country?.length) conditions.push(Prisma.sql`e.country_code IN (${Prisma.join(filters.country)})`);
  if (filters.actorType?.length) conditions.push(Prisma.sql`e.actor_type IN (${Prisma.join(filters.actorType)})`);
  if (filters.stance?.length) conditions.push(Prisma.sql`e.stance IN (${Prisma.join(filters.stance)})`);
  if (filters.actor) {
    conditions.push(isUuid(filters.actor)
      ? Prisma.sql`e.actor_id = ${filters.actor}::uuid`
      : Prisma.sql`e.actor_name ILIKE ${likePattern(filters.actor)}`);
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

function selectRows(where: Prisma.Sql, tail: Prisma.Sql): Prisma.Sql {
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
    db.$queryRaw<StanceRow[]>(selectRows(where, Prisma.sql`ORDER BY ${SORT_KEY} DESC, e.id DESC LIMIT ${filters.pageSize} OFFSET ${offset}`)),
    db.$queryRaw<{ total: bigint }[]>(Prisma.sql`SELECT count(*) AS total FROM (${EFFECTIVE_STATEMENTS}) e ${where}`),
  ]);
  return { total: Number(counted[0]?.total ?? 0), page: filters.page, pageSize: filters.pageSize, items: rows.map(toItem) };
}

/** Every matching statement in table order, fetched in keyset batches (no row cap, bounded memory). */
export async function* streamStances(db: Db, filters: Partial<StanceFilterFields>, batchSize = 1000): AsyncGenerator<StanceItem> {
  const base = toWhere(filters);
  let cursor: { sortKey: string; id: string } | null = null;
  for (;;) {
    const after: Prisma.Sql = cursor
      ? Prisma.sql`(${SORT_KEY}, e.id) < (${cursor.sortKey}::date, ${cursor.id}::uuid)`
      : Prisma.sql`TRUE`;
    const where = base === Prisma.empty ? Prisma.sql`WHERE ${after}` : Prisma.sql`${base} AND ${after}`;
    const rows = await db.$queryRaw<StanceRow[]>(selectRows(where, Prisma.sql`ORDER BY ${SORT_KEY} DESC, e.id DESC LIMIT ${batchSize}`));
    for (const row of rows) yield toItem(row);
    const last = rows.at(-1);
    if (!last || rows.length < batchSize) return;
    cursor = { sortKey: last.sortKey, id: last.id };
  }
}

export type PositionRow = { country: string; period: string; score: number; statements: number };

const PERIOD_LABEL: Record<Granularity, Prisma.Sql> = {
  month: Prisma.sql`to_char(e.date, 'YYYY-MM')`,
  quarter: Prisma.sql`to_char(e.date, 'YYYY-"Q"Q')`,
  year: Prisma.sql`to_char(e.date, 'YYYY')`,
};

// A year-precision date is stored as 1 January: counting it in January would invent a monthly position.
const PRECISIONS_FOR: Record<Granularity, DatePrecisionValue[]> = {
  month: ['day', 'month'],
  quarter: ['day', 'month'],
  year: ['day', 'month', 'year'],
};

/** Mean score and statement count per country per period (rows; pivot with toPositionSeries). */
export async function listPositionRows(db: Db, query: PositionsQuery): Promise<PositionRow[]> {
  const where = toWhere({ country: query.country, actorType: query.actorType, from: query.from, to: query.to });
  const scoped = Prisma.sql`e.country_code IS NOT NULL AND e.date IS NOT NULL AND e.date_precision IN (${Prisma.join(PRECISIONS_FOR[query.granularity])})`;
  const rows = await db.$queryRaw<{ country: string; period: string; score: number; statements: bigint }[]>(Prisma.sql`
    SELECT e.country_code AS country, ${PERIOD_LABEL[query.granularity]} AS period, avg(e.score)::float8 AS score, count(*) AS statements
    FROM (${EFFECTIVE_STATEMENTS}) e
    ${where === Prisma.empty ? Prisma.sql`WHERE ${scoped}` : Prisma.sql`${where} AND ${scoped}`}
    GROUP BY 1, 2
    ORDER BY 2, 1`);
  return rows.map((row) => ({ ...row, statements: Number(row.statements) }));
}

export type CountryCount = { country: string; statements: number };

/** Countries that hold at least one visible statement, most statements first. */
export async function listStanceCountries(db: Db): Promise<CountryCount[]> {
  const rows = await db.$queryRaw<{ country: string; statements: bigint }[]>(Prisma.sql`
    SELECT e.country_code AS country, count(*) AS statements FROM (${EFFECTIVE_STATEMENTS}) e
    WHERE e.country_code IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1`);
  return rows.map((row) => ({ country: row.country, statements: Number(row.statements) }));
}

export type StanceCounts = {
  documents: number;
  statements: number;
  actors: number;
  countries: number;
  byStance: Record<StanceLabel, number>;
  lastRunAt: Date | null;
};

export async function getStanceCounts(db: Db): Promise<StanceCounts> {
  const [totals, documents, lastRun] = await Promise.all([
    db.$queryRaw<{ statements: bigint; actors: bigint; countries: bigint; support: bigint; oppose: bigint; neutral: bigint }[]>(Prisma.sql`
      SELECT count(*) AS statements, count(DISTINCT e.actor_id) AS actors, count(DISTINCT e.country_code) AS countries,
             count(*) FILTER (WHERE e.stance = 'support') AS support,
             count(*) FILTER (WHERE e.stance = 'oppose') AS oppose,
             count(*) FILTER (WHERE e.stance = 'neutral') AS neutral
      FROM (${EFFECTIVE_STATEMENTS}) e`),
    db.document.count(),
    db.ingestRun.findFirst({ orderBy: { startedAt: 'desc' }, select: { startedAt: true } }),
  ]);
  const row = totals[0];
  return {
    documents,
    statements: Number(row?.statements ?? 0),
    actors: Number(row?.actors ?? 0),
    countries: Number(row?.countries ?? 0),
    byStance: { support: Number(row?.support ?? 0), oppose: Number(row?.oppose ?? 0), neutral: Number(row?.neutral ?? 0) },
    lastRunAt: lastRun?.startedAt ?? null,
  };
}

export type DocumentListItem = {
  id: string;
  title: string;
  url: string | null;
  siteName: string | null;
  publishedAt: string | null;
  datePrecision: DatePrecisionValue;
  mediaType: string | null;
  statements: number;
  fetchedAt: string;
};

function toDay(date: Date | null): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}

/** Documents, newest publication first (undated last). Statement counts exclude rejected statements. */
export async function listDocuments(db: Db, pagination: Pagination): Promise<Page<DocumentListItem>> {
  const [total, rows] = await Promise.all([
    db.document.count(),
    db.document.findMany({
      orderBy: [{ publishedAt: { sort: 'desc', nulls: 'last' } }, { fetchedAt: 'desc' }, { id: 'desc' }],
      skip: (pagination.page - 1) * pagination.pageSize,
      take: pagination.pageSize,
      select: {
        id: true, title: true, url: true, canonicalUrl: true, siteName: true, publishedAt: true, datePrecision: true, mediaType: true, fetchedAt: true,
        _count: { select: { statements: { where: { NOT: { reviews: { some: { rejected: true } } } } } } },
      },
    }),
  ]);
  return {
    total, page: pagination.page, pageSize: pagination.pageSize,
    items: rows.map((row) => ({
      id: row.id, title: row.title, url: row.url ?? row.canonicalUrl, siteName: row.siteName,
      publishedAt: toDay(row.publishedAt), datePrecision: row.datePrecision, mediaType: row.mediaType,
      statements: row._count.statements, fetchedAt: row.fetchedAt.toISOString(),
    })),
  };
}

export type DocumentStatement = StanceItem & { evidenceStart: number; evidenceEnd: number };

export type DocumentDetail = {
  id: string;
  title: string;
  text: string;
  url: string | null;
  siteName: string | null;
  author: string | null;
  language: string | null;
  mediaType: string | null;
  publishedAt: string | null;
  datePrecision: DatePrecisionValue;
  dateSource: string | null;
  fetchedAt: string;
  urls: string[];
  statements: DocumentStatement[];
};

/** One document with its addresses and visible statements; NotFoundError when absent. */
export async function getDocument(db: Db, documentId: string): Promise<DocumentDetail> {
  if (!isUuid(documentId)) throw new NotFoundError('No such document');
  const document = await db.document.findUnique({
    where: { id: documentId },
    include: { urls: { orderBy: { seenAt: 'asc' }, select: { url: true } } },
  });
  if (!document) throw new NotFoundError('No such document');
  const rows = await db.$queryRaw<StanceRow[]>(selectRows(toWhere({ documentId }), Prisma.sql`ORDER BY e.evidence_start, e.id`));
  return {
    id: document.id, title: document.title, text: document.text, url: document.url ?? document.canonicalUrl,
    siteName: document.siteName, author: document.author, language: document.language, mediaType: document.mediaType,
    publishedAt: toDay(document.publishedAt), datePrecision: document.datePrecision, dateSource: document.dateSource,
    fetchedAt: document.fetchedAt.toISOString(),
    urls: document.urls.map((entry) => entry.url),
    statements: rows.map(({ sortKey: _sort, ...row }) => row),
  };
}

/** `SELECT 1` and the newest ingest run, for /api/health. Never throws. */
export async function checkHealth(db: Db | null): Promise<{ database: boolean; lastRunAt: Date | null }> {
  if (!db) return { database: false, lastRunAt: null };
  try {
    await db.$queryRaw`SELECT 1`;
  } catch {
    return { database: false, lastRunAt: null };
  }
  const lastRun = await db.ingestRun.findFirst({ orderBy: { startedAt: 'desc' }, select: { startedAt: true } }).catch(() => null);
  return { database: true, lastRunAt: lastRun?.startedAt ?? null };
}
