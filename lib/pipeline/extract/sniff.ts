// Bytes (+ optional hints) → the format to extract: pdf, docx, html, text or unsupported binary.
export type SniffedFormat = 'pdf' | 'docx' | 'html' | 'text' | 'zip' | 'binary';

function startsWith(bytes: Uint8Array, signature: number[], at = 0): boolean {
  return signature.every((byte, i) => bytes[at + i] === byte);
}

function indexOfAscii(bytes: Uint8Array, needle: string, limit: number): number {
  const end = Math.min(bytes.length, limit) - needle.length;
  outer: for (let i = 0; i <= end; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle.charCodeAt(j)) continue outer;
    return i;
  }
  return -1;
}

const HTML_START =
  /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|link|script|style|div|p|h[1-6]|table|article|section|header|nav|!--)\b/i;
const HTML_ANYWHERE = /<(?:html|body|head)\b[^>]*>|<\/(?:p|div|html|body)>/i;

/** Sniffs the format from the bytes; the content type and file name only break ties between text and HTML. */
export function detectFormat(bytes: Uint8Array, hints: { contentType?: string; fileName?: string } = {}): SniffedFormat {
  if (indexOfAscii(bytes, '%PDF-', 1024) >= 0) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    return indexOfAscii(bytes, 'word/', bytes.length) >= 0 ? 'docx' : 'zip';
  }
  const head = Buffer.from(bytes.subarray(0, 4096))
    .toString('latin1')
    .replace(/^\uFEFF|^\xEF\xBB\xBF/, '');
  // UTF-16 text has NULs every other byte; other NUL-rich data is binary.
  const isUtf16 = startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);
  const sample = isUtf16
    ? Buffer.from(new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(0, 8192))).toString('latin1')
    : head;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code === 0 || code < 9 || (code > 13 && code < 32 && code !== 27)) control++;
  }
  if (sample.length > 0 && control / sample.length > 0.05) return 'binary';
  if (HTML_START.test(sample)) return 'html';
  const type = hints.contentType?.toLowerCase() ?? '';
  if (type.includes('html') || type.includes('xhtml')) return 'html';
  if (/\.x?html?$/i.test(hints.fileName ?? '') && HTML_ANYWHERE.test(sample)) return 'html';
  if (HTML_ANYWHERE.test(sample) && /<(?:p|div|br)\b/i.test(sample)) return 'html';
  return 'text';
}
