// Parsed HTML (before cleaning) → publication date with its source: JSON-LD, meta tags, itemprop/<time>, date
// elements in the article header, then the URL path. Modified dates, comments, teasers and copyright lines are skipped.
import { findDateMentions, isModifiedContext, parseDateString, type FoundDate } from '../../nlp/dates';

export type PageDate = FoundDate & { source: 'json-ld' | 'meta' | 'time-element' | 'url' | 'byline' };

const ARTICLE_TYPES = /(?:article|posting|blogposting|report|webpage|creativework|liveblogposting|review|analysisnewsarticle|opinionnewsarticle)$/i;

const PUBLISHED_META = new Set([
  'article:published_time', 'og:article:published_time', 'article:published', 'og:published_time', 'published_time',
  'datepublished', 'date_published', 'publishdate', 'publish_date', 'publish-date', 'pubdate', 'publication_date',
  'publicationdate', 'dc.date.issued', 'dcterms.issued', 'dc.date.created', 'dcterms.created', 'dc.date',
  'dcterms.date', 'date', 'citation_publication_date', 'citation_date', 'sailthru.date', 'parsely-pub-date',
  'article.published', 'article_date_original', 'originalpublicationdate', 'original-publish-date', 'rnews:datepublished',
  'cxenseparse:recs:publishtime', 'displaydate', 'og:pubdate', 'pdate', 'ptime', 'bt:pubdate', 'last-published',
  'article.created', 'created', 'creation_date', 'dc.created', 'datecreated', 'datetime', 'releasedate', 'date.release',
  'nitf.pubdate', 'news_keywords_date', 'live_date', 'timestamp', 'dc:date', 'eomportal-lastupdate-not',
]);
// Ranked: explicit publication keys beat generic "date" keys.
const STRONG_META = new Set([
  'article:published_time', 'og:article:published_time', 'article:published', 'og:published_time', 'published_time',
  'datepublished', 'date_published', 'publishdate', 'publish_date', 'publish-date', 'pubdate', 'publication_date',
  'dc.date.issued', 'dcterms.issued', 'citation_publication_date', 'sailthru.date', 'parsely-pub-date',
  'article.published', 'article_date_original', 'originalpublicationdate', 'rnews:datepublished', 'og:pubdate',
]);

const SKIP_CONTEXT_RE = /(?:^|[\s_-])(?:comments?|commentlist|kommentare?|respond|reply|replies|related|teaser|recommend\w*|sidebar|widget|footer|most-?read|popular|trending|more-?stories|latest|archive|calendar|ticker|updated|modified|aktualisiert)(?:$|[\s_-])/i;
const DATE_CLASS_RE = /date|datum|publish|posted|byline|time|fecha|(?:^|[\s_-])(?:data|meta|article-meta|post-meta|entry-meta|info|article-info|author|autor)(?:$|[\s_-])/i;

function attr(el: Element, name: string): string {
  return el.getAttribute(name) ?? '';
}

/** Class, id and test-id words of an element, without layout flags like "has-sidebar". */
export function namesOf(el: Element): string {
  const names = `${attr(el, 'class')} ${attr(el, 'id')} ${attr(el, 'data-testid')}`;
  return names.length > 2 ? names.replace(/(?:^|[\s_-])(?:with|has|no|without|show|hide)[-_]+[\w-]+/gi, ' ') : '';
}

function inSkippedContext(el: Element): boolean {
  for (let node: Element | null = el; node && node.tagName !== 'BODY'; node = node.parentElement) {
    if (node.tagName === 'FOOTER' || node.tagName === 'ASIDE' || node.tagName === 'NAV') return true;
    const names = `${namesOf(node)} ${attr(node, 'itemprop')}`;
    if (names.trim() && SKIP_CONTEXT_RE.test(names)) return true;
  }
  return false;
}

