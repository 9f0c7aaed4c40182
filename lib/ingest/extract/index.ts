// Bytes of any supported format → one or more clean articles. (Placeholder: extraction replaces this.)
import type { ExtractionResult, RawInput } from '../types';

export const EXTRACTOR_VERSION = '0.0.1';

export async function extractDocuments(raw: RawInput): Promise<ExtractionResult> {
  const text = new TextDecoder('utf-8').decode(raw.bytes).replace(/\r\n?/g, '\n').trim();
  if (!text) return { ok: false, error: 'the file has no text' };
  const title = text.split('\n').find((line) => line.trim())?.trim().slice(0, 300) ?? 'Untitled';
  return {
    ok: true,
    documents: [{
      title, text, url: raw.url ?? null, canonicalUrl: raw.url ?? null, siteName: null, author: null,
      language: null, published: null, datePrecision: null, dateSource: null, mediaType: 'text/plain', partIndex: 0,
    }],
  };
}
