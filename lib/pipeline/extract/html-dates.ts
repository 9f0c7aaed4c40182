// Parsed HTML (before cleaning) → publication date with its source: JSON-LD, meta tags, itemprop/<time>, date
// elements in the article header, then the URL path. Modified dates, comments, teasers and copyright lines are skipped.
import { findDateMentions, isModifiedContext, parseDateString, type FoundDate } from '../nlp/dates';

export type PageDate = FoundDate & { source: 'json-ld' | 'meta' | 'time-element' | 'url' | 'byline' };

const ARTICLE_TYPES =
  /(?:article|posting|blogposting|report|webpage|creativework|liveblogposting|review|analysisnewsarticle|opinionnewsarticle)$/i;

const PUBLISHED_META = new Set([
  'article:published_time',
  'og:article:published_time',
  'article:published',
  'og:published_time',
  'published_time',
  'datepublished',
  'date_published',
  'publishdate',
  'publish_date',
  'publish-date',
  'pubdate',
  'publication_date',
  'publicationdate',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date.created',
  'dcterms.created',
  'dc.date',
  'dcterms.date',
  'date',
  'citation_publication_date',
  'citation_date',
  'sailthru.date',
  'parsely-pub-date',
  'article.published',
  'article_date_original',
  'originalpublicationdate',
  'original-publish-date',
  'rnews:datepublished',
  'cxenseparse:recs:publishtime',
  'displaydate',
  'og:pubdate',
  'pdate',
  'ptime',
  'bt:pubdate',
  'last-published',
  'article.created',
  'created',
  'creation_date',
  'dc.created',
  'datecreated',
  'datetime',
  'releasedate',
  'date.release',
  'nitf.pubdate',
  'news_keywords_date',
  'live_date',
  'timestamp',
  'dc:date',
  'eomportal-lastupdate-not',
]);
// Ranked: explicit publication keys beat generic "date" keys.
const STRONG_META = new Set([
  'article:published_time',
  'og:article:published_time',
  'article:published',
  'og:published_time',
  'published_time',
  'datepublished',
  'date_published',
  'publishdate',
  'publish_date',
  'publish-date',
  'pubdate',
  'publication_date',
  'dc.date.issued',
  'dcterms.issued',
  'citation_publication_date',
  'sailthru.date',
  'parsely-pub-date',
  'article.published',
  'article_date_original',
  'originalpublicationdate',
  'rnews:datepublished',
  'og:pubdate',
]);

const SKIP_CONTEXT_RE =
  /(?:^|[\s_-])(?:comments?|commentlist|kommentare?|respond|reply|replies|related|teaser|recommend\w*|sidebar|widget|footer|most-?read|popular|trending|more-?stories|latest|archive|calendar|ticker|updated|modified|aktualisiert)(?:$|[\s_-])/i;
const DATE_CLASS_RE =
  /date|datum|publish|posted|byline|time|fecha|(?:^|[\s_-])(?:data|meta|article-meta|post-meta|entry-meta|info|article-info|author|autor)(?:$|[\s_-])/i;

function attr(el: Element, name: string): string {
  return el.getAttribute(name) ?? '';
}

/** Class, id and test-id words of an element, without layout flags like "has-sidebar". */
export function namesOf(el: Element): string {
  const names = `${attr(el, 'class')} ${attr(el, 'id')} ${attr(el, 'data-testid')}`;
  return names.length > 2 ? names.replace(/(?:^|[\s_-])(?:with|has|no|without|show|hide)[-_]+[\w-]+/gi, ' ') : '';
}

// Where an explicitly marked datePublished is still not the page's: comments and other stories.
const OTHER_ITEMS_RE =
  /(?:^|[\s_-])(?:comments?|commentlist|kommentare?|respond|reply|replies|related|teaser|recommend\w*|sidebar|most-?read|popular|trending|more-?stories)(?:$|[\s_-])/i;

