// Actors: the gazetteer (curated) and people discovered in text, keyed by a stable `key`; one actor with its
// per-period positions; analysts' corrections of an actor's country or type (kept over the gazetteer).
import type { Db } from './client';
import { Prisma } from './generated/client';
import { NotFoundError } from '../errors';
import type { PositionsQuery } from '../domain/filters';
import type { ActorRef } from '../domain/stance';
import type { ActorType } from '../domain/values';
import { PERIOD_LABEL, POSITION_WEIGHT, PRECISIONS_FOR, toStableScore } from './positions';
import { EFFECTIVE_STATEMENTS, isUuid, toTopicCondition } from './statements';

/** Inserts curated gazetteer actors that are missing and refreshes changed ones. */
export async function syncGazetteerActors(db: Db, actors: ActorRef[]): Promise<{ inserted: number }> {
  const existing = new Map(
    (
      await db.actor.findMany({
        where: { curated: true },
        select: { key: true, name: true, countryCode: true, type: true, aliases: true, editedAt: true },
      })
    ).map((actor) => [actor.key, actor]),
  );
  const missing = actors.filter((actor) => !existing.has(actor.key));
  const result = await db.actor.createMany({
    data: missing.map((actor) => ({
      key: actor.key,
      name: actor.name,
      type: actor.type,
      countryCode: actor.country,
      aliases: actor.aliases,
      curated: true,
    })),
    skipDuplicates: true,
  });
  for (const actor of actors) {
    const stored = existing.get(actor.key);
    // An analyst's correction of country or type outlives gazetteer updates; the name and aliases still follow it.
    const edited = stored?.editedAt != null;
    if (edited && stored && (stored.name !== actor.name || stored.aliases.join('\u0000') !== actor.aliases.join('\u0000'))) {
      await db.actor.update({ where: { key: actor.key }, data: { name: actor.name, aliases: actor.aliases } });
      continue;
    }
    if (
      stored &&
      !edited &&
      (stored.name !== actor.name ||
        stored.countryCode !== actor.country ||
        stored.type !== actor.type ||
        stored.aliases.join('\u0000') !== actor.aliases.join('\u0000'))
    ) {
      await db.actor.update({
        where: { key: actor.key },
        data: { name: actor.name, type: actor.type, countryCode: actor.country, aliases: actor.aliases },
      });
    }
  }
  return { inserted: result.count };
}

/** Actor ids this process has already seen, per client: actors are never re-keyed, so ids stay valid. */
const knownActorIds = new WeakMap<object, Map<string, string>>();

/** Ids for the given actors, creating the ones not stored yet (idempotent under concurrency). */
export async function upsertActorIds(db: Pick<Db, 'actor'>, actors: ActorRef[]): Promise<Map<string, string>> {
  let known = knownActorIds.get(db);
  if (!known) knownActorIds.set(db, (known = new Map()));
  const ids = new Map<string, string>();
  const missing = new Map<string, ActorRef>();
  for (const actor of actors) {
    const id = known.get(actor.key);
    if (id) ids.set(actor.key, id);
    else missing.set(actor.key, actor);
  }
  if (missing.size === 0) return ids;
  await db.actor.createMany({
    data: [...missing.values()].map((actor) => ({
      key: actor.key,
      name: actor.name,
      type: actor.type,
      countryCode: actor.country,
      aliases: actor.aliases,
    })),
    skipDuplicates: true,
  });
  const rows = await db.actor.findMany({ where: { key: { in: [...missing.keys()] } }, select: { id: true, key: true } });
  for (const row of rows) {
    known.set(row.key, row.id);
    ids.set(row.key, row.id);
  }
  return ids;
}

export type ActorDetail = {
  id: string;
  key: string;
  name: string;
  type: ActorType;
  countryCode: string | null;
  aliases: string[];
  curated: boolean;
  editedAt: Date | null;
};

/** One actor; NotFoundError when absent. */
export async function getActor(db: Db, actorId: string): Promise<ActorDetail> {
  if (!isUuid(actorId)) throw new NotFoundError('No such actor');
  const actor = await db.actor.findUnique({
    where: { id: actorId },
    select: { id: true, key: true, name: true, type: true, countryCode: true, aliases: true, curated: true, editedAt: true },
  });
  if (!actor) throw new NotFoundError('No such actor');
  return actor;
}

/** An actor by its exact name (case-insensitive), curated ones first; null when none. */
export async function findActorByName(db: Db, name: string): Promise<{ id: string; name: string; countryCode: string | null } | null> {
  return db.actor.findFirst({
    where: { name: { equals: name.trim(), mode: 'insensitive' } },
    orderBy: [{ curated: 'desc' }, { createdAt: 'asc' }],
    select: { id: true, name: true, countryCode: true },
  });
}

export type ActorChange = { countryCode: string | null; type: ActorType };

/**
 * Sets an actor's country and type as an analyst corrected them, and records the change (who, before, after).
 * Its statements follow the new country (EFFECTIVE_STATEMENTS reads an edited actor's country); a review of a
 * single statement still wins over it.
 */
export async function updateActorDetails(
  db: Db,
  actorId: string,
  change: ActorChange,
  editor: { userId: string | null; note?: string | null },
) {
  return db.$transaction(async (tx) => {
    const actor = await tx.actor.findUnique({ where: { id: actorId }, select: { countryCode: true, type: true } });
    if (!actor) throw new NotFoundError('No such actor');
    const before = { countryCode: actor.countryCode, type: actor.type };
    const after = { countryCode: change.countryCode, type: change.type };
    await tx.actor.update({ where: { id: actorId }, data: { ...after, editedAt: new Date() } });
    return tx.actorEdit.create({ data: { actorId, editorId: editor.userId, before, after, note: editor.note ?? null } });
  });
}

export type ActorEditEntry = { id: string; createdAt: Date; editor: string; before: ActorChange; after: ActorChange; note: string | null };

/** An actor's corrections, newest first. */
export async function listActorEdits(db: Db, actorId: string): Promise<ActorEditEntry[]> {
  const edits = await db.actorEdit.findMany({
    where: { actorId },
    orderBy: { createdAt: 'desc' },
    include: { editor: { select: { email: true } } },
  });
  return edits.map((edit) => ({
    id: edit.id,
    createdAt: edit.createdAt,
    editor: edit.editor?.email ?? 'api-token',
    before: edit.before as ActorChange,
    after: edit.after as ActorChange,
    note: edit.note,
  }));
}

/** One actor's weighted score and statement count per period on the topic (pivot with toPositionSeries). */
export async function listActorPositionRows(
  db: Db,
  actorId: string,
  query: Pick<PositionsQuery, 'topic' | 'granularity'>,
): Promise<{ country: string; period: string; score: number; statements: number }[]> {
  const rows = await db.$queryRaw<{ period: string; score: number; statements: bigint }[]>(Prisma.sql`
    SELECT ${PERIOD_LABEL[query.granularity]} AS period,
           (sum(e.score * ${POSITION_WEIGHT}) / sum(${POSITION_WEIGHT}))::float8 AS score, count(*) AS statements
    FROM (${EFFECTIVE_STATEMENTS}) e
    WHERE ${toTopicCondition(query.topic)} AND e.actor_id = ${actorId}::uuid AND e.date IS NOT NULL
      AND e.date_precision IN (${Prisma.join(PRECISIONS_FOR[query.granularity])})
    GROUP BY 1 ORDER BY 1`);
  return rows.map((row) => ({ country: actorId, period: row.period, score: toStableScore(row.score), statements: Number(row.statements) }));
}
