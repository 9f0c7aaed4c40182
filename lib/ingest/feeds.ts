// Feed bytes (RSS 2.0, RSS 1.0/RDF, Atom, JSON Feed) → ParsedFeed with validated items; bad items reported, not fatal.
import { AppError } from '../errors';
import { decodeHTML } from 'entities';
import { parseFeed as parseAnyFeed, DetectError } from 'feedsmith';
import { z } from 'zod';

type AnyFeed = ReturnType<typeof parseAnyFeed<string>>;

export type FeedItem = {
  /** guid / id, else the link: what "seen before" is keyed on. */
  key: string;
  link: string | null;
  title: string | null;
  /** ISO 8601 timestamp, null when missing or unreadable. */
  published: string | null;
  author: string | null;
  /** Plain text. */
  summary: string | null;
  contentHtml: string | null;
};

export type ParsedFeed = {
  format: 'rss' | 'atom' | 'rdf' | 'json';
  title: string | null;
  link: string | null;
  items: FeedItem[];
  itemErrors: { index: number; message: string }[];
};

export class FeedParseError extends AppError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, 422, 'not_a_feed', options);
  }
}

const httpUrl = z.url({ protocol: /^https?$/, message: 'link is not an http(s) URL' });

export const feedItemSchema = z.object({
  key: z.string().trim().min(1, 'item has no guid, id or usable link').max(2048, 'item key is longer than 2048 characters'),
  link: httpUrl.nullable(),
  title: z.string().max(2000).nullable(),
  published: z.iso.datetime({ offset: true }).nullable(),
  author: z.string().max(500).nullable(),
  summary: z.string().nullable(),
  contentHtml: z.string().nullable(),
});

const FEED_ROOT = /^<(rss|feed|rdf:RDF|RDF)[\s>]/i;

/** Cheap sniff of the first bytes: is this an RSS/Atom/RDF document or a JSON Feed? */
export function looksLikeFeed(bytes: Uint8Array, contentType?: string | null): boolean {
  const head = decodeText(bytes.subarray(0, 4096), contentType).replace(/^\uFEFF/, '');
  const start = skipXmlProlog(head);
  if (start.startsWith('{')) return /jsonfeed\.org\/version\//i.test(head) || /application\/feed\+json/i.test(contentType ?? '');
  return FEED_ROOT.test(start);
}

/** Parses a feed; throws FeedParseError ("not a feed: …") for anything that is not one. */
export function parseFeed(bytes: Uint8Array, contentType?: string | null, baseUrl?: string | null): ParsedFeed {
  const text = decodeText(bytes, contentType).replace(/^\uFEFF/, '');
  const trimmed = text.trimStart();
  let input: unknown = text;
  if (trimmed.startsWith('{')) {
    try {
      input = JSON.parse(trimmed);
    } catch (error) {
      throw new FeedParseError(`not a feed: invalid JSON (${(error as Error).message})`, { cause: error });
    }
  }
  let parsed: AnyFeed;
  try {
    parsed = parseAnyFeed<string>(input);
  } catch (error) {
    if (error instanceof DetectError || !trimmed) throw new FeedParseError(`not a feed: ${describeRoot(trimmed)}`, { cause: error });
    throw new FeedParseError(`malformed feed: ${(error as Error).message}`, { cause: error });
  }

  const { feed: channel, items: rawItems } = toRawItems(parsed);
  const feedLink = resolveLink(channel.link, baseUrl);
  const base = baseUrl ?? feedLink;
  const items: FeedItem[] = [];
  const itemErrors: ParsedFeed['itemErrors'] = [];
  const seen = new Set<string>();
  rawItems.forEach((read, index) => {
    try {
      const raw = read();
      const link = resolveLink(raw.link, base);
      const candidate = {
        key: (raw.id?.trim() || link || '').trim(),
        link,
        title: toPlainText(raw.title),
        published: toIsoTimestamp(raw.published),
        author: toPlainText(raw.author),
        summary: toPlainText(raw.summary),
        contentHtml: raw.contentHtml?.trim() || null,
      };
      const result = feedItemSchema.safeParse(candidate);
      if (!result.success) {
        const badLink = raw.link && !link ? ` (link ${JSON.stringify(raw.link.slice(0, 80))} is not an http(s) URL)` : '';
        itemErrors.push({ index, message: `${result.error.issues.map((issue) => issue.message).join('; ')}${badLink}` });
        return;
      }
      if (seen.has(result.data.key)) return;
      seen.add(result.data.key);
      items.push(result.data);
    } catch (error) {
      itemErrors.push({ index, message: `unreadable item: ${(error as Error).message}` });
    }
  });
  return { format: parsed.format, title: toPlainText(channel.title), link: feedLink, items, itemErrors };
}