function walkJsonLd(node: unknown, out: Array<{ date: string; article: boolean; key: string }>, inArticle: boolean, depth: number): void {
  if (depth > 8 || node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) walkJsonLd(item, out, inArticle, depth + 1);
    return;
  }
  const record = node as Record<string, unknown>;
  const type = record['@type'];
  const types = (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
  const isArticle = types.some((t) => ARTICLE_TYPES.test(t));
  for (const key of ['datePublished', 'dateCreated', 'uploadDate']) {
    const value = record[key];
    if (typeof value === 'string') out.push({ date: value, article: isArticle || inArticle, key });
  }
  for (const [key, value] of Object.entries(record)) {
    // Dates of comments, reviews' items and other nested works are not the page's.
    if (/^(?:comment|review|author|publisher|creator|itemListElement|hasPart|isPartOf|citation|subjectOf|video|image)$/i.test(key)) continue;
    if (typeof value === 'object') walkJsonLd(value, out, isArticle || inArticle, depth + 1);
  }
}

export type JsonLdInfo = { published: FoundDate | null; publishedRaw: string | null; articleBody: string | null; headline: string | null; author: string | null };

/** Reads all JSON-LD blocks once: the article's datePublished, articleBody and headline. */
export function readJsonLd(document: Document): JsonLdInfo {
  const dates: Array<{ date: string; article: boolean; key: string }> = [];
  let articleBody: string | null = null;
  let headline: string | null = null;
  let author: string | null = null;
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    const raw = (script.textContent ?? '').trim();
    if (!raw) continue;
    let data: unknown;
    try {
      data = JSON.parse(raw.replace(/^\s*<!--|-->\s*$/g, ''));
    } catch {
      // Broken JSON-LD still often holds a readable datePublished.
      const m = /"datePublished"\s*:\s*"([^"]+)"/.exec(raw);
      if (m?.[1]) dates.push({ date: m[1], article: true, key: 'datePublished' });
      continue;
    }
    walkJsonLd(data, dates, false, 0);
    const stack: unknown[] = [data];
    while (stack.length) {
      const item = stack.pop();
      if (!item || typeof item !== 'object') continue;
      if (Array.isArray(item)) { stack.push(...item); continue; }
      const record = item as Record<string, unknown>;
      if (typeof record.articleBody === 'string' && (!articleBody || record.articleBody.length > articleBody.length)) articleBody = record.articleBody;
      if (!headline && typeof record.headline === 'string') headline = record.headline;
      if (!author && record.author) {
        const a = Array.isArray(record.author) ? record.author[0] : record.author;
        if (typeof a === 'string') author = a;
        else if (a && typeof a === 'object' && typeof (a as Record<string, unknown>).name === 'string') author = (a as Record<string, string>).name ?? null;
      }
      if (Array.isArray(record['@graph'])) stack.push(...record['@graph']);
      if (record.mainEntity && typeof record.mainEntity === 'object') stack.push(record.mainEntity);
    }
  }
  const ranked = [...dates].sort((a, b) => rankJsonLd(a) - rankJsonLd(b));
  let published: FoundDate | null = null;
  let publishedRaw: string | null = null;
  for (const candidate of ranked) {
    const parsed = parseDateString(candidate.date);
    if (parsed && parsed.precision === 'day') { published = parsed; publishedRaw = candidate.date; break; }
  }
  return { published, publishedRaw, articleBody, headline, author };
}

function rankJsonLd(entry: { article: boolean; key: string }): number {
  return (entry.article ? 0 : 10) + (entry.key === 'datePublished' ? 0 : entry.key === 'dateCreated' ? 1 : 2);
}

function findMetaDate(document: Document): Candidate | null {
  let strong: Candidate | null = null;
  let weak: Candidate | null = null;
  for (const meta of Array.from(document.querySelectorAll('meta'))) {
    const key = (attr(meta, 'property') || attr(meta, 'name') || attr(meta, 'itemprop') || attr(meta, 'http-equiv')).toLowerCase().trim();
    if (!key || !PUBLISHED_META.has(key)) continue;
    const parsed = toCandidate(attr(meta, 'content'), 'meta');
    if (!parsed) continue;
    if (STRONG_META.has(key)) { if (!strong) strong = parsed; } else if (!weak) weak = { ...parsed, weight: 2 };
  }
  return strong ?? weak;
}

