// Topics: the tracked policies, stored as data and read by the labeler.
import type { Db } from './client';
import type { Prisma } from './generated/client';
import { parseTopicDefinition, type TopicDefinition } from '../stance/topic';

export type StoredTopic = { id: string; definition: TopicDefinition };

/** Creates missing topics; existing ones keep analysts' edits. */
export async function ensureTopics(db: Db, topics: TopicDefinition[]): Promise<void> {
  await db.topic.createMany({
    data: topics.map((topic) => ({ slug: topic.slug, name: topic.name, description: topic.description, definition: topic as Prisma.InputJsonValue })),
    skipDuplicates: true,
  });
}

export async function listActiveTopics(db: Db): Promise<StoredTopic[]> {
  const rows = await db.topic.findMany({ where: { active: true }, orderBy: { createdAt: 'asc' } });
  return rows.map((row) => ({ id: row.id, definition: parseTopicDefinition(row.definition) }));
}
