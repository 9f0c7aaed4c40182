// Actors: the gazetteer (curated) and people discovered in text, keyed by a stable `key`.
import type { Db } from './client';
import type { ActorRef } from '../domain/stance';

/** Inserts curated gazetteer actors that are missing and refreshes changed ones. */
export async function syncGazetteerActors(db: Db, actors: ActorRef[]): Promise<{ inserted: number }> {
  const existing = new Map(
    (
      await db.actor.findMany({ where: { curated: true }, select: { key: true, name: true, countryCode: true, type: true, aliases: true } })
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
    if (
      stored &&
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
