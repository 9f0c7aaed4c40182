// Brings a database to a usable state: migrations, default topics, the gazetteer, the seeds folder source.
import { applyMigrations, type MigrationResult } from './migrate';
import { createDb, type Db } from './client';
import { syncGazetteerActors } from './actors';
import { upsertSource } from './sources';
import { ensureTopics } from './topics';
import { DEFAULT_TOPICS } from '../topics/topic';
import { listGazetteerActors } from '../pipeline/nlp/gazetteer';
import { getEnv } from '../runtime/env';

export const SEEDS_SOURCE_LOCATION = 'seeds';

export type BootstrapResult = { db: Db; migrations: MigrationResult; seedsSourceId: string };

export async function bootstrapDatabase(url: string): Promise<BootstrapResult> {
  const migrations = await applyMigrations(url);
  const db = createDb(url);
  await ensureTopics(db, DEFAULT_TOPICS);
  await syncGazetteerActors(db, listGazetteerActors());
  const seeds = await upsertSource(db, { kind: 'folder', name: 'Demo seeds', location: getEnv().SEEDS_DIR ?? SEEDS_SOURCE_LOCATION });
  return { db, migrations, seedsSourceId: seeds.id };
}