/** Whether an element sits in comments, teasers, sidebars, footers (`loose`: only in comments and other stories). */
function inSkippedContext(el: Element, loose = false): boolean {
  for (let node: Element | null = el; node && node.tagName !== 'BODY'; node = node.parentElement) {
    if (node.tagName === 'ASIDE' || node.tagName === 'NAV' || (!loose && node.tagName === 'FOOTER')) return true;
    const names = `${namesOf(node)} ${attr(node, 'itemprop')}`;
    if (names.trim() && (loose ? OTHER_ITEMS_RE : SKIP_CONTEXT_RE).test(names)) return true;
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
    if (/^(?:comment|review|author|publisher|creator|itemListElement|hasPart|isPartOf|citation|subjectOf|video|image)$/i.test(key))
      continue;
    if (typeof value === 'object') walkJsonLd(value, out, isArticle || inArticle, depth + 1);
  }
}

export type JsonLdInfo = {
  published: FoundDate | null;
  publishedRaw: string | null;
  articleBody: string | null;
  headline: string | null;
  author: string | null;
  description: string | null;
};

/** Reads all JSON-LD blocks once: the article's datePublished, articleBody and headline. */
export function readJsonLd(document: Document): JsonLdInfo {
  const dates: Array<{ date: string; article: boolean; key: string }> = [];
  let articleBody: string | null = null;
  let headline: string | null = null;
  let author: string | null = null;
  let description: string | null = null;
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
      if (Array.isArray(item)) {
        stack.push(...item);
        continue;
      }
      const record = item as Record<string, unknown>;
      if (typeof record.articleBody === 'string' && (!articleBody || record.articleBody.length > articleBody.length))
        articleBody = record.articleBody;
      if (!headline && typeof record.headline === 'string') headline = record.headline;
      if (!description && typeof record.description === 'string') description = record.description;
      if (!author && record.author) {
        const a = Array.isArray(record.author) ? record.author[0] : record.author;
        if (typeof a === 'string') author = a;
        else if (a && typeof a === 'object' && typeof (a as Record<string, unknown>).name === 'string')
          author = (a as Record<string, string>).name ?? null;
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
    if (parsed && parsed.precision === 'day') {
      published = parsed;
      publishedRaw = candidate.date;
      break;
    }
  }
  return { published, publishedRaw, articleBody, headline, author, description };
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
    if (STRONG_META.has(key)) {
      if (!strong) strong = parsed;
    } else if (!weak) weak = { ...parsed, weight: 2 };
  }
  return strong ?? weak;
}

function findItempropDate(document: Document): FoundDate | null {
  for (const el of Array.from(
    document.querySelectorAll('[itemprop="datePublished"], [itemprop="dateCreated"], [property="datePublished"]'),
  )) {
    if (el.tagName === 'META') continue;
    // A post's own footer often holds its timestamp.
    if (inSkippedContext(el, true)) continue;
    const parsed = parseDateString(
      attr(el, 'datetime') || attr(el, 'content') || attr(el, 'title') || (el.textContent ?? '').slice(0, 120),
    );
    if (parsed && parsed.precision === 'day') return parsed;
  }
  return null;
}

const PUBLISHED_CLASS_RE =
  /(?:^|[\s_-])(?:published|publish|publication|pubdate|publishdate|entry-date|post-date|postdate|article-date|story-date|date-published|created|posted-on|posted)(?:$|[\s_-])/i;

function findTimeDate(document: Document, lang: string | null): FoundDate | null {
  const times = Array.from(document.querySelectorAll('time'));
  let fallback: FoundDate | null = null;
  for (const time of times) {
    const names = `${attr(time, 'class')} ${attr(time, 'id')} ${attr(time, 'itemprop')}`;
    if (/modif|updat|aktualis|edited/i.test(names)) continue;
    if (inSkippedContext(time)) continue;
    const raw = attr(time, 'datetime') || (time.textContent ?? '');
    const parsed = parseDateString(raw.slice(0, 120), { lang });
    if (!parsed || parsed.precision !== 'day') continue;
    const before =
      (time.previousSibling?.textContent ?? '') + (time.parentElement?.textContent ?? '').split(time.textContent ?? '\u0000')[0];
    if (isModifiedContext(before.slice(-60))) continue;
    if (
      time.hasAttribute('pubdate') ||
      PUBLISHED_CLASS_RE.test(names) ||
      PUBLISHED_CLASS_RE.test(attr(time.parentElement ?? time, 'class'))
    )
      return parsed;
    // An unlabelled <time> counts only inside the article's header area.
    if (
      !fallback &&
      (time.closest('article, main, header, [class*="article"], [class*="post"], [class*="entry"], [class*="story"]') || times.length === 1)
    )
      fallback = parsed;
  }
  return fallback;
}

