// Positions and counts for the overview and the positions API, aggregated in SQL over the effective statements
// of one topic. A country's position weighs each statement by its confidence and its recency (POSITION_WEIGHT).
import type { Db } from './client';
import { Prisma } from './generated/client';
import type { PositionsQuery } from '../domain/filters';
import type { PositionRow } from '../domain/statements';
import type { Granularity, StanceLabel, StoredDatePrecision } from '../domain/values';
import { EFFECTIVE_STATEMENTS, toActorScopeCondition, toConditions, toTopicCondition } from './statements';

/** Days after which a statement counts half as much as a new one. */
export const POSITION_HALF_LIFE_DAYS = 180;

// confidence × 2^(days since 2000 / half-life): the constant factor cancels in a weighted mean, so this equals
// weighting by 2^(−age / half-life) against any reference day. The exponent is clamped so odd dates cannot overflow.
// Undated statements count as if from 2000: they decide a position only when nothing dated exists.
export const POSITION_WEIGHT = Prisma.sql`(GREATEST(e.confidence, 0.01) * power(2::float8, LEAST(GREATEST(
  (COALESCE(e.date, DATE '2000-01-01') - DATE '2000-01-01')::float8 / ${POSITION_HALF_LIFE_DAYS}, -500), 500)))`;

export const PERIOD_LABEL: Record<Granularity, Prisma.Sql> = {
  week: Prisma.sql`to_char(e.date, 'IYYY-"W"IW')`,
  month: Prisma.sql`to_char(e.date, 'YYYY-MM')`,
  quarter: Prisma.sql`to_char(e.date, 'YYYY-"Q"Q')`,
  year: Prisma.sql`to_char(e.date, 'YYYY')`,
};

// A year-precision date is stored as 1 January: counting it in January would invent a monthly position.
export const PRECISIONS_FOR: Record<Granularity, StoredDatePrecision[]> = {
  week: ['day'],
  month: ['day', 'month'],
  quarter: ['day', 'month'],
  year: ['day', 'month', 'year'],
};

/** Weighted mean score and statement count per country per period (rows; pivot with toPositionSeries). */
export async function listPositionRows(db: Db, query: PositionsQuery): Promise<PositionRow[]> {
  const conditions = [
    ...toConditions({ topic: query.topic, country: query.country, actorType: query.actorType, from: query.from, to: query.to }),
    toActorScopeCondition(query.scope),
    Prisma.sql`e.country_code IS NOT NULL AND e.date IS NOT NULL AND e.date_precision IN (${Prisma.join(PRECISIONS_FOR[query.granularity])})`,
  ];
  const rows = await db.$queryRaw<{ country: string; period: string; score: number; statements: bigint }[]>(Prisma.sql`
    SELECT e.country_code AS country, ${PERIOD_LABEL[query.granularity]} AS period,
           (sum(e.score * ${POSITION_WEIGHT}) / sum(${POSITION_WEIGHT}))::float8 AS score, count(*) AS statements
    FROM (${EFFECTIVE_STATEMENTS}) e
    WHERE ${Prisma.join(conditions, ' AND ')}
    GROUP BY 1, 2
    ORDER BY 2, 1`);
  return rows.map((row) => ({ ...row, score: toStableScore(row.score), statements: Number(row.statements) }));
}

/** A weighted mean of equal weights is the value itself, up to float noise that would show as −0.9000000000000001. */
export function toStableScore(score: number): number {
  return Math.round(score * 1e9) / 1e9;
}

export type CountryCount = { country: string; statements: number };

/** Countries that hold at least one visible statement on the topic, most statements first. */
export async function listStanceCountries(db: Db, topic: string): Promise<CountryCount[]> {
  const rows = await db.$queryRaw<{ country: string; statements: bigint }[]>(Prisma.sql`
    SELECT e.country_code AS country, count(*) AS statements FROM (${EFFECTIVE_STATEMENTS}) e
    WHERE e.country_code IS NOT NULL AND ${toTopicCondition(topic)} GROUP BY 1 ORDER BY 2 DESC, 1`);
  return rows.map((row) => ({ country: row.country, statements: Number(row.statements) }));
}

export type StanceCounts = {
  documents: number;
  statements: number;
  actors: number;
  countries: number;
  reviewed: number;
  byStance: Record<StanceLabel, number>;
  lastRun: { startedAt: Date; finishedAt: Date | null; status: string; created: number; failed: number } | null;
};

/** Counts of one topic's statements (documents: those holding at least one), and the last ingestion run. */
export async function getStanceCounts(db: Db, topic: string): Promise<StanceCounts> {
  const [totals, lastRun] = await Promise.all([
    db.$queryRaw<
      {
        documents: bigint;
        statements: bigint;
        actors: bigint;
        countries: bigint;
        reviewed: bigint;
        support: bigint;
        oppose: bigint;
        neutral: bigint;
      }[]
    >(Prisma.sql`
      SELECT count(DISTINCT e.document_id) AS documents, count(*) AS statements, count(DISTINCT e.actor_id) AS actors,
             count(DISTINCT e.country_code) AS countries, count(*) FILTER (WHERE e.reviewed) AS reviewed,
             count(*) FILTER (WHERE e.stance = 'support') AS support,
             count(*) FILTER (WHERE e.stance = 'oppose') AS oppose,
             count(*) FILTER (WHERE e.stance = 'neutral') AS neutral
      FROM (${EFFECTIVE_STATEMENTS}) e WHERE ${toTopicCondition(topic)}`),
    db.ingestRun.findFirst({
      orderBy: { startedAt: 'desc' },
      select: { startedAt: true, finishedAt: true, status: true, created: true, failed: true },
    }),
  ]);
  const row = totals[0];
  return {
    documents: Number(row?.documents ?? 0),
    statements: Number(row?.statements ?? 0),
    actors: Number(row?.actors ?? 0),
    countries: Number(row?.countries ?? 0),
    reviewed: Number(row?.reviewed ?? 0),
    byStance: { support: Number(row?.support ?? 0), oppose: Number(row?.oppose ?? 0), neutral: Number(row?.neutral ?? 0) },
    lastRun: lastRun ?? null,
  };
}
