// Raw bytes → prepared documents: extract (and split glued articles) → dedupe keys → stance labels.
// No I/O here; the caller fetches before and stores after.
import { extractDocuments } from './extract';
import { canonicalizeUrl, dedupeKeys } from './dedupe';
import { labelDocument } from './stance/label';
import type { TopicDefinition } from '../topics/topic';
import type { PreparedDocument, RawInput } from '../domain/documents';
import type { LabelInput, LabeledStatement } from '../domain/stance';

export type PrepareResult = { ok: true; documents: PreparedDocument[] } | { ok: false; error: string };

/** Canonical http(s) URL without tracking parameters; null for anything else. */
function toCanonicalUrl(url: string | null): string | null {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  try {
    return canonicalizeUrl(url);
  } catch {
    return null;
  }
}

/** An article's stance statements on every topic: what ingestion stores and what relabelling recomputes. */
export function labelArticle(article: LabelInput, topics: readonly TopicDefinition[]): LabeledStatement[] {
  return topics.flatMap((topic) => labelDocument(article, topic));
}

export async function prepareDocuments(raw: RawInput, topics: TopicDefinition[]): Promise<PrepareResult> {
  const extraction = await extractDocuments(raw);
  if (!extraction.ok) return extraction;
  const documents = extraction.documents
    .filter((doc) => doc.text.trim().length > 0)
    .map((extracted, _index, all): PreparedDocument => {
      const keys = dedupeKeys(extracted.text);
      return {
        extracted: { ...extracted, canonicalUrl: all.length > 1 ? null : toCanonicalUrl(extracted.canonicalUrl ?? raw.url ?? null) },
        contentHash: keys.contentHash,
        simhash: keys.simhash.toString(),
        statements: labelArticle(extracted, topics),
      };
    });
  if (documents.length === 0) return { ok: false, error: 'no text could be extracted' };
  return { ok: true, documents };
}