const SITE_HEADER_RE = /(?:^|[\s_-])(?:header|masthead|top-?bar|navbar|branding)(?:$|[\s_-])/i;

/** Whether an element sits in the site's header next to the logo (where pages print today's date). */
function isInSiteHeader(el: Element, headline: Element | null): boolean {
  let node: Element | null = el.parentElement;
  for (let level = 0; node && node.tagName !== 'BODY' && level < 6; level++, node = node.parentElement) {
    if (headline && node.contains(headline)) return false;
    if (node.tagName === 'HEADER' || SITE_HEADER_RE.test(namesOf(node))) return true;
    if (level < 3 && node.querySelector('[class*="logo"], [id*="logo"], img[src*="logo"]')) return true;
  }
  return false;
}

function findDateElement(document: Document, lang: string | null): FoundDate | null {
  const root = document.body;
  if (!root) return null;
  const headline = findHeadline(document);
  const candidates = root.querySelectorAll('[class], [id], [data-testid]');
  let count = 0;
  for (const el of Array.from(candidates)) {
    const names = namesOf(el);
    if (!DATE_CLASS_RE.test(names) || /modif|updat|aktualis|candidate|validat|mandat/i.test(names)) continue;
    // A date element is small; reading the text of a whole page section would only be thrown away.
    if (el.childElementCount > 8) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text || text.length > 200) continue;
    if (++count > 400) break;
    if (inSkippedContext(el) || isInSiteHeader(el, headline)) continue;
    if (/©|copyright/i.test(text)) continue;
    const title = attr(el, 'title');
    const mentions = findDateMentions(title ? `${title} ${text}` : text, { lang });
    for (const mention of mentions) {
      if (mention.precision !== 'day') continue;
      if (isModifiedContext(text.slice(0, mention.index))) continue;
      return { value: mention.value, precision: mention.precision };
    }
    // Inside an element named for its date, "30.10.23" is a day with a two-digit year.
    const short = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\d.])/.exec(text);
    if (short && !isModifiedContext(text.slice(0, short.index))) {
      const parsed = parseDateString(`20${short[3]}-${short[2]!.padStart(2, '0')}-${short[1]!.padStart(2, '0')}`);
      if (parsed) return parsed;
    }
  }
  return null;
}

const LOGO_RE = /(?:^|[\s_-])(?:logo|brand|branding|site-?title|site-?name|masthead)(?:$|[\s_-])/i;