type RawItem = {
  id?: string | null;
  link?: string | null;
  title?: string | null;
  published?: string | null;
  author?: string | null;
  summary?: string | null;
  contentHtml?: string | null;
};

// Items are read lazily so one odd item throws inside its own try, not for the whole feed.
function toRawItems(parsed: AnyFeed): {
  feed: { title?: string | null; link?: string | null };
  items: (() => RawItem)[];
} {
  switch (parsed.format) {
    case 'rss': {
      const feed = parsed.feed;
      return {
        feed: { title: feed.title, link: feed.link },
        items: (feed.items ?? []).map((item) => () => ({
          id: item.guid?.value,
          link: item.link ?? (item.guid?.isPermaLink !== false ? item.guid?.value : undefined),
          title: item.title,
          published: item.pubDate ?? item.dc?.dates?.[0] ?? item.dcterms?.created?.[0],
          author: item.authors?.[0]?.name ?? item.dc?.creators?.[0] ?? item.authors?.[0]?.email,
          summary: item.description,
          contentHtml: item.content?.encoded,
        })),
      };
    }
    case 'atom': {
      const feed = parsed.feed;
      return {
        feed: { title: feed.title?.value, link: pickAtomLink(feed.links) },
        items: (feed.entries ?? []).map((entry) => () => ({
          id: entry.id,
          link: pickAtomLink(entry.links),
          title: entry.title?.value,
          published: entry.published ?? entry.updated,
          author: entry.authors?.[0]?.name,
          summary: entry.summary?.value,
          contentHtml: entry.content?.value,
        })),
      };
    }
    case 'rdf': {
      const feed = parsed.feed;
      return {
        feed: { title: feed.title, link: feed.link },
        items: (feed.items ?? []).map((item) => () => ({
          id: item.rdf?.about,
          link: item.link,
          title: item.title,
          published: item.dc?.dates?.[0] ?? item.dcterms?.created?.[0],
          author: item.dc?.creators?.[0],
          summary: item.description,
          contentHtml: item.content?.encoded,
        })),
      };
    }
    case 'json': {
      const feed = parsed.feed;
      return {
        feed: { title: feed.title, link: feed.home_page_url },
        items: (feed.items ?? []).map((item) => () => ({
          id: item.id === undefined || item.id === null ? null : String(item.id),
          link: item.url ?? item.external_url,
          title: item.title,
          published: item.date_published ?? item.date_modified,
          author: item.authors?.[0]?.name,
          summary: item.summary ?? item.content_text,
          contentHtml: item.content_html,
        })),
      };
    }
  }
}

function pickAtomLink(links: { href?: string; rel?: string; type?: string }[] | undefined): string | null {
  if (!links?.length) return null;
  const alternates = links.filter((link) => link.href && (!link.rel || link.rel === 'alternate'));
  return (alternates.find((link) => !link.type || /html/i.test(link.type)) ?? alternates[0])?.href ?? null;
}

function resolveLink(link: string | null | undefined, base: string | null | undefined): string | null {
  const value = link?.trim();
  if (!value) return null;
  try {
    const url = base ? new URL(value, base) : new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}

function toIsoTimestamp(value: string | null | undefined): string | null {
  if (!value?.trim()) return null;
  const time = Date.parse(value.trim());
  if (Number.isNaN(time)) return null;
  const year = new Date(time).getUTCFullYear();
  return year >= 1990 && year <= 2100 ? new Date(time).toISOString() : null;
}

function toPlainText(value: string | null | undefined): string | null {
  if (!value) return null;
  const text = decodeHTML(value.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
  return text || null;
}

function describeRoot(text: string): string {
  const start = skipXmlProlog(text);
  if (!start) return 'the document is empty';
  const root = /^<([\w:.-]+)/.exec(start)?.[1];
  if (root) return `the root element is <${root}>, not <rss>, <feed> or <rdf:RDF>`;
  if (start.startsWith('{')) return 'JSON without a JSON Feed version';
  return 'it is neither XML nor JSON';
}

function skipXmlProlog(text: string): string {
  return text.replace(/^(\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)*/i, '');
}

/** Bytes → string: BOM, then charset in Content-Type, then the XML declaration, else UTF-8. */
function decodeText(bytes: Uint8Array, contentType?: string | null): string {
  let label = 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) label = 'utf-16be';
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) label = 'utf-16le';
  else if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) label = 'utf-8';
  else {
    const declared =
      /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1] ??
      /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(new TextDecoder('latin1').decode(bytes.subarray(0, 200)))?.[1];
    if (declared) label = declared;
  }
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}
