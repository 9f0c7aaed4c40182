// Positions and counts for the overview and the positions API, aggregated in SQL over the effective statements.
import type { Db } from './client';
import { Prisma } from './generated/client';
import type { PositionsQuery } from '../domain/filters';
import type { PositionRow } from '../domain/statements';
import type { Granularity, StanceLabel, StoredDatePrecision } from '../domain/values';
import { EFFECTIVE_STATEMENTS, toWhere } from './statements';

const PERIOD_LABEL: Record<Granularity, Prisma.Sql> = {
  month: Prisma.sql`to_char(e.date, 'YYYY-MM')`,
  quarter: Prisma.sql`to_char(e.date, 'YYYY-"Q"Q')`,
  year: Prisma.sql`to_char(e.date, 'YYYY')`,
};

// A year-precision date is stored as 1 January: counting it in January would invent a monthly position.
const PRECISIONS_FOR: Record<Granularity, StoredDatePrecision[]> = {
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
