// DOCX bytes → HTML via mammoth (keeps headings, lists, paragraphs) and the core properties' title and dates.
import mammoth from 'mammoth';
import { inflateRawSync } from 'node:zlib';
import type { FoundDate } from '../nlp/dates';
import { parseDateString } from '../nlp/dates';

export type DocxContent = { html: string; title: string | null; author: string | null; created: FoundDate | null };

/** Reads one file from a ZIP archive by name (central directory lookup; stored or deflated). */
function readZipEntry(zip: Buffer, name: string): string | null {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) return null;
  const count = zip.readUInt16LE(eocd + 10);
  let offset = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < count && offset + 46 <= zip.length; i++) {
    const method = zip.readUInt16LE(offset + 10);
    const size = zip.readUInt32LE(offset + 20);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extra = zip.readUInt16LE(offset + 30);
    const comment = zip.readUInt16LE(offset + 32);
    const local = zip.readUInt32LE(offset + 42);
    const entryName = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
    if (entryName === name) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    }
    offset += 46 + nameLength + extra + comment;
  }
  return null;
}

function xmlValue(xml: string, tag: string): string | null {
  const match = new RegExp(`<${tag}[^>]*>([^<]*)</${tag}>`).exec(xml);
  return match?.[1]?.trim() || null;
}

export async function extractDocx(bytes: Uint8Array): Promise<DocxContent> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { value } = await mammoth.convertToHtml({ buffer });
  let core: string | null = null;
  try {
    core = readZipEntry(buffer, 'docProps/core.xml');
  } catch {
    core = null;
  }
  const created = core ? xmlValue(core, 'dcterms:created') : null;
  return {
    html: value,
    title: core ? xmlValue(core, 'dc:title') : null,
    author: core ? xmlValue(core, 'dc:creator') : null,
    created: created ? parseDateString(created) : null,
  };
}
