// Bytes of any supported format (HTML, PDF, DOCX, plain text / Markdown) → one or more clean articles with dates.
// The single extraction path used by ingestion and by `npm run extract`; never throws.
import { parseHTML } from 'linkedom';
import type { DatePrecision, ExtractedDocument, ExtractionResult, RawInput } from '../../domain/documents';
import { detectTextDate, findDateLine, parseDateString, type FoundDate } from '../nlp/dates';
import { splitArticles } from './split-articles';
import { decodeBytes } from './decode';
import { extractDocx } from './docx';
import { extractHtmlArticle } from './html';
import { detectLanguage } from './language';
import { htmlDocumentToText } from './main-text';
import { extractPdf } from './pdf';
import { detectFormat } from './sniff';
import { extractPlainText } from './text';

export const EXTRACTOR_VERSION = '1.1.0';

const MEDIA_TYPES = {
  html: 'text/html',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  text: 'text/plain',
} as const;

/** Plain text beyond this is cut (a book-sized file is not one article). */
const MAX_TEXT_CHARS = 2_000_000;

type DatedValue = { published: string | null; datePrecision: DatePrecision | null; dateSource: string | null };

type Draft = {
  title: string;
  text: string;
  mediaType: string;
  canonicalUrl: string | null;
  siteName: string | null;
  author: string | null;
  language: string | null;
  metadataDate: (FoundDate & { source: string }) | null;
  /** Whether text-only evidence may be used (plain text has nothing else; web pages have bylines instead). */
  textDates: 'full' | 'byline';
  splittable: boolean;
  warnings: string[];
};

function noDate(): DatedValue {
  return { published: null, datePrecision: null, dateSource: null };
}

function fromFound(found: FoundDate & { source: string }): DatedValue {
  return { published: found.value, datePrecision: found.precision, dateSource: found.source };
}

/** A glued article without its own dateline gets the page's date; another article's dateline only says the month. */
function inheritDate(fileDate: DatedValue, parts: number): DatedValue {
  if (parts < 2 || fileDate.datePrecision !== 'day' || (fileDate.dateSource !== 'byline' && fileDate.dateSource !== 'text'))
    return fileDate;
  return { published: fileDate.published?.slice(0, 7) ?? null, datePrecision: 'month', dateSource: 'text' };
}

/** Date order: the feed's pubDate, then the page's metadata, then the text itself. */
function chooseDate(raw: RawInput, draft: Draft, text: string): DatedValue {
  const feed = raw.feedItem?.published ? parseDateString(raw.feedItem.published) : null;
  if (feed) return fromFound({ ...feed, source: 'feed' });
  const lang = draft.language;
  // A file's own creation date is weaker than a dateline printed in it, and worthless when it is the conversion day.
  if (draft.mediaType !== MEDIA_TYPES.html && draft.mediaType !== MEDIA_TYPES.text) {
    const line = findDateLine(text, { lang, maxLines: 6, maxLineLength: 120, strict: true });
    if (line) return fromFound({ ...line, source: 'byline' });
    const recent = Date.now() - 3 * 24 * 3600 * 1000;
    if (draft.metadataDate && Date.parse(draft.metadataDate.value) < recent) return fromFound(draft.metadataDate);
  } else if (draft.metadataDate) return fromFound(draft.metadataDate);
  if (draft.textDates === 'byline') {
    const line = findDateLine(text, { lang, maxLines: 4, maxLineLength: 120 });
    return line ? fromFound({ ...line, source: 'byline' }) : noDate();
  }
  const fromText = detectTextDate(text, { lang });
  return fromText ? fromFound(fromText) : noDate();
}

