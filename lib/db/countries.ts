// Countries on one topic: the current position of each (weighted by confidence and recency, reviews applied),
// and one country's actors with their latest stance. Aggregated in SQL; shaped by lib/pipeline/positions.
import type { Db } from './client';
import { Prisma } from './generated/client';
import type { ActorScope, ActorType, PositionStatus, StanceLabel, StoredDatePrecision } from '../domain/values';
import { POSITION_WEIGHT, toStableScore } from './positions';
import { EFFECTIVE_STATEMENTS, toActorScopeCondition, toTopicCondition } from './statements';

export type CountryPositionRow = {
  country: string;
  /** Weighted mean score, −1…1. */
  score: number;
  statements: number;
  support: number;
  oppose: number;
  neutral: number;
  /** YYYY-MM-DD of the newest dated statement, or null. */
  latestDate: string | null;
  latestPrecision: StoredDatePrecision | null;
  /** The newest status the evidence states (unknown when none does). */
  status: PositionStatus;
};

/** Every country with statements on the topic, by the given actors, with its current weighted position. */
export async function listCountryPositions(
  db: Db,
  options: { topic: string; scope: ActorScope; country?: string },
): Promise<CountryPositionRow[]> {
  const conditions = [toTopicCondition(options.topic), toActorScopeCondition(options.scope), Prisma.sql`e.country_code IS NOT NULL`];
  if (options.country) conditions.push(Prisma.sql`e.country_code = ${options.country}`);
  const rows = await db.$queryRaw<
    (Omit<CountryPositionRow, 'statements' | 'support' | 'oppose' | 'neutral'> & {
      statements: bigint;
      support: bigint;
      oppose: bigint;
      neutral: bigint;
    })[]
  >(Prisma.sql`
    SELECT e.country_code AS country,
           (sum(e.score * ${POSITION_WEIGHT}) / sum(${POSITION_WEIGHT}))::float8 AS score,
           count(*) AS statements,
           count(*) FILTER (WHERE e.stance = 'support') AS support,
           count(*) FILTER (WHERE e.stance = 'oppose') AS oppose,
           count(*) FILTER (WHERE e.stance = 'neutral') AS neutral,
           to_char(max(e.date), 'YYYY-MM-DD') AS "latestDate",
           (array_agg(e.date_precision ORDER BY e.date DESC NULLS LAST))[1] AS "latestPrecision",
           COALESCE((array_agg(e.status ORDER BY e.date DESC NULLS LAST) FILTER (WHERE e.status <> 'unknown'))[1], 'unknown') AS status
    FROM (${EFFECTIVE_STATEMENTS}) e
    WHERE ${Prisma.join(conditions, ' AND ')}
    GROUP BY 1
    ORDER BY count(*) DESC, 1`);
  return rows.map((row) => ({
    ...row,
    score: toStableScore(row.score),
    latestPrecision: row.latestDate ? row.latestPrecision : null,
    statements: Number(row.statements),
    support: Number(row.support),
    oppose: Number(row.oppose),
    neutral: Number(row.neutral),
  }));
}

export type CountryActor = {
  actorId: string;
  name: string;
  type: ActorType;
  statements: number;
  /** The actor's newest statement in this country on the topic. */
  latestStance: StanceLabel;
  latestScore: number;
  latestDate: string | null;
  latestPrecision: StoredDatePrecision;
};

/** The actors that spoke for (or in) a country on the topic, each with its newest stance. */
export async function listCountryActors(db: Db, options: { topic: string; country: string }): Promise<CountryActor[]> {
  const rows = await db.$queryRaw<(Omit<CountryActor, 'statements'> & { statements: bigint })[]>(Prisma.sql`
    SELECT DISTINCT ON (e.actor_id) e.actor_id::text AS "actorId", e.actor_name AS name, e.actor_type AS type,
           count(*) OVER (PARTITION BY e.actor_id) AS statements,
           e.stance AS "latestStance", e.score AS "latestScore",
           to_char(e.date, 'YYYY-MM-DD') AS "latestDate", e.date_precision AS "latestPrecision"
    FROM (${EFFECTIVE_STATEMENTS}) e
    WHERE ${toTopicCondition(options.topic)} AND e.country_code = ${options.country}
    ORDER BY e.actor_id, e.date DESC NULLS LAST, e.id DESC`);
  return rows.map((row) => ({ ...row, statements: Number(row.statements) }));
}
