// Documents as readers see them: the list, one document with its addresses and visible statements, and the
// documents an upgraded labeler has to label again.
import type { Db } from './client';
import { Prisma } from './generated/client';
import { NotFoundError } from '../errors';
import type { Pagination } from '../domain/filters';
import type { Page, StanceItem } from '../domain/statements';
import type { StoredDatePrecision } from '../domain/values';
import { isUuid, selectRows, toWhere, type StanceRow } from './statements';

export type DocumentListItem = {
  id: string;
  title: string;
  url: string | null;
  siteName: string | null;
  publishedAt: string | null;
  datePrecision: StoredDatePrecision;
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
        id: true,
        title: true,
        url: true,
        canonicalUrl: true,
        siteName: true,
        publishedAt: true,
        datePrecision: true,
        mediaType: true,
        fetchedAt: true,
        _count: { select: { statements: { where: { NOT: { reviews: { some: { rejected: true } } } } } } },
      },
    }),
  ]);
  return {
    total,
    page: pagination.page,
    pageSize: pagination.pageSize,
    items: rows.map((row) => ({
      id: row.id,
      title: row.title,
      url: row.url ?? row.canonicalUrl,
      siteName: row.siteName,
      publishedAt: toDay(row.publishedAt),
      datePrecision: row.datePrecision,
      mediaType: row.mediaType,
      statements: row._count.statements,
      fetchedAt: row.fetchedAt.toISOString(),
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
  datePrecision: StoredDatePrecision;
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
    id: document.id,
    title: document.title,
    text: document.text,
    url: document.url ?? document.canonicalUrl,
    siteName: document.siteName,
    author: document.author,
    language: document.language,
    mediaType: document.mediaType,
    publishedAt: toDay(document.publishedAt),
    datePrecision: document.datePrecision,
    dateSource: document.dateSource,
    fetchedAt: document.fetchedAt.toISOString(),
    urls: document.urls.map((entry) => entry.url),
    statements: rows.map(({ sortKey: _sort, ...row }) => row),
  };
}

/** Documents labelled by an older labeler (or never), oldest first, for `npm run relabel`. */
export async function listDocumentsToRelabel(db: Db, labelerVersion: string, take = 500, excludeIds: string[] = []) {
  return db.document.findMany({
    where: {
      OR: [{ labelerVersion: null }, { labelerVersion: { not: labelerVersion } }],
      ...(excludeIds.length ? { id: { notIn: excludeIds } } : {}),
    },
    select: { id: true, title: true, text: true, publishedAt: true, datePrecision: true },
    orderBy: { createdAt: 'asc' },
    take,
  });
}
