// Alerts: the per-period positions they are computed from, idempotent inserts (topic × subject × period),
// the notifications list with its read state, webhook delivery state, and per-user feed tokens.
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from './client';
import { Prisma } from './generated/client';
import type { PeriodPosition, PositionChange } from '../pipeline/flips';
import type { StanceItem } from '../domain/statements';
import type { AlertKind, AlertSubject, Granularity, Position } from '../domain/values';
import { PERIOD_LABEL, POSITION_WEIGHT, PRECISIONS_FOR, toStableScore } from './positions';
import { EFFECTIVE_STATEMENTS, selectRows, toActorScopeCondition, type StanceRow } from './statements';

/** Alerts compare months: fine enough to be news, coarse enough that one stray sentence rarely flips a country. */
export const ALERT_GRANULARITY: Granularity = 'month';
const EVIDENCE_PER_SIDE = 3;

export type AlertTopic = { id: string; slug: string; name: string };

export async function listAlertTopics(db: Db): Promise<AlertTopic[]> {
  return db.topic.findMany({ where: { active: true }, select: { id: true, slug: true, name: true }, orderBy: { createdAt: 'asc' } });
}

/**
 * Per-month weighted positions of every country (from its government actors) or every tracked actor (curated
 * actors other than countries themselves) on a topic, with the strongest statements behind each month.
 */
export async function listPeriodPositions(db: Db, topicId: string, subject: AlertSubject): Promise<PeriodPosition[]> {
  const subjectKey = subject === 'country' ? Prisma.sql`e.country_code` : Prisma.sql`'actor:' || e.actor_id::text`;
  const scope =
    subject === 'country'
      ? Prisma.sql`${toActorScopeCondition('government')} AND e.country_code IS NOT NULL`
      : Prisma.sql`e.actor_type <> 'country' AND e.actor_id IN (SELECT id FROM actors WHERE curated)`;
  const rows = await db.$queryRaw<{ subject: string; period: string; score: number; statements: bigint; evidence: string[] }[]>(Prisma.sql`
    SELECT ${subjectKey} AS subject, ${PERIOD_LABEL[ALERT_GRANULARITY]} AS period,
           (sum(e.score * ${POSITION_WEIGHT}) / sum(${POSITION_WEIGHT}))::float8 AS score, count(*) AS statements,
           (array_agg(e.id::text ORDER BY abs(e.score) * e.confidence DESC, e.id))[1:${EVIDENCE_PER_SIDE}] AS evidence
    FROM (${EFFECTIVE_STATEMENTS}) e
    WHERE e.topic_id = ${topicId}::uuid AND ${scope} AND e.date IS NOT NULL
      AND e.date_precision IN (${Prisma.join(PRECISIONS_FOR[ALERT_GRANULARITY])})
    GROUP BY 1, 2`);
  return rows.map((row) => ({ ...row, score: toStableScore(row.score), statements: Number(row.statements) }));
}

export type InsertedAlert = { id: string };

/** Records changes not recorded yet (the unique key makes a rerun a no-op); returns only the new ones. */
export async function insertAlerts(
  db: Db,
  topicId: string,
  subject: AlertSubject,
  changes: PositionChange[],
  options: { webhook: boolean },
): Promise<InsertedAlert[]> {
  if (!changes.length) return [];
  const records = changes.map((change) => ({
    subject_key: change.subject,
    country_code: subject === 'country' ? change.subject : null,
    actor_id: subject === 'actor' ? change.subject.slice('actor:'.length) : null,
    kind: change.kind,
    period: change.period,
    previous_period: change.previousPeriod,
    position: change.position,
    previous_position: change.previousPosition,
    score: change.score,
    previous_score: change.previousScore,
    statements: change.statements,
    evidence_after: change.evidenceAfter,
    evidence_before: change.evidenceBefore,
  }));
  return db.$queryRaw<InsertedAlert[]>(Prisma.sql`
    INSERT INTO alerts (id, topic_id, subject_type, subject_key, country_code, actor_id, kind, period, previous_period, position,
      previous_position, score, previous_score, statements, evidence_after, evidence_before, webhook_status)
    SELECT gen_random_uuid(), ${topicId}::uuid, ${subject}, r.subject_key,
      COALESCE(r.country_code, (SELECT country_code FROM actors WHERE id = r.actor_id)), r.actor_id, r.kind, r.period,
      r.previous_period, r.position, r.previous_position, r.score, r.previous_score, r.statements,
      ARRAY(SELECT jsonb_array_elements_text(r.evidence_after))::uuid[], ARRAY(SELECT jsonb_array_elements_text(r.evidence_before))::uuid[],
      ${options.webhook ? 'pending' : null}
    FROM jsonb_to_recordset(${JSON.stringify(records)}::jsonb) AS r(subject_key text, country_code text, actor_id uuid, kind text,
      period text, previous_period text, position text, previous_position text, score float8, previous_score float8, statements int,
      evidence_after jsonb, evidence_before jsonb)
    ON CONFLICT (topic_id, subject_key, period) DO NOTHING
    RETURNING id::text`);
}

