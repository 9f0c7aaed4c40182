// `npm run relabel`: re-labels stored documents whose labels come from an older labeler version.
// Statements that analysts reviewed are kept; their reviews keep winning over the new machine label.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { bootstrapDatabase } from '../lib/db/bootstrap';
import { listDocumentsToRelabel, replaceStatements } from '../lib/db/documents';
import { resolveDatabase } from '../lib/db/embedded';
import { listActiveTopics } from '../lib/db/topics';
import { LABELER_VERSION, labelDocument } from '../lib/stance/label';

const { values } = parseArgs({ options: { batch: { type: 'string' } } });
const flags = z.object({ batch: z.coerce.number().int().positive().default(200) }).parse(values);

function toLabelDate(date: Date | null, precision: string): string | null {
  if (!date) return null;
  const iso = date.toISOString();
  return precision === 'year' ? iso.slice(0, 4) : precision === 'month' ? iso.slice(0, 7) : iso.slice(0, 10);
}

const database = await resolveDatabase();
const { db } = await bootstrapDatabase(database.url);
try {
  const topics = await listActiveTopics(db);
  const topicIds = new Map(topics.map((topic) => [topic.definition.slug, topic.id]));
  let documents = 0;
  let statements = 0;
  const failed: { documentId: string; message: string }[] = [];
  const startedAt = Date.now();
  for (;;) {
    const batch = await listDocumentsToRelabel(db, LABELER_VERSION, flags.batch, failed.map((failure) => failure.documentId));
    if (batch.length === 0) break;
    for (const document of batch) {
      try {
        const labels = topics.flatMap((topic) => labelDocument({
          title: document.title,
          text: document.text,
          published: toLabelDate(document.publishedAt, document.datePrecision),
          datePrecision: document.datePrecision === 'unknown' ? null : document.datePrecision,
        }, topic.definition));
        statements += await replaceStatements(db, document.id, labels, topicIds, LABELER_VERSION);
        documents += 1;
      } catch (error) {
        failed.push({ documentId: document.id, message: error instanceof Error ? error.message : String(error) });
      }
    }
  }
  console.log(JSON.stringify({ labelerVersion: LABELER_VERSION, documents, statements, failed, seconds: (Date.now() - startedAt) / 1000 }));
} finally {
  await db.$disconnect();
  await database.stop();
}
