// Analysts' reviews of statements: append-only rows, each holding the statement's whole corrected state
// (stance, score, country, actor) with what it showed before, so the newest one alone decides what readers see.
import type { Db } from './client';
import { Prisma } from './generated/client';
import { NotFoundError, BadRequestError } from '../errors';
import type { ReviewAction, StanceLabel } from '../domain/values';
import { EFFECTIVE_STATEMENTS_WITH_REJECTED, isUuid, selectRows, toWhere, type StanceRow } from './statements';

/** What a statement shows: the state a review records before and after. */
export type ReviewedState = { stance: StanceLabel; score: number; countryCode: string | null; actorId: string; rejected: boolean };

export type ReviewInput = {
  statementId: string;
  reviewerId: string | null;
  action: ReviewAction;
  /** For "change": any of these; unset fields keep their current value. */
  stance?: StanceLabel;
  actorId?: string;
  countryCode?: string | null;
  note?: string | null;
};

type CurrentRow = { stance: StanceLabel; score: number; country_code: string | null; actor_id: string; rejected: boolean };

/** A changed stance keeps the score's strength with the new sign (neutral is 0; a 0 strength becomes 0.5). */
function toScore(stance: StanceLabel, score: number): number {
  if (stance === 'neutral') return 0;
  const strength = Math.abs(score) || 0.5;
  return stance === 'support' ? strength : -strength;
}

/** Appends a review and returns it; NotFoundError for an unknown statement or actor. */
export async function createStatementReview(db: Db, input: ReviewInput) {
  if (!isUuid(input.statementId)) throw new NotFoundError('No such statement');
  return db.$transaction(async (tx) => {
    // Reviews of one statement are serialised so "before" is always the state the previous review left.
    await tx.$executeRaw`SELECT id FROM statements WHERE id = ${input.statementId}::uuid FOR UPDATE`;
    const rows = await tx.$queryRaw<CurrentRow[]>(Prisma.sql`
      SELECT e.stance, e.score, e.country_code, e.actor_id::text AS actor_id, e.rejected
      FROM (${EFFECTIVE_STATEMENTS_WITH_REJECTED}) e WHERE e.id = ${input.statementId}::uuid`);
    const current = rows[0];
    if (!current) throw new NotFoundError('No such statement');
    const before: ReviewedState = {
      stance: current.stance,
      score: current.score,
      countryCode: current.country_code,
      actorId: current.actor_id,
      rejected: current.rejected,
    };
    const after: ReviewedState = { ...before, rejected: input.action === 'reject' };
    if (input.action === 'change') {
      if (input.actorId && input.actorId !== before.actorId) {
        if (!isUuid(input.actorId)) throw new BadRequestError('No such actor', { actor: ['No such actor'] });
        const actor = await tx.actor.findUnique({ where: { id: input.actorId }, select: { id: true, countryCode: true } });
        if (!actor) throw new BadRequestError('No such actor', { actor: ['No such actor'] });
        after.actorId = actor.id;
        // Moving a statement to another actor moves it to that actor's country unless the analyst says otherwise.
        if (input.countryCode === undefined && actor.countryCode) after.countryCode = actor.countryCode;
      }
      if (input.countryCode !== undefined) after.countryCode = input.countryCode;
      if (input.stance && input.stance !== before.stance) {
        after.stance = input.stance;
        after.score = toScore(input.stance, before.score);
      }
    }
    return tx.review.create({
      data: {
        statementId: input.statementId,
        reviewerId: input.reviewerId,
        stance: after.stance,
        score: after.score,
        countryCode: after.countryCode,
        actorId: after.actorId,
        confirmed: input.action === 'confirm',
        rejected: after.rejected,
        note: input.note?.trim() || null,
        before,
        after,
      },
    });
  });
}

export type ReviewEntry = {
  id: string;
  statementId: string;
  createdAt: Date;
  reviewer: string;
  action: ReviewAction;
  note: string | null;
  before: ReviewedState | null;
  after: ReviewedState | null;
  /** Names of the actors in before/after, for display. */
  actorNames: Record<string, string>;
};

function toAction(review: { confirmed: boolean; rejected: boolean; before: unknown }): ReviewAction {
  if (review.confirmed) return 'confirm';
  if (review.rejected) return 'reject';
  return (review.before as ReviewedState | null)?.rejected ? 'restore' : 'change';
}

/** Every review of the given statements, newest first, grouped by statement. */
export async function listReviewHistory(db: Db, statementIds: string[]): Promise<Map<string, ReviewEntry[]>> {
  const history = new Map<string, ReviewEntry[]>();
  if (!statementIds.length) return history;
  const reviews = await db.review.findMany({
    where: { statementId: { in: statementIds } },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    include: { reviewer: { select: { email: true } } },
  });
  const actorIds = new Set<string>();
  for (const review of reviews) {
    for (const state of [review.before, review.after] as (ReviewedState | null)[]) if (state?.actorId) actorIds.add(state.actorId);
  }
  const actors = await db.actor.findMany({ where: { id: { in: [...actorIds] } }, select: { id: true, name: true } });
  const actorNames = Object.fromEntries(actors.map((actor) => [actor.id, actor.name]));
  for (const review of reviews) {
    const list = history.get(review.statementId) ?? [];
    list.push({
      id: review.id,
      statementId: review.statementId,
      createdAt: review.createdAt,
      reviewer: review.reviewer?.email ?? 'api-token',
      action: toAction(review),
      note: review.note,
      before: review.before as ReviewedState | null,
      after: review.after as ReviewedState | null,
      actorNames,
    });
    history.set(review.statementId, list);
  }
  return history;
}

/** A document's statements that an analyst rejected (hidden everywhere else), so they can be restored. */
export async function listRejectedStatements(db: Db, documentId: string): Promise<StanceRow[]> {
  if (!isUuid(documentId)) return [];
  const where = toWhere({ documentId });
  const rejected = where === Prisma.empty ? Prisma.sql`WHERE e.rejected` : Prisma.sql`${where} AND e.rejected`;
  return db.$queryRaw<StanceRow[]>(
    selectRows(rejected, Prisma.sql`ORDER BY e.evidence_start, e.id`, 'date', EFFECTIVE_STATEMENTS_WITH_REJECTED),
  );
}