function findItempropDate(document: Document): FoundDate | null {
  for (const el of Array.from(document.querySelectorAll('[itemprop="datePublished"], [itemprop="dateCreated"], [property="datePublished"]'))) {
    if (el.tagName === 'META') continue;
    if (inSkippedContext(el)) continue;
    const parsed = parseDateString(attr(el, 'datetime') || attr(el, 'content') || (el.textContent ?? '').slice(0, 120));
    if (parsed && parsed.precision === 'day') return parsed;
  }
  return null;
}

const PUBLISHED_CLASS_RE = /(?:^|[\s_-])(?:published|publish|publication|pubdate|publishdate|entry-date|post-date|postdate|article-date|story-date|date-published|created|posted-on|posted)(?:$|[\s_-])/i;

function findTimeDate(document: Document): FoundDate | null {
  const times = Array.from(document.querySelectorAll('time'));
  let fallback: FoundDate | null = null;
  for (const time of times) {
    const names = `${attr(time, 'class')} ${attr(time, 'id')} ${attr(time, 'itemprop')}`;
    if (/modif|updat|aktualis|edited/i.test(names)) continue;
    if (inSkippedContext(time)) continue;
    const raw = attr(time, 'datetime') || (time.textContent ?? '');
    const parsed = parseDateString(raw.slice(0, 120));
    if (!parsed || parsed.precision !== 'day') continue;
    const before = (time.previousSibling?.textContent ?? '') + (time.parentElement?.textContent ?? '').split(time.textContent ?? '\u0000')[0];
    if (isModifiedContext(before.slice(-60))) continue;
    if (time.hasAttribute('pubdate') || PUBLISHED_CLASS_RE.test(names) || PUBLISHED_CLASS_RE.test(attr(time.parentElement ?? time, 'class'))) return parsed;
    // An unlabelled <time> counts only inside the article's header area.
    if (!fallback && (time.closest('article, main, header, [class*="article"], [class*="post"], [class*="entry"], [class*="story"]') || times.length === 1)) fallback = parsed;
  }
  return fallback;
}

function findDateElement(document: Document): FoundDate | null {
  const root = document.documentElement;
  if (!root) return null;
  const candidates = root.querySelectorAll('body [class], body [id], body [data-testid]');
  let count = 0;
  for (const el of Array.from(candidates)) {
    const names = namesOf(el);
    if (!DATE_CLASS_RE.test(names) || /modif|updat|aktualis|candidate|validat|mandat/i.test(names)) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text || text.length > 200) continue;
    if (++count > 400) break;
    if (inSkippedContext(el)) continue;
    if (/©|copyright/i.test(text)) continue;
    const title = attr(el, 'title');
    const mentions = findDateMentions(title ? `${title} ${text}` : text);
    for (const mention of mentions) {
      if (mention.precision !== 'day') continue;
      if (isModifiedContext(text.slice(0, mention.index))) continue;
      return { value: mention.value, precision: mention.precision };
    }
  }
  return null;
}

