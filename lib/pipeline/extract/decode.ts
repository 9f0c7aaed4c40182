// Bytes → string: BOM, then declared charset (HTTP, <meta>, XML), then sniffing; declared labels are checked against the bytes.
import chardet from 'chardet';
import iconv from 'iconv-lite';

export type DecodedText = {
  text: string;
  /** Canonical encoding name actually used. */
  encoding: string;
  /** Where the choice came from: bom, http, meta, sniff, default. */
  encodingSource: 'bom' | 'http' | 'meta' | 'sniff' | 'default';
};

const UTF8_STRICT = new TextDecoder('utf-8', { fatal: true });

// WHATWG maps these labels to windows-1252; pages that say latin1 usually mean it.
const ALIASES: Record<string, string> = {
  'iso-8859-1': 'windows-1252',
  'iso8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  'iso_8859-1': 'windows-1252',
  cp1252: 'windows-1252',
  'x-cp1252': 'windows-1252',
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  'x-sjis': 'shift_jis',
  'iso-8859-9': 'windows-1254',
  gb2312: 'gbk',
  'ks_c_5601-1987': 'euc-kr',
};

export function normalizeCharset(label: string): string | null {
  const name = label
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, '');
  if (!name) return null;
  const canonical = ALIASES[name] ?? name;
  if (canonical === 'utf-8' || canonical === 'utf-16le' || canonical === 'utf-16be') return canonical;
  return iconv.encodingExists(canonical) ? canonical : null;
}

export function detectBom(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** The charset a document declares in its first bytes (<meta charset>, http-equiv, XML declaration). */
export function findDeclaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 8192)).toString('latin1');
  const patterns = [/<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i, /<\?xml[^>]+encoding\s*=\s*["']([\w:.-]+)/i];
  for (const pattern of patterns) {
    const match = pattern.exec(head);
    if (match?.[1]) return match[1];
  }
  return null;
}

export function findHttpCharset(contentType: string | undefined): string | null {
  const match = contentType ? /charset\s*=\s*["']?([\w:.-]+)/i.exec(contentType) : null;
  return match?.[1] ?? null;
}

/** The bytes as UTF-8 text, or null when they are not valid UTF-8. */
function decodeStrictUtf8(bytes: Uint8Array): string | null {
  try {
    return UTF8_STRICT.decode(bytes);
  } catch {
    return null;
  }
}

function hasHighBytes(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return true;
  return false;
}

function decodeWith(bytes: Uint8Array, encoding: string): string {
  if (encoding === 'utf-8') return new TextDecoder('utf-8').decode(bytes);
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
}

function sniffEncoding(bytes: Uint8Array): string {
  // chardet's statistics are unreliable on short samples; a big slice is plenty and keeps it fast.
  const sample = bytes.subarray(0, 64 * 1024);
  const candidates = chardet.analyse(sample);
  for (const candidate of candidates) {
    const name = normalizeCharset(candidate.name);
    if (name && name !== 'utf-8') return name;
  }
  return 'windows-1252';
}

/** Decodes bytes the way a careful crawler does; declared single-byte charsets lose to valid multi-byte UTF-8. */
export function decodeBytes(bytes: Uint8Array, contentType?: string): DecodedText {
  const bom = detectBom(bytes);
  if (bom) return { text: decodeWith(bytes.subarray(bom.length), bom.encoding), encoding: bom.encoding, encodingSource: 'bom' };

  const http = normalizeCharset(findHttpCharset(contentType) ?? '');
  const declaredLabel = findDeclaredCharset(bytes);
  const meta = declaredLabel ? normalizeCharset(declaredLabel) : null;
  const declared = http ?? meta;
  const source = http ? 'http' : 'meta';
  const high = hasHighBytes(bytes);

  if (!high) return { text: decodeWith(bytes, 'utf-8'), encoding: declared ?? 'utf-8', encodingSource: declared ? source : 'default' };
  const utf8 = decodeStrictUtf8(bytes);
  // A page that claims UTF-16 but has no BOM is almost always ASCII-compatible HTML mislabelled.
  if (declared && !declared.startsWith('utf-16')) {
    if (declared === 'utf-8') {
      if (utf8 !== null) return { text: utf8, encoding: 'utf-8', encodingSource: source };
      // Mostly-valid UTF-8 with a few stray bytes is still UTF-8; a legacy page mislabelled is not.
      const asUtf8 = decodeWith(bytes, 'utf-8');
      const bad = (asUtf8.match(/\uFFFD/g) ?? []).length;
      if (bad < 8 || bad / asUtf8.length < 0.0005) return { text: asUtf8, encoding: 'utf-8', encodingSource: source };
      const sniffed = sniffEncoding(bytes);
      return { text: decodeWith(bytes, sniffed), encoding: sniffed, encodingSource: 'sniff' };
    }
    if (utf8 !== null) return { text: utf8, encoding: 'utf-8', encodingSource: 'sniff' };
    return { text: decodeWith(bytes, declared), encoding: declared, encodingSource: source };
  }
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', encodingSource: 'sniff' };
  const sniffed = sniffEncoding(bytes);
  return { text: decodeWith(bytes, sniffed), encoding: sniffed, encodingSource: 'sniff' };
}