export type AlertItem = {
  id: string;
  topic: string;
  subjectType: AlertSubject;
  countryCode: string | null;
  actorId: string | null;
  actorName: string | null;
  kind: AlertKind;
  period: string;
  previousPeriod: string | null;
  position: Position;
  previousPosition: Position | null;
  score: number;
  previousScore: number | null;
  statements: number;
  createdAt: Date;
  readAt: Date | null;
  evidenceAfter: StanceItem[];
  evidenceBefore: StanceItem[];
};

type AlertRow = Omit<AlertItem, 'evidenceAfter' | 'evidenceBefore'> & { evidenceAfterIds: string[]; evidenceBeforeIds: string[] };

/** A topic's alerts, newest period first, with the statements behind both sides. */
export async function listAlerts(
  db: Db,
  options: { topic: string; unreadOnly?: boolean; limit?: number; ids?: string[] },
): Promise<AlertItem[]> {
  const conditions = [Prisma.sql`t.slug = ${options.topic}`];
  if (options.unreadOnly) conditions.push(Prisma.sql`al.read_at IS NULL`);
  if (options.ids)
    conditions.push(
      options.ids.length ? Prisma.sql`al.id IN (${Prisma.join(options.ids.map((id) => Prisma.sql`${id}::uuid`))})` : Prisma.sql`FALSE`,
    );
  const rows = await db.$queryRaw<AlertRow[]>(Prisma.sql`
    SELECT al.id::text, t.slug AS topic, al.subject_type AS "subjectType", al.country_code AS "countryCode", al.actor_id::text AS "actorId",
           a.name AS "actorName", al.kind, al.period, al.previous_period AS "previousPeriod", al.position, al.previous_position AS "previousPosition",
           al.score, al.previous_score AS "previousScore", al.statements, al.created_at AS "createdAt", al.read_at AS "readAt",
           al.evidence_after::text[] AS "evidenceAfterIds", al.evidence_before::text[] AS "evidenceBeforeIds"
    FROM alerts al JOIN topics t ON t.id = al.topic_id LEFT JOIN actors a ON a.id = al.actor_id
    WHERE ${Prisma.join(conditions, ' AND ')}
    ORDER BY al.period DESC, al.created_at DESC, al.id
    LIMIT ${options.limit ?? 50}`);
  const ids = [...new Set(rows.flatMap((row) => [...row.evidenceAfterIds, ...row.evidenceBeforeIds]))];
  const statements = ids.length
    ? await db.$queryRaw<StanceRow[]>(
        selectRows(Prisma.sql`WHERE e.id IN (${Prisma.join(ids.map((id) => Prisma.sql`${id}::uuid`))})`, Prisma.empty),
      )
    : [];
  const byId = new Map(statements.map((row) => [row.id, row]));
  const resolve = (list: string[]) => list.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
  return rows.map(({ evidenceAfterIds, evidenceBeforeIds, ...row }) => ({
    ...row,
    evidenceAfter: resolve(evidenceAfterIds),
    evidenceBefore: resolve(evidenceBeforeIds),
  }));
}

export async function countUnreadAlerts(db: Db, topic: string): Promise<number> {
  return db.alert.count({ where: { readAt: null, topic: { slug: topic } } });
}

/** Marks the given alerts (or all of the topic's) read; returns how many changed. */
export async function markAlertsRead(db: Db, topic: string, ids?: string[]): Promise<number> {
  const result = await db.alert.updateMany({
    where: { readAt: null, topic: { slug: topic }, ...(ids ? { id: { in: ids } } : {}) },
    data: { readAt: new Date() },
  });
  return result.count;
}

/** Alerts whose webhook is still to be delivered, oldest first. */
export async function listPendingWebhookAlerts(db: Db, limit = 100): Promise<string[]> {
  const rows = await db.alert.findMany({
    where: { webhookStatus: 'pending' },
    orderBy: { createdAt: 'asc' },
    take: limit,
    select: { id: true },
  });
  return rows.map((row) => row.id);
}

export async function recordWebhookAttempt(
  db: Db,
  alertId: string,
  outcome: { delivered: boolean; attempts: number; error: string | null },
) {
  await db.alert.update({
    where: { id: alertId },
    data: {
      webhookStatus: outcome.delivered ? 'delivered' : 'failed',
      webhookAttempts: { increment: outcome.attempts },
      webhookError: outcome.error,
    },
  });
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A new feed token for a user (shown once; only its hash is stored). */
export async function createFeedToken(db: Db, userId: string | null, label: string | null): Promise<string> {
  const token = randomBytes(24).toString('base64url');
  await db.feedToken.create({ data: { userId, label, tokenHash: hashToken(token) } });
  return token;
}

/** True when the token is one we issued (and notes its use). */
export async function isValidFeedToken(db: Db, token: string): Promise<boolean> {
  const result = await db.feedToken.updateMany({ where: { tokenHash: hashToken(token) }, data: { lastUsedAt: new Date() } });
  return result.count > 0;
}
