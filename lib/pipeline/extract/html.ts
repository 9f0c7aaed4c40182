// Decoded HTML → one article: title, main text, language, canonical URL, site, author and the page's own date.
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { findPageDate, readJsonLd, type PageDate } from './html-dates';
import { extractMainText, type MainTextMethod } from './main-text';
import { normalizeLanguage } from './language';

export type HtmlArticle = {
  title: string;
  text: string;
  method: MainTextMethod;
  language: string | null;
  canonicalUrl: string | null;
  siteName: string | null;
  author: string | null;
  date: PageDate | null;
  warnings: string[];
};

/** Above this size the page is cut before parsing (huge pages are mostly inline data, not article text). */
export const MAX_HTML_CHARS = 1_500_000;

function attr(el: Element | null | undefined, name: string): string {
  return el?.getAttribute(name)?.trim() ?? '';
}

type MetaIndex = Map<string, string>;

/** Every <meta> content by its property, name and itemprop (first one wins), read in one pass. */
function indexMeta(document: Document): MetaIndex {
  const index: MetaIndex = new Map();
  for (const el of Array.from(document.querySelectorAll('meta'))) {
    const value = attr(el, 'content');
    if (!value) continue;
    for (const key of [attr(el, 'property'), attr(el, 'name'), attr(el, 'itemprop')]) {
      if (key && !index.has(key)) index.set(key, value);
    }
  }
  return index;
}

function metaContent(meta: MetaIndex, keys: string[]): string {
  for (const key of keys) {
    const value = meta.get(key);
    if (value) return value;
  }
  return '';
}

function cleanTitle(title: string, siteName: string | null): string {
  let out = title.replace(/\s+/g, ' ').trim();
  // "Headline | Site" / "Headline - Site": drop the site part.
  const parts = out.split(/\s+[|–—·•»]\s+|\s+-\s+|\s+::\s+/);
  if (parts.length > 1) {
    const first = parts[0] ?? out;
    const last = parts[parts.length - 1] ?? '';
    if (siteName && last.toLowerCase().includes(siteName.toLowerCase().slice(0, 12))) out = parts.slice(0, -1).join(' - ');
    else if (first.length >= 15) out = first.length >= last.length ? first : out;
  }
  return out;
}

/** Strips what makes a page huge without holding text: inline scripts, styles, SVG and data URIs. */
function shrinkHtml(input: string, warnings: string[]): string {
  let source = input;
  if (source.length > MAX_HTML_CHARS * 4) {
    warnings.push(`page truncated from ${source.length} to ${MAX_HTML_CHARS * 4} characters before parsing`);
    source = source.slice(0, MAX_HTML_CHARS * 4);
  }
  // Styles and inline SVG never hold article text or dates; dropping them makes parsing cheaper.
  // Scripts are matched too (and kept) so that markup quoted inside a script is never taken for a tag.
  const html = source.replace(/<(script|style|svg)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, (match, tag: string) =>
    tag.toLowerCase() === 'script' ? match : '',
  );
  if (html.length <= MAX_HTML_CHARS) return html;
  let out = html
    .replace(/<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/<style\b[^>]*>[\s\S]*?<\/style>/gi, '')
    .replace(/<svg\b[^>]*>[\s\S]*?<\/svg>/gi, '')
    .replace(/data:[a-z/+.-]+;base64,[A-Za-z0-9+/=]+/g, '');
  if (out.length > MAX_HTML_CHARS) {
    warnings.push(`page truncated from ${out.length} to ${MAX_HTML_CHARS} characters`);
    out = out.slice(0, MAX_HTML_CHARS);
  }
  return out;
}

const HEAD_TAGS = new Set(['META', 'TITLE', 'LINK', 'SCRIPT', 'STYLE', 'BASE', 'NOSCRIPT', 'TEMPLATE']);

/** The parser leaves body content in <head> when a page opens it badly; move such content to the body. */
function repairHead(document: Document): void {
  const head = document.head;
  const body = document.body;
  if (!head || !body) return;
  const strays = Array.from(head.children).filter((el) => !HEAD_TAGS.has(el.tagName));
  if (strays.length === 0) return;
  const first = body.firstChild;
  for (const el of strays) body.insertBefore(el, first);
}

