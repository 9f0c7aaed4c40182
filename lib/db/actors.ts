// Actors: the gazetteer (curated) and people discovered in text, keyed by a stable `key`.
import type { Db } from './client';
import type { ActorRef } from '../stance/types';

/** Inserts curated gazetteer actors that are missing and refreshes changed ones. */
export async function syncGazetteerActors(db: Db, actors: ActorRef[]): Promise<{ inserted: number }> {
  const existing = new Map(
    (await db.actor.findMany({ where: { curated: true }, select: { key: true, name: true, countryCode: true, type: true, aliases: true } }))
      .map((actor) => [actor.key, actor]),
  );
  const missing = actors.filter((actor) => !existing.has(actor.key));
  const result = await db.actor.createMany({
    data: missing.map((actor) => ({ key: actor.key, name: actor.name, type: actor.type, countryCode: actor.country, aliases: actor.aliases, curated: true })),
    skipDuplicates: true,
  });
  for (const actor of actors) {
    const stored = existing.get(actor.key);
    if (stored && (stored.name !== actor.name || stored.countryCode !== actor.country || stored.type !== actor.type
      || stored.aliases.join('\u0000') !== actor.aliases.join('\u0000'))) {
      await db.actor.update({ where: { key: actor.key }, data: { name: actor.name, type: actor.type, countryCode: actor.country, aliases: actor.aliases } });
    }
  }
  return { inserted: result.count };
}

/** Ids for the given actors, creating the ones not stored yet (idempotent under concurrency). */
export async function upsertActorIds(db: Pick<Db, 'actor'>, actors: ActorRef[]): Promise<Map<string, string>> {
  const unique = [...new Map(actors.map((actor) => [actor.key, actor])).values()];
  if (unique.length === 0) return new Map();
  await db.actor.createMany({
    data: unique.map((actor) => ({ key: actor.key, name: actor.name, type: actor.type, countryCode: actor.country, aliases: actor.aliases })),
    skipDuplicates: true,
  });
  const rows = await db.actor.findMany({ where: { key: { in: unique.map((actor) => actor.key) } }, select: { id: true, key: true } });
  return new Map(rows.map((row) => [row.key, row.id]));
}
