// PDF bytes → text layer (paragraphs from line gaps), title and creation date; a PDF without a text layer is an
// error upstream, not an empty document.
import type { TextItem as PdfTextItem } from 'pdfjs-dist/types/src/display/api';
import type { FoundDate } from '../nlp/dates';

export type PdfContent = { text: string; title: string | null; author: string | null; created: FoundDate | null; pages: number };

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjsLoading: Promise<Pdfjs> | null = null;

/**
 * pdfjs, loaded on the first PDF. Its legacy build (the one that runs on Node 20) installs core-js polyfills that
 * replace Array.prototype.push and JSON.parse, process-wide, with versions several times slower (measured: the
 * labeler's sentence splitting and the database client slow down). Node's own are correct for everything pdfjs
 * does with them, so they are put back.
 */
export function loadPdfjs(): Promise<Pdfjs> {
  pdfjsLoading ??= (async () => {
    const nativePush = Array.prototype.push;
    const nativeJsonParse = JSON.parse;
    try {
      const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
      // Without a worker thread pdfjs imports its worker module on the first document (with its own polyfills):
      // load it now, inside this guard, and hand it over the way pdfjs looks for it.
      (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
      return pdfjs;
    } finally {
      Array.prototype.push = nativePush;
      JSON.parse = nativeJsonParse;
    }
  })();
  return pdfjsLoading;
}

/** Pages beyond this are not read (a book is not one article). */
const MAX_PAGES = 400;

type Line = { text: string; y: number; height: number };
type TextItem = Pick<PdfTextItem, 'str' | 'transform' | 'height' | 'hasEOL'>;

/** "D:20200607100000Z" or an ISO string → day. */
export function parsePdfDate(value: unknown): FoundDate | null {
  if (typeof value !== 'string') return null;
  const match = /^(?:D:)?((?:19|20)\d{2})-?(\d{2})-?(\d{2})/.exec(value.trim());
  if (!match) return null;
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(+year!, +month! - 1, +day!));
  if (Number.isNaN(date.getTime()) || date.getUTCDate() !== +day! || year! < '1990') return null;
  return { value: `${year}-${month}-${day}`, precision: 'day' };
}

function toLines(items: TextItem[]): Line[] {
  const lines: Line[] = [];
  let current: Line | null = null;
  for (const item of items) {
    const y = item.transform[5] ?? 0;
    if (current && Math.abs(current.y - y) > Math.max(2, current.height * 0.5) && current.text.trim()) {
      lines.push(current);
      current = null;
    }
    if (!current) current = { text: '', y, height: 0 };
    current.text += item.str;
    if (item.str.trim()) current.height = Math.max(current.height, item.height);
    if (item.hasEOL && current.text.trim()) {
      lines.push(current);
      current = null;
    }
  }
  if (current?.text.trim()) lines.push(current);
  return lines.map((line) => ({ ...line, text: line.text.replace(/\s+/g, ' ').trim() })).filter((line) => line.text);
}

/**
 * Groups a page's lines into paragraphs: a vertical gap clearly wider than the usual line spacing, or a change of
 * font size (a heading), starts a new paragraph.
 */
function toParagraphs(lines: Line[]): string[] {
  const gaps = lines
    .slice(1)
    .map((line, i) => lines[i]!.y - line.y)
    .filter((gap) => gap > 0)
    .sort((a, b) => a - b);
  const usual = gaps[Math.floor(gaps.length / 2)] ?? 0;
  const paragraphs: string[] = [];
  let buffer = '';
  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    const gap = previous ? previous.y - line.y : 0;
    const sizeChange = previous && previous.height > 0 && line.height > 0 && Math.abs(previous.height - line.height) / line.height > 0.15;
    const breaks = !previous || gap < 0 || (usual > 0 && gap > usual * 1.4) || sizeChange;
    if (breaks && buffer) {
      paragraphs.push(buffer);
      buffer = '';
    }
    // Words hyphenated across lines are joined again.
    buffer = !buffer
      ? line.text
      : /\p{Ll}-$/u.test(buffer) && /^\p{Ll}/u.test(line.text)
        ? buffer.slice(0, -1) + line.text
        : `${buffer} ${line.text}`;
  });
  if (buffer) paragraphs.push(buffer);
  return paragraphs;
}

export async function extractPdf(bytes: Uint8Array): Promise<PdfContent> {
  // pdf.js takes ownership of the buffer it gets, so hand it a copy.
  const pdfjs = await loadPdfjs();
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false, useSystemFonts: false });
  const doc = await task.promise;
  try {
    const metadata = await doc.getMetadata().catch(() => null);
    const info = (metadata?.info ?? {}) as Record<string, unknown>;
    const paragraphs: string[] = [];
    for (let number = 1; number <= Math.min(doc.numPages, MAX_PAGES); number++) {
      const page = await doc.getPage(number);
      const content = await page.getTextContent();
      const items: TextItem[] = content.items.filter((item) => 'str' in item);
      paragraphs.push(...toParagraphs(toLines(items)));
      page.cleanup();
    }
    const xmpCreated = metadata?.metadata?.get('xmp:createdate') ?? null;
    return {
      text: paragraphs.join('\n\n'),
      title: typeof info.Title === 'string' && info.Title.trim() ? info.Title.trim() : null,
      author: typeof info.Author === 'string' && info.Author.trim() ? info.Author.trim() : null,
      created: parsePdfDate(xmpCreated) ?? parsePdfDate(info.CreationDate),
      pages: doc.numPages,
    };
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}