function readabilityText(html: string): string | null {
  try {
    // Scripts, styles, inline SVG and comments hold no text and only slow this second parse down.
    const lean = html.replace(/<(script|style|svg)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/gi, '');
    const { document } = parseHTML(lean);
    const article = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
    if (!article?.content) return null;
    const { document: fragment } = parseHTML(`<html><body>${article.content}</body></html>`);
    const blocks = Array.from(fragment.querySelectorAll('p, h1, h2, h3, h4, h5, h6, li, blockquote, pre'));
    const paragraphs = blocks
      .filter((el) => !el.querySelector('p, li, blockquote, pre'))
      .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
      .filter(Boolean);
    return paragraphs.length ? paragraphs.join('\n\n') : (article.textContent ?? '').trim() || null;
  } catch {
    return null;
  }
}

/**
 * Parses a page. Output before <html> (PHP warnings, stray styles or scripts) would become the document's root
 * element and hide the whole page, so it is dropped.
 */
export function parsePage(html: string): { html: string; document: Document } {
  const parsed = parseHTML(html) as unknown as { document: Document };
  if (parsed.document.documentElement?.tagName === 'HTML' && parsed.document.body) return { html, document: parsed.document };
  const start = html.search(/<html[\s>]/i);
  const repaired = start > 0 ? html.slice(start) : `<!DOCTYPE html><html><body>${html}</body></html>`;
  return { html: repaired, document: (parseHTML(repaired) as unknown as { document: Document }).document };
}

/** Extracts the article from an HTML string. `pageUrl` is where it came from, when known. */
export function extractHtmlArticle(input: string, pageUrl: string | null, options: { findDate?: boolean } = {}): HtmlArticle {
  const warnings: string[] = [];
  const { html, document } = parsePage(shrinkHtml(input, warnings));
  repairHead(document);
  const meta = indexMeta(document);
  const siteName = metaContent(meta, ['og:site_name', 'application-name']) || null;
  const canonical = attr(document.querySelector('link[rel="canonical"]'), 'href') || metaContent(meta, ['og:url']) || null;
  const jsonLd = readJsonLd(document);
  const h1 = (document.querySelector('h1')?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const rawTitle =
    metaContent(meta, ['og:title', 'twitter:title']) || jsonLd.headline || (document.querySelector('title')?.textContent ?? '') || h1;
  const title = cleanTitle(rawTitle || h1, siteName);
  const language =
    normalizeLanguage(attr(document.documentElement, 'lang') || attr(document.documentElement, 'xml:lang')) ??
    normalizeLanguage(metaContent(meta, ['og:locale', 'language', 'content-language', 'dc.language'])) ??
    normalizeLanguage(attr(document.querySelector('meta[http-equiv="content-language" i]'), 'content'));
  // A feed item's own date outranks the page's, so a page read from a feed skips the search.
  const date =
    options.findDate === false
      ? null
      : findPageDate(document, { jsonLd, urls: [canonical, metaContent(meta, ['og:url']) || null, pageUrl], language });
  const author = metaContent(meta, ['author', 'article:author', 'parsely-author', 'sailthru.author']) || jsonLd.author || null;
  const main = extractMainText(document, {
    jsonLdBody: jsonLd.articleBody,
    // A second full parse of a huge page costs more than the fallback is worth.
    readabilityText: () => (html.length > 1_000_000 ? null : readabilityText(html)),
  });
  // Soft hyphens and zero-width characters split words for search and matching.
  let text = main.text.replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '');
  if (!text.trim()) {
    // Pages built by scripts have no text in their markup; their own summary is better than nothing.
    const description = (metaContent(meta, ['og:description', 'description', 'twitter:description']) || jsonLd.description || '')
      .replace(/\s+/g, ' ')
      .trim();
    if (description.length >= 40) {
      text = description;
      warnings.push('no main text in the markup (page built by scripts?): using the page description');
    }
  }
  return {
    title,
    text,
    method: main.method,
    language,
    siteName,
    author: author && !/^https?:/.test(author) ? author : null,
    canonicalUrl: canonical && /^https?:\/\//i.test(canonical) ? canonical : null,
    date,
    warnings,
  };
}
