// Re-labels stored documents whose labels come from an older labeler version (after an upgrade).
// Statements that analysts reviewed are kept; their reviews keep winning over the new machine label.
import type { Db } from '../db/client';
import { listDocumentsToRelabel } from '../db/documents';
import { replaceStatements } from '../db/document-store';
import { listActiveTopics } from '../db/topics';
import { labelArticle } from '../pipeline/prepare';
import { LABELER_VERSION } from '../pipeline/stance/label';

export type RelabelSummary = {
  labelerVersion: string;
  documents: number;
  statements: number;
  failed: { documentId: string; message: string }[];
  seconds: number;
};

function toLabelDate(date: Date | null, precision: string): string | null {
  if (!date) return null;
  const iso = date.toISOString();
  return precision === 'year' ? iso.slice(0, 4) : precision === 'month' ? iso.slice(0, 7) : iso.slice(0, 10);
}

export async function relabelOutdatedDocuments(db: Db, batchSize = 200): Promise<RelabelSummary> {
  const startedAt = Date.now();
  const topics = await listActiveTopics(db);
  const topicIds = new Map(topics.map((topic) => [topic.definition.slug, topic.id]));
  let documents = 0;
  let statements = 0;
  const failed: RelabelSummary['failed'] = [];
  for (;;) {
    const batch = await listDocumentsToRelabel(
      db,
      LABELER_VERSION,
      batchSize,
      failed.map((failure) => failure.documentId),
    );
    if (batch.length === 0) break;
    for (const document of batch) {
      try {
        const labels = labelArticle(
          {
            title: document.title,
            text: document.text,
            published: toLabelDate(document.publishedAt, document.datePrecision),
            datePrecision: document.datePrecision === 'unknown' ? null : document.datePrecision,
          },
          topics.map((topic) => topic.definition),
        );
        statements += await replaceStatements(db, document.id, labels, topicIds, LABELER_VERSION);
        documents += 1;
      } catch (error) {
        failed.push({ documentId: document.id, message: error instanceof Error ? error.message : String(error) });
      }
    }
  }
  return { labelerVersion: LABELER_VERSION, documents, statements, failed, seconds: (Date.now() - startedAt) / 1000 };
}
