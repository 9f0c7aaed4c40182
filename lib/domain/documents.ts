// Records passed between ingestion stages: fetch → extract → (split) → dedupe → label → store.
import type { LabeledStatement } from './stance';
import type { DatePrecision, SourceKind } from './values';

export type { DatePrecision, SourceKind };

/** Bytes as they arrived, with whatever the transport told us. */
export type RawInput = {
  bytes: Uint8Array;
  /** File name or path, when the input is a file (used as a hint only: content is sniffed). */
  fileName?: string;
  /** Final URL after redirects, when fetched. */
  url?: string;
  /** HTTP Content-Type header, when fetched. */
  contentType?: string;
  /** What a feed said about the item (its dates win over the page's). */
  feedItem?: { title?: string; published?: string; author?: string };
};

/** One article: clean main text and metadata. A glued file yields several. */
export type ExtractedDocument = {
  title: string;
  /** Main text, plain, paragraphs separated by a blank line. */
  text: string;
  url: string | null;
  canonicalUrl: string | null;
  siteName: string | null;
  author: string | null;
  /** ISO 639-1 when detected. */
  language: string | null;
  /** YYYY-MM-DD, YYYY-MM or YYYY; null when unknown (never "now"). */
  published: string | null;
  datePrecision: DatePrecision | null;
  /** Where the date came from: feed, json-ld, meta, time-element, url, byline, text. */
  dateSource: string | null;
  /** text/html, application/pdf, application/vnd.openxmlformats-officedocument.wordprocessingml.document, text/plain. */
  mediaType: string;
  /** Index of this article in a glued file (0 otherwise). */
  partIndex: number;
  /** What extraction had to give up on (e.g. a truncated huge page). */
  warnings?: string[];
};

export type ExtractionResult = { ok: true; documents: ExtractedDocument[] } | { ok: false; error: string };

/** A document ready to store: its dedupe keys and its labels. */
export type PreparedDocument = {
  extracted: ExtractedDocument;
  contentHash: string;
  /** Decimal string of a signed 64-bit SimHash (fits PostgreSQL bigint). */
  simhash: string;
  statements: LabeledStatement[];
};