function squash(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Whether a heading is the site's name or logo rather than the article's headline. */
function isLogoHeading(el: Element): boolean {
  if (LOGO_RE.test(namesOf(el))) return true;
  const text = squash(el.textContent ?? '');
  if (text.length < 4) return true;
  const link = el.querySelector('a[href]');
  if (link && LOGO_RE.test(namesOf(link))) return true;
  const href = link ? attr(link, 'href').trim() : '';
  const toHome = href === '/' || /^https?:\/\/[^/]+\/?$/i.test(href);
  return toHome && (text.length <= 24 || squash(link?.textContent ?? '').length >= text.length * 0.8);
}

const headlines = new WeakMap<Document, Element | null>();

/** The article's headline: the h1 (else h2) that the page title names, skipping the site's logo heading. */
export function findHeadline(document: Document): Element | null {
  if (headlines.has(document)) return headlines.get(document) ?? null;
  const found = searchHeadline(document);
  headlines.set(document, found);
  return found;
}

function searchHeadline(document: Document): Element | null {
  const title = squash(
    `${document.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? ''} ${document.querySelector('title')?.textContent ?? ''}`,
  );
  const h1s = Array.from(document.querySelectorAll('h1'))
    .slice(0, 12)
    .filter((el) => !isLogoHeading(el));
  const named = (el: Element) => {
    const text = squash(el.textContent ?? '');
    return text.length >= 8 && title.includes(text.slice(0, 60));
  };
  const h1 = h1s.find(named);
  if (h1) return h1;
  return (
    Array.from(document.querySelectorAll('h2'))
      .slice(0, 30)
      .find((el) => !isLogoHeading(el) && named(el)) ??
    h1s[0] ??
    null
  );
}

/** A date printed just below (or just above) the page's headline, as bylines and datelines are. */
function findHeadlineDate(document: Document, lang: string | null): FoundDate | null {
  const h1 = findHeadline(document);
  if (!h1 || inSkippedContext(h1)) return null;
  let before = '';
  let after = '';
  let state: 'before' | 'in' | 'after' = 'before';
  const walk = (node: Node): boolean => {
    if (node.nodeType === 3) {
      const value = (node.nodeValue ?? '').replace(/\s+/g, ' ');
      if (state === 'before') before = (before + value).slice(-160);
      else if (state === 'after') after += value;
      return after.length > 400;
    }
    if (node.nodeType !== 1) return false;
    const el = node as Element;
    if (el.tagName === 'BR') {
      if (state === 'before') before += ' \n ';
      else if (state === 'after') after += ' \n ';
      return false;
    }
    if (
      el.tagName === 'SCRIPT' ||
      el.tagName === 'STYLE' ||
      el.tagName === 'NOSCRIPT' ||
      el.tagName === 'ASIDE' ||
      el.tagName === 'FOOTER' ||
      el.tagName === 'NAV'
    )
      return false;
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
  const options = { allowMonthYear: false, lang };
  // Byline lines under the headline, past at most one standfirst; a date inside a sentence is not a byline.
  let longLines = 0;
  let offset = 0;
  for (const raw of after.split('\n')) {
    if (offset > 400) break;
    offset += raw.length + 1;
    const line = raw.trim();
    if (!line) continue;
    const long = line.length > 160;
    for (const mention of findDateMentions(long ? line.slice(0, 60) : line, options)) {
      if (mention.precision !== 'day' || isModifiedContext(line.slice(0, mention.index))) continue;
      if (/©|copyright/i.test(line)) continue;
      const lead = line.slice(0, mention.index);
      if (long && !/^(?:\p{Lu}[\p{L} ./-]{0,30},\s*)?\(?$/u.test(lead)) continue;
      const rest = lead + line.slice(mention.index + mention.length);
      if (!long && rest.split(/\s+/).filter((w) => /\p{L}{2}/u.test(w)).length > 12) continue;
      return { value: mention.value, precision: 'day' };
    }
    if (long && ++longLines > 1) break;
  }
  const lastLine =
    before
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .pop() ?? '';
  const mentions = findDateMentions(lastLine, options).filter((m) => m.precision === 'day');
  const last = mentions[mentions.length - 1];
  return last && !isModifiedContext(lastLine.slice(0, last.index)) ? { value: last.value, precision: 'day' } : null;
}

const LABEL_RE =
  /(?:^|[^\p{L}])(?:published|first published|posted|date of publication|publication date|veröffentlicht|erschienen|publiziert|erstellt|datum|publié|publiée|mis en ligne|mise en ligne|publicado|publicada|pubblicato|opublikowano|data publikacji)(?:\s+(?:am|on|le|el|il|em|vom|at))?\s*[:|·•-]?\s*$/iu;
const LABEL_HINT_RE =
  /published|posted|veröffentlicht|erschienen|publiziert|erstellt|datum|publié|en ligne|publicad|pubblicato|opublikowano|publikacji/i;
const LABEL_WITHIN_RE =
  /(?:published|posted|veröffentlicht|erschienen|publiziert|erstellt|datum|publié|publiée|en ligne|publicado|publicada|pubblicato|opublikowano|publikacji)(?:\s+(?:am|on|le|el|il|em|vom|at))?\s*[:|·•-]?\s*/giu;
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'ASIDE', 'FOOTER', 'NAV', 'SELECT', 'OPTION']);

/** A date right after a publication label anywhere in the page's own content ("Veröffentlicht am 7. Juni 2020"). */
function findLabeledDate(document: Document, lang: string | null): FoundDate | null {
  const body = document.body;
  if (!body) return null;
  let found: FoundDate | null = null;
  let tail = '';
  let budget = 300_000;
  const walk = (node: Node, inArticle: boolean): boolean => {
    if (node.nodeType === 3) {
      const value = (node.nodeValue ?? '').replace(/\s+/g, ' ');
      if (!value.trim()) return false;
      budget -= value.length;
      // The label ends the text seen so far; the date opens this text node or the one after it.
      if (LABEL_RE.test(tail)) {
        const mention = findDateMentions(value.slice(0, 40), { lang }).find((m) => m.precision === 'day' && m.index <= 4);
        if (mention) {
          found = { value: mention.value, precision: 'day' };
          return true;
        }
      }
      const within = LABEL_WITHIN_RE;
      within.lastIndex = 0;
      for (let m = LABEL_HINT_RE.test(value) ? within.exec(value) : null; m; m = within.exec(value)) {
        if (!LABEL_RE.test(value.slice(0, m.index + m[0].length))) continue;
        const rest = value.slice(m.index + m[0].length, m.index + m[0].length + 40);
        const mention = findDateMentions(rest, { lang }).find((d) => d.precision === 'day' && d.index === 0);
        if (mention && !isModifiedContext(value.slice(0, m.index))) {
          found = { value: mention.value, precision: 'day' };
          return true;
        }
      }
      tail = `${tail} ${value}`.slice(-60);
      return budget <= 0;
    }
    if (node.nodeType !== 1) return false;
    const el = node as Element;
    if (SKIP_TAGS.has(el.tagName)) return false;
    const names = namesOf(el);
    // Inside the article, a "sidebar" or "meta" box is the article's own (credits, facts).
    if (
      names &&
      (inArticle ? OTHER_ITEMS_RE : SKIP_CONTEXT_RE).test(names) &&
      !(inArticle && /sidebar/i.test(names) && !OTHER_ITEMS_RE.test(names.replace(/sidebar/gi, '')))
    )
      return false;
    const articleHere = inArticle || el.tagName === 'ARTICLE';
    for (let child = el.firstChild; child; child = child.nextSibling) if (walk(child, articleHere)) return true;
    return false;
  };
  walk(body, false);
  return found;
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
  const day =
    /\/((?:19|20)\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?:[/_.-]|$)/.exec(path) ?? /[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.-]|$)/.exec(path);
  if (day) {
    const parsed = parseDateString(`${day[1]}-${day[2]!.padStart(2, '0')}-${day[3]!.padStart(2, '0')}`);
    if (parsed) return parsed;
  }
  // Only /2020/06/: "/2019-4/" is more often an issue number than a month.
  const month = /\/((?:19|20)\d{2})\/(\d{2})\//.exec(path);
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
const SCRIPT_DATE_RE =
  /["']?(?:publishdate|publish_date|publishDate|publication_date|publicationDate|datePublished|date_published|published_at|publishedAt|published_date|publishedDate|pubDate|pub_date|firstPublished|first_published_at|cmsPublishingDate|articlePublishDate|releaseDate)["']?\s*[:=]\s*["']([^"']{8,40})["']/;

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

const SOURCE_WEIGHT: Record<PageDate['source'], number> = { 'json-ld': 3, meta: 3, 'time-element': 2.5, url: 3.5, byline: 1.5 };

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
  const time = findTimeDate(document, options.language ?? null);
  if (time) candidates.push({ ...time, source: 'time-element', utc: false });
  for (const url of options.urls) {
    const fromUrl = findUrlDate(url);
    if (fromUrl?.precision === 'day') {
      candidates.push({ ...fromUrl, source: 'url', utc: false });
      break;
    }
  }
  // Two machine-readable sources that agree (one of them in local time) outweigh everything read from the text.
  const settled = candidates.some((a) => !a.utc && candidates.some((b) => b !== a && b.source !== a.source && b.value === a.value));
  if (settled) return candidates;
  const script = findScriptDate(document);
  const element = findDateElement(document, options.language ?? null);
  if (element) candidates.push({ ...element, source: 'byline', utc: false });
  const headline = findHeadlineDate(document, options.language ?? null);
  if (headline) candidates.push({ ...headline, source: 'byline', utc: false, weight: 1 });
  const labeled = findLabeledDate(document, options.language ?? null);
  if (labeled) candidates.push({ ...labeled, source: 'byline', utc: false, weight: 1 });
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
  for (const candidate of candidates)
    votes.set(candidate.value, (votes.get(candidate.value) ?? 0) + (candidate.weight ?? SOURCE_WEIGHT[candidate.source]));
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