async function toDraft(raw: RawInput): Promise<Draft | { error: string }> {
  const format = detectFormat(raw.bytes, { contentType: raw.contentType, fileName: raw.fileName });
  const base = { canonicalUrl: null, siteName: null, author: null, language: null, metadataDate: null, warnings: [] as string[] };
  switch (format) {
    case 'binary':
      return { error: 'unsupported binary file (not HTML, PDF, DOCX or text)' };
    case 'zip':
      return { error: 'unsupported ZIP archive (only DOCX documents are read)' };
    case 'pdf': {
      const pdf = await extractPdf(raw.bytes);
      if (pdf.text.replace(/\s+/g, '').length < 20) {
        return { error: `PDF has no text layer (${pdf.pages} page(s), probably scanned images): nothing to extract without OCR` };
      }
      const firstLine =
        pdf.text
          .split('\n')
          .find((line) => line.trim())
          ?.trim()
          .slice(0, 300) ?? 'Untitled';
      return {
        ...base,
        title: pdf.title ?? firstLine,
        text: pdf.text,
        mediaType: MEDIA_TYPES.pdf,
        author: pdf.author,
        metadataDate: pdf.created ? { ...pdf.created, source: 'meta' } : null,
        textDates: 'full',
        splittable: false,
      };
    }
    case 'docx': {
      const docx = await extractDocx(raw.bytes);
      const { document } = parseHTML(`<html><body>${docx.html}</body></html>`) as unknown as { document: Document };
      const text = htmlDocumentToText(document);
      if (!text.trim()) return { error: 'the DOCX document has no text' };
      const firstLine =
        text
          .split('\n')
          .find((line) => line.trim())
          ?.trim()
          .slice(0, 300) ?? 'Untitled';
      return {
        ...base,
        title: docx.title ?? firstLine,
        text,
        mediaType: MEDIA_TYPES.docx,
        author: docx.author,
        metadataDate: docx.created ? { ...docx.created, source: 'meta' } : null,
        textDates: 'full',
        splittable: false,
      };
    }
    case 'html': {
      const decoded = decodeBytes(raw.bytes, raw.contentType);
      const feedDated = Boolean(raw.feedItem?.published && parseDateString(raw.feedItem.published));
      const article = extractHtmlArticle(decoded.text, raw.url ?? null, { findDate: !feedDated });
      if (!article.text.trim()) return { error: 'no main text found in the HTML page' };
      return {
        ...base,
        title: article.title || 'Untitled',
        text: article.text,
        mediaType: MEDIA_TYPES.html,
        canonicalUrl: article.canonicalUrl,
        siteName: article.siteName,
        author: article.author,
        language: article.language,
        metadataDate: article.date,
        textDates: 'byline',
        splittable: false,
        warnings: article.warnings,
      };
    }
    case 'text': {
      const decoded = decodeBytes(raw.bytes, raw.contentType);
      let input = decoded.text;
      const warnings: string[] = [];
      if (input.length > MAX_TEXT_CHARS) {
        warnings.push(`text truncated from ${input.length} to ${MAX_TEXT_CHARS} characters`);
        input = input.slice(0, MAX_TEXT_CHARS);
      }
      const isMarkdown = /\.(?:md|markdown)$/i.test(raw.fileName ?? '') || /^#{1,6} \S/m.test(input.slice(0, 2000));
      const plain = extractPlainText(input, isMarkdown);
      if (!plain.text.trim()) return { error: 'the file has no text' };
      return { ...base, title: plain.title, text: plain.text, mediaType: MEDIA_TYPES.text, textDates: 'full', splittable: true, warnings };
    }
  }
}

/** Extracts the article(s) in one input. Errors come back as `{ ok: false, error }`. */
export async function extractDocuments(raw: RawInput): Promise<ExtractionResult> {
  let draft: Draft | { error: string };
  try {
    if (raw.bytes.length === 0) return { ok: false, error: 'the file is empty' };
    draft = await toDraft(raw);
  } catch (error) {
    return { ok: false, error: `extraction failed: ${error instanceof Error ? error.message : String(error)}` };
  }
  if ('error' in draft) return { ok: false, error: draft.error };
  const language = draft.language ?? detectLanguage(draft.text);
  const withLanguage: Draft = { ...draft, language };
  const fileDate = chooseDate(raw, withLanguage, draft.text);
  const parts = draft.splittable ? splitArticles(draft.text, draft.title) : [{ title: draft.title, text: draft.text }];
  const documents: ExtractedDocument[] = parts.map((part, partIndex) => {
    // A glued article keeps its own dateline; background mentions ("in 2018 the company…") are weaker than the page's date.
    const partDate = parts.length > 1 && !raw.feedItem?.published ? chooseDate(raw, withLanguage, part.text) : fileDate;
    const date =
      partDate.published && (partDate.dateSource === 'byline' || !fileDate.published) ? partDate : inheritDate(fileDate, parts.length);
    return {
      title: raw.feedItem?.title?.trim() && parts.length === 1 ? raw.feedItem.title.trim() : part.title,
      text: part.text,
      url: raw.url ?? null,
      canonicalUrl: draft.canonicalUrl ?? raw.url ?? null,
      siteName: draft.siteName,
      author: raw.feedItem?.author ?? draft.author,
      language,
      ...date,
      mediaType: draft.mediaType,
      partIndex,
      ...(draft.warnings.length ? { warnings: draft.warnings } : {}),
    };
  });
  return { ok: true, documents };
}