/** A date printed just below (or just above) the page's headline, as bylines and datelines are. */
function findHeadlineDate(document: Document): FoundDate | null {
  const h1 = document.querySelector('h1');
  if (!h1 || inSkippedContext(h1)) return null;
  let before = '';
  let after = '';
  let state: 'before' | 'in' | 'after' = 'before';
  const walk = (node: Node): boolean => {
    if (node.nodeType === 3) {
      const value = (node.nodeValue ?? '').replace(/\s+/g, ' ');
      if (state === 'before') before = (before + value).slice(-160);
      else if (state === 'after') after += value;
      return after.length > 320;
    }
    if (node.nodeType !== 1) return false;
    const el = node as Element;
    if (el.tagName === 'SCRIPT' || el.tagName === 'STYLE' || el.tagName === 'NOSCRIPT' || el.tagName === 'ASIDE' || el.tagName === 'FOOTER' || el.tagName === 'NAV') return false;
    const names = namesOf(el);
    if (names && SKIP_CONTEXT_RE.test(names)) return false;
    if (el === h1) {
      state = 'in';
      before += ' \n ';
      for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
      state = 'after';
      after += ' ';
      return false;
    }
    if (state !== 'in' && el !== h1 && (el.tagName === 'P' || el.tagName === 'DIV' || el.tagName === 'LI' || /^H[2-6]$/.test(el.tagName))) {
      if (state === 'before') before += ' \n ';
      else after += ' \n ';
    }
    for (let child = el.firstChild; child; child = child.nextSibling) if (walk(child)) return true;
    return false;
  };
  walk(document.body ?? document.documentElement);
  const options = { allowMonthYear: false };
  for (const mention of findDateMentions(after.slice(0, 320), options)) {
    if (mention.precision === 'day' && !isModifiedContext(after.slice(0, mention.index)) && !/©|copyright/i.test(after.slice(Math.max(0, mention.index - 30), mention.index))) {
      return { value: mention.value, precision: 'day' };
    }
  }
  const lastLine = before.split('\n').pop() ?? '';
  const mentions = findDateMentions(lastLine, options).filter((m) => m.precision === 'day');
  const last = mentions[mentions.length - 1];
  return last && !isModifiedContext(lastLine.slice(0, last.index)) ? { value: last.value, precision: 'day' } : null;
}

/** A date in a URL path: /2020/06/07/, /2020-06-07-, /20200607/ (day) or /2020/06/ (month). */
export function findUrlDate(url: string | null): FoundDate | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    path = url;
  }
  const day = /\/((?:19|20)\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?:[/_.-]|$)/.exec(path)
    ?? /[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.-]|$)/.exec(path);
  if (day) {
    const parsed = parseDateString(`${day[1]}-${day[2]!.padStart(2, '0')}-${day[3]!.padStart(2, '0')}`);
    if (parsed) return parsed;
  }
  const month = /\/((?:19|20)\d{2})[/_-](\d{1,2})\//.exec(path);
  if (month && +month[2]! >= 1 && +month[2]! <= 12) return { value: `${month[1]}-${month[2]!.padStart(2, '0')}`, precision: 'month' };
  return null;
}

type Candidate = PageDate & { utc: boolean; instant?: number; weight?: number };

const UTC_RE = /\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]00:?00|GMT|UTC)\s*$/i;

function toCandidate(raw: string, source: PageDate['source']): Candidate | null {
  const parsed = parseDateString(raw.slice(0, 120));
  if (!parsed || parsed.precision !== 'day') return null;
  const utc = UTC_RE.test(raw.trim());
  const instant = utc ? Date.parse(raw.trim().replace(/\s*UTC$/i, 'Z')) : Number.NaN;
  return { ...parsed, source, utc, ...(Number.isNaN(instant) ? {} : { instant }) };
}

