// Topics: the tracked policies, stored as data and read by the labeler.
import type { Db } from './client';
import type { Prisma } from './generated/client';
import { parseTopicDefinition, type TopicDefinition } from '../topics/topic';

export type StoredTopic = { id: string; definition: TopicDefinition };

/**
 * Creates the built-in topics and keeps their definitions current with the shipped data (rules improve
 * between versions). Topics added by analysts are not touched.
 */
export async function ensureTopics(db: Db, topics: TopicDefinition[]): Promise<void> {
  for (const topic of topics) {
    const definition = topic as Prisma.InputJsonValue;
    await db.topic.upsert({
      where: { slug: topic.slug },
      create: { slug: topic.slug, name: topic.name, description: topic.description, definition },
      update: { name: topic.name, description: topic.description, definition },
    });
  }
}

export async function listActiveTopics(db: Db): Promise<StoredTopic[]> {
  const rows = await db.topic.findMany({ where: { active: true }, orderBy: { createdAt: 'asc' } });
  return rows.map((row) => ({ id: row.id, definition: parseTopicDefinition(row.definition) }));
}

export type TopicSummary = { id: string; slug: string; name: string; definition: TopicDefinition };

/** A topic by slug (active or not), or null. */
export async function findTopic(db: Db, slug: string): Promise<TopicSummary | null> {
  const row = await db.topic.findUnique({ where: { slug } });
  return row ? { id: row.id, slug: row.slug, name: row.name, definition: parseTopicDefinition(row.definition) } : null;
}

/** Every topic's slug and name, for the topic switcher. */
export async function listTopicChoices(db: Db): Promise<{ slug: string; name: string }[]> {
  return db.topic.findMany({ where: { active: true }, orderBy: { createdAt: 'asc' }, select: { slug: true, name: true } });
}
