// PDF bytes → text layer, title and creation date; a PDF without a text layer is an error, not an empty document.
import { PDFParse } from 'pdf-parse';
import type { FoundDate } from '../../nlp/dates';

export type PdfContent = { text: string; title: string | null; author: string | null; created: FoundDate | null; pages: number };

function toDay(date: Date | null | undefined): FoundDate | null {
  if (!date || Number.isNaN(date.getTime())) return null;
  const value = date.toISOString().slice(0, 10);
  return value >= '1990' ? { value, precision: 'day' } : null;
}

/** Joins pdf.js lines into paragraphs: a line ending a sentence or followed by an indent/blank ends a paragraph. */
function toParagraphs(raw: string): string {
  const pages = raw.replace(/\r\n?/g, '\n').split(/\n*-- \d+ of \d+ --\n*/);
  const paragraphs: string[] = [];
  for (const page of pages) {
    for (const chunk of page.split(/\n\s*\n/)) {
      const text = chunk.replace(/-\n(?=\p{Ll})/gu, '').replace(/\s*\n\s*/g, ' ').replace(/[ \t]+/g, ' ').trim();
      if (text) paragraphs.push(text);
    }
  }
  return paragraphs.join('\n\n');
}

export async function extractPdf(bytes: Uint8Array): Promise<PdfContent> {
  // pdf.js takes ownership of the buffer it gets, so hand it a copy.
  const parser = new PDFParse({ data: new Uint8Array(bytes), verbosity: 0 });
  try {
    const info = await parser.getInfo().catch(() => null);
    const result = await parser.getText({ pageJoiner: '\n\n-- page_number of total_number --\n\n' });
    const text = toParagraphs(result.text);
    const meta = (info?.info ?? {}) as Record<string, unknown>;
    const dates = info?.getDateNode();
    return {
      text,
      title: typeof meta.Title === 'string' && meta.Title.trim() ? meta.Title.trim() : null,
      author: typeof meta.Author === 'string' && meta.Author.trim() ? meta.Author.trim() : null,
      created: toDay(dates?.XmpCreateDate ?? dates?.CreationDate ?? null),
      pages: result.total,
    };
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}