// Publication dates that sites keep in inline scripts (analytics data layers, app state).
const SCRIPT_DATE_RE = /["']?(?:publishdate|publish_date|publishDate|publication_date|publicationDate|datePublished|date_published|published_at|publishedAt|published_date|publishedDate|pubDate|pub_date|firstPublished|first_published_at|cmsPublishingDate|articlePublishDate|releaseDate)["']?\s*[:=]\s*["']([^"']{8,40})["']/;

function findScriptDate(document: Document): Candidate | null {
  let budget = 400_000;
  for (const script of Array.from(document.querySelectorAll('script:not([type="application/ld+json"])'))) {
    const text = script.textContent ?? '';
    if (!text) continue;
    const sample = text.length > budget ? text.slice(0, budget) : text;
    budget -= sample.length;
    const match = SCRIPT_DATE_RE.exec(sample);
    if (match?.[1]) {
      const candidate = toCandidate(match[1], 'meta');
      if (candidate) return { ...candidate, weight: 1 };
    }
    if (budget <= 0) break;
  }
  return null;
}

function findTitleDate(document: Document): Candidate | null {
  const title = `${document.querySelector('title')?.textContent ?? ''} ${document.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? ''}`;
  const mention = findDateMentions(title).find((m) => m.precision === 'day');
  return mention ? { value: mention.value, precision: 'day', source: 'meta', utc: false, weight: 1 } : null;
}

function shiftDay(value: string, days: number): string {
  const date = new Date(`${value}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const SOURCE_WEIGHT: Record<PageDate['source'], number> = { 'json-ld': 3, meta: 3, 'time-element': 2.5, url: 2, byline: 1.5 };

const BERLIN_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' });

type PageDateOptions = { jsonLd: JsonLdInfo; urls: Array<string | null>; language?: string | null };

/** Every date the markup offers, strongest evidence first (for explanations and tests). */
export function listDateCandidates(document: Document, options: PageDateOptions): Candidate[] {
  const candidates: Candidate[] = [];
  const jsonLd = options.jsonLd.publishedRaw ? toCandidate(options.jsonLd.publishedRaw, 'json-ld') : null;
  if (jsonLd) candidates.push(jsonLd);
  const meta = findMetaDate(document);
  if (meta) candidates.push(meta);
  const itemprop = findItempropDate(document);
  if (itemprop) candidates.push({ ...itemprop, source: 'time-element', utc: false });
  const time = findTimeDate(document);
  if (time) candidates.push({ ...time, source: 'time-element', utc: false });
  const script = findScriptDate(document);
  for (const url of options.urls) {
    const fromUrl = findUrlDate(url);
    if (fromUrl?.precision === 'day') { candidates.push({ ...fromUrl, source: 'url', utc: false }); break; }
  }
  const element = findDateElement(document);
  if (element) candidates.push({ ...element, source: 'byline', utc: false });
  const headline = findHeadlineDate(document);
  if (headline) candidates.push({ ...headline, source: 'byline', utc: false, weight: 1 });
  if (script) candidates.push(script);
  const title = findTitleDate(document);
  if (title) candidates.push(title);
  return candidates;
}

/** The page's publication date from its markup, strongest evidence first; null when the markup says nothing. */
export function findPageDate(document: Document, options: PageDateOptions): PageDate | null {
  const candidates = listDateCandidates(document, options);
  const top = candidates[0];
  if (!top) {
    for (const url of options.urls) {
      const fromUrl = findUrlDate(url);
      if (fromUrl) return { ...fromUrl, source: 'url' };
    }
    return null;
  }
  // Independent sources that agree outvote a single stronger one (a CMS field copied wrong into JSON-LD).
  const votes = new Map<string, number>();
  for (const candidate of candidates) votes.set(candidate.value, (votes.get(candidate.value) ?? 0) + (candidate.weight ?? SOURCE_WEIGHT[candidate.source]));
  let best = top;
  for (const candidate of candidates) if ((votes.get(candidate.value) ?? 0) > (votes.get(best.value) ?? 0)) best = candidate;
  if (best.utc && best.instant && !candidates.some((c) => !c.utc && c.value === best.value)) {
    // A UTC timestamp's day may not be the publisher's: a local machine-readable date one day off wins.
    const neighbours = new Set([shiftDay(best.value, -1), shiftDay(best.value, 1)]);
    const local = candidates.find((c) => !c.utc && (c.source === 'meta' || c.source === 'time-element') && neighbours.has(c.value));
    if (local) return { value: local.value, precision: 'day', source: best.source };
    if (options.language && options.language !== 'en') {
      return { value: BERLIN_DAY.format(new Date(best.instant)), precision: 'day', source: best.source };
    }
  }
  return { value: best.value, precision: best.precision, source: best.source };
}
