// HTML document → main article text (plain, blank line between paragraphs): cleans boilerplate, picks the
// content root from page markup or text density, serializes block by block, and drops link lists and notices.
import { parseHTML } from 'linkedom';

/** Which rule produced the text (for explanations and tests). */
export type MainTextMethod = 'article-markup' | 'density' | 'json-ld' | 'readability' | 'body';

export type MainText = { text: string; method: MainTextMethod };

const REMOVE_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'BUTTON',
  'INPUT',
  'SELECT',
  'TEXTAREA',
  'OPTION',
  'LABEL',
  'NAV',
  'FOOTER',
  'ASIDE',
  'FIGURE',
  'FIGCAPTION',
  'MENU',
  'DIALOG',
  'MAP',
  'PICTURE',
  'SOURCE',
  'LINK',
  'META',
  'HEAD',
  'FIELDSET',
  'MATH',
  'IMG',
]);

const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'UL',
  'OL',
  'DL',
  'DT',
  'DD',
  'BLOCKQUOTE',
  'PRE',
  'TABLE',
  'TBODY',
  'THEAD',
  'TFOOT',
  'TR',
  'TD',
  'TH',
  'HEADER',
  'ADDRESS',
  'CENTER',
  'FORM',
  'HR',
  'BODY',
  'CAPTION',
  'DETAILS',
  'SUMMARY',
  'HGROUP',
]);

const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

// Class/id words that name page furniture. Matched as a whole word inside a class or id ("post-comments", "share_bar").
const BOILERPLATE_WORDS = [
  'comments?',
  'commentlist',
  'comment-list',
  'kommentare?',
  'disqus',
  'respond',
  'cookies?',
  'consent',
  'gdpr',
  'cmp',
  'newsletter',
  'subscribe',
  'subscription',
  'abo',
  'paywall',
  'related',
  'share',
  'shares',
  'sharing',
  'shariff',
  'social',
  'socials',
  'socialmedia',
  'breadcrumbs?',
  'footer',
  'nav',
  'navbar',
  'navigation',
  'menu',
  'sidebar',
  'widget',
  'widgets',
  'advert\\w*',
  'ads?',
  'adslot',
  'ad-slot',
  'anzeige',
  'werbung',
  'banner',
  'promo',
  'sponsor\\w*',
  'popup',
  'modal',
  'overlay',
  'outbrain',
  'taboola',
  'plista',
  'recommend\\w*',
  'empfehlung\\w*',
  'more-?stories',
  'read-?more',
  'readmore',
  'weiterlesen',
  'tags',
  'tag-?list',
  'tagcloud',
  'tag-cloud',
  'keywords',
  'author-?bio',
  'authorbox',
  'author-box',
  'about-?author',
  'pagination',
  'pager',
  'print',
  'toolbar',
  'tools',
  'login',
  'signup',
  'register',
  'skip',
  'skiplinks?',
  'caption',
  'credits?',
  'copyright',
  'meta',
  'postmeta',
  'entry-meta',
  'byline',
  'dateline',
  'rating',
  'vote',
  'poll',
  'hidden',
  'visually-hidden',
  'sr-only',
  'screen-reader-text',
  'offscreen',
  'masthead',
  'topbar',
  'top-bar',
  'header-bar',
  'site-header',
  'sitemap',
  'teaser-?list',
  'teaserlist',
  'most-?read',
  'mostread',
  'popular',
  'trending',
  'latest',
  'headlines',
  'infobox',
  'lightbox',
  'gallery',
  'slider',
  'carousel',
  'video',
  'player',
  'dropdown',
  'flyout',
  'notice',
  'alert',
  'jobs?',
  'partner',
  'rss',
  'follow',
  'contact',
];
const BOILERPLATE_RE = new RegExp(`(?:^|[\\s_-])(?:${BOILERPLATE_WORDS.join('|')})(?:$|[\\s_-])`, 'i');
// Comment sections may outweigh the article itself, so they go even when large.
const COMMENTS_RE = /(?:^|[\s_-])(?:comments?|commentlist|comment-list|kommentare?|disqus|respond|discussion|replies)(?:$|[\s_-])/i;
const CONTENT_WORDS_RE =
  /(?:^|[\s_-])(?:article|artikel|post|entry|story|news|blog|main|page|beitrag|text|body|content|inhalt|detail|single)(?:[\s_-]|$)/i;
const CONTENT_ROOT_RE =
  /(?:^|[\s_-])(?:(?:article|artikel|post|entry|story|news|blog|beitrag|single)[-_]?(?:body|content|text|inner|copy|main|detail|container|wrapper)s?|(?:body|content|main)[-_]?(?:text|copy|body)|entry-content|post-content|articlebody|article-body|storybody|story-body|richtext|rich-text|field-name-body|field--name-body|text-content|article__body|article__content|c-article-body|td-post-content)(?:$|[\s_-])/i;

const UNLIKELY_ROLES = new Set([
  'navigation',
  'banner',
  'complementary',
  'contentinfo',
  'dialog',
  'alert',
  'alertdialog',
  'menu',
  'menubar',
  'search',
]);

// Short lines that are page furniture wherever they appear.
const NOTICE_RE = new RegExp(
  [
    '^(?:share|teilen|tweet|drucken|print|e-?mail|facebook|twitter|whatsapp|pinterest|linkedin|xing|reddit|telegram)\\b',
    '\\b(?:cookies?|datenschutzerklärung|privacy policy|datenschutzhinweise?)\\b.*\\b(?:accept|akzeptier|zustimm|einverstanden|agree|use|verwende|nutz|consent)',
    '\\b(?:accept|akzeptier|zustimm|agree)\\w*\\b.*\\bcookies?\\b',
    '^(?:read more|weiterlesen|mehr lesen|mehr zum thema|lesen sie auch|lesen sie mehr|auch interessant|das könnte (?:dich|sie) auch interessieren|related|see also|more on this|more from|leer más|lire aussi|lire la suite|czytaj (?:więcej|też|także)|zobacz (?:też|także))\\b',
    '^(?:©|\\(c\\)|copyright\\b)',
    '\\ball rights reserved\\b',
    '\\balle rechte vorbehalten\\b',
    '^(?:foto|fotos|bild|bilder|photo|photos|image|images|quelle|source|źródło|fuente|credit|credits|grafik|illustration|video)\\s*:',
    '\\b(?:subscribe|abonnieren|newsletter)\\b.*\\b(?:now|jetzt|free|kostenlos|here|hier|today)\\b',
    '^(?:sign up|log ?in|anmelden|registrieren|zum newsletter)\\b',
    '^(?:advertisement|anzeige|werbung|publicidad|publicité|reklama)$',
    '^(?:tags?|schlagworte|schlagwörter|themen|stichworte|kategorien|categories|filed under)\\s*:',
    '^(?:leave a (?:comment|reply)|kommentar (?:schreiben|verfassen)|\\d+ (?:comments?|kommentare?))\\b',
    '^(?:abbildung|abb\\.|cr[ée]dits? photos?|photo credit|photo source|bildquelle|fotoquelle|bildnachweis)\\s*:?',
    '^(?:bild|foto|image|photo)s? (?:anzeigen|vergrößern|schließen|enlarge|zoom)\\b',
    '\\b(?:wszelkie prawa zastrzeżone|todos los derechos reservados|tous droits réservés|materiał chroniony prawem)',
    '\\b(?:sie sind (?:aktuell |derzeit )?nicht (?:eingeloggt|angemeldet)|(?:loggen|melden) sie sich (?:bitte )?an|you must be logged in)\\b',
    '^(?:s[ií]guenos|follow us|folgen sie uns|folge uns|suivez-nous|siga-nos|obserwuj nas)\\b',
    '\\bsign up (?:here|now|today)\\b',
    '^\\(?alle angaben ohne gewähr\\)?$',
    '\\bzapraszamy (?:też |także )?do (?:subskrypcji|prenumeraty)\\b',
    '^(?:inhaltsverzeichnis|table of contents|contents|índice|sommaire|spis treści)$',
    '^(?:warning|notice|deprecated|strict standards|fatal error|parse error)\\s*:.*\\bon line \\d+',
    '^(?:this entry was posted|der beitrag wurde am|dieser beitrag wurde (?:am|unter)|posted in\\b|veröffentlicht (?:in|unter)\\b)',
    '^(?:kommentare? (?:schreiben|verfassen|anzeigen)|write a comment|add a comment|post a comment)\\b',
  ].join('|'),
  'i',
);
// Image captions that end in the picture's credit: "… © Agency", "…, photo: Archive".
const CAPTION_CREDIT_RE = /(?:©|\(c\)|\b(?:photo|foto|bild|credit|quelle)s?\s*:)\s*[^.!?]{0,60}$/iu;
// A block that is only a date (with weekday, time or a category word): page metadata, not article text.
const DATE_ONLY_RE =
  /^[\p{L}.,]{0,12}[\s,]*(?:\d{1,4}[./-]\s?\d{1,2}[./-]\s?\d{2,4}|\d{1,2}\.?\s\p{L}{3,10}\.?\s\d{4}|\p{L}{3,10}\.?\s\d{1,2},?\s\d{4})(?:[\s,|/·•-]+(?:\d{1,2}[:.]\d{2}(?:\s?(?:uhr|am|pm|h))?|[\p{L}-]+)){0,2}\s*$/iu;

type Metrics = { text: number; link: number; commas: number; paragraphs: number };

function attr(el: Element, name: string): string {
  return el.getAttribute(name) ?? '';
}

function classAndId(el: Element): string {
  return `${attr(el, 'class')} ${attr(el, 'id')}`.trim();
}

function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00a0\u200b\u2028\u2029]+/g, ' ');
}

function isHiddenElement(el: Element): boolean {
  if (el.hasAttribute('hidden') || attr(el, 'aria-hidden') === 'true') return true;
  const style = attr(el, 'style');
  return style !== '' && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/** Text-length metrics of every element, computed bottom-up in one pass. */
function measureTree(root: Element): Map<Element, Metrics> {
  const metrics = new Map<Element, Metrics>();
  const visit = (el: Element, inLink: boolean): Metrics => {
    const own: Metrics = { text: 0, link: 0, commas: 0, paragraphs: 0 };
    const linkHere = inLink || el.tagName === 'A';
    for (let node = el.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) {
        const value = node.nodeValue ?? '';
        const length = value.trim().length;
        own.text += length;
        if (linkHere) own.link += length;
        if (length > 0) own.commas += (value.match(/[,，、]/g) ?? []).length;
      } else if (node.nodeType === 1) {
        const child = visit(node as Element, linkHere);
        own.text += child.text;
        own.link += child.link;
        own.commas += child.commas;
        own.paragraphs += child.paragraphs;
      }
    }
    if (el.tagName === 'P' && own.text > 40) own.paragraphs += 1;
    metrics.set(el, own);
    return own;
  };
  visit(root, false);
  return metrics;
}

/** Removes scripts, page chrome and furniture named by class/id, keeping everything that holds the content. */
function cleanTree(body: Element, protectedNodes: Set<Element>, all: Element[]): void {
  const bodyText = Math.max(1, normalizeSpace(body.textContent ?? '').length);
  for (const el of all) {
    if (!el.parentNode || el === body) continue;
    const tag = el.tagName;
    if (protectedNodes.has(el)) continue;
    if (REMOVE_TAGS.has(tag)) {
      // Some CMSs wrap the whole page in a form or put the article in an aside-free <header>; keep big ones.
      if ((tag === 'FORM' || tag === 'FIELDSET') && (el.textContent ?? '').length > bodyText * 0.3) continue;
      el.remove();
      continue;
    }
    if (tag === 'HEADER' && !el.closest('article')) {
      const text = normalizeSpace(el.textContent ?? '').length;
      if (text < bodyText * 0.3) {
        el.remove();
        continue;
      }
    }
    if (isHiddenElement(el)) {
      el.remove();
      continue;
    }
    const role = attr(el, 'role');
    if (role && UNLIKELY_ROLES.has(role)) {
      el.remove();
      continue;
    }
    if (tag === 'ARTICLE' || tag === 'MAIN' || tag === 'BODY') continue;
    const names = classAndId(el);
    if (!names) continue;
    if (COMMENTS_RE.test(names)) {
      el.remove();
      continue;
    }
    if (BOILERPLATE_RE.test(names)) {
      if (CONTENT_ROOT_RE.test(names)) continue;
      const share = normalizeSpace(el.textContent ?? '').length / bodyText;
      if (share > 0.5) continue;
      el.remove();
    }
  }
}

function ancestorsOf(el: Element, into: Set<Element>): void {
  for (let node: Element | null = el; node; node = node.parentElement) into.add(node);
}

/** Content roots the page names itself: itemprop=articleBody, class names like "article-body", <article>, <main>. */
function findMarkedRoots(all: Element[]): Element[] {
  const byItemprop: Element[] = [];
  const byName: Element[] = [];
  const byTag: Element[] = [];
  for (const el of all) {
    const itemprop = attr(el, 'itemprop');
    if (itemprop === 'articleBody' || itemprop === 'text' || attr(el, 'property') === 'articleBody') byItemprop.push(el);
    const names = classAndId(el);
    if (names && CONTENT_ROOT_RE.test(names) && !COMMENTS_RE.test(names)) byName.push(el);
    if (el.tagName === 'ARTICLE' || el.tagName === 'MAIN' || attr(el, 'role') === 'main') byTag.push(el);
  }
  return [...byItemprop, ...byName, ...byTag];
}

function paragraphText(metrics: Map<Element, Metrics>, el: Element): number {
  const m = metrics.get(el);
  return m ? m.text - m.link : 0;
}

/** Readability-style density scoring, without mutating the tree. */
function findDensityRoot(body: Element, metrics: Map<Element, Metrics>): { root: Element; score: number } | null {
  const scores = new Map<Element, number>();
  const candidates = body.querySelectorAll('p, pre, td, blockquote, div, section, li, dd');
  for (const el of Array.from(candidates)) {
    const m = metrics.get(el);
    if (!m || m.text < 25) continue;
    if (el.tagName === 'DIV' || el.tagName === 'SECTION' || el.tagName === 'LI' || el.tagName === 'DD' || el.tagName === 'TD') {
      // Only the element's own loose text counts here; nested blocks are scored themselves.
      let loose = 0;
      for (let node = el.firstChild; node; node = node.nextSibling) {
        if (node.nodeType === 3) loose += (node.nodeValue ?? '').trim().length;
        else if (node.nodeType === 1 && !BLOCK_TAGS.has((node as Element).tagName)) loose += metrics.get(node as Element)?.text ?? 0;
      }
      if (loose < 60) continue;
    }
    const density = m.text ? m.link / m.text : 0;
    const score = (1 + Math.min(m.commas, 20) + Math.min(Math.floor(m.text / 100), 3)) * (1 - density);
    let node = el.parentElement;
    for (let level = 0; node && level < 3; level++, node = node.parentElement) {
      if (node === body.parentElement) break;
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(node, (scores.get(node) ?? 0) + score / divider);
    }
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, raw] of scores) {
    const m = metrics.get(el);
    const density = m && m.text ? m.link / m.text : 0;
    let score = raw * (1 - density);
    const names = classAndId(el);
    if (names) {
      if (CONTENT_WORDS_RE.test(names)) score *= 1.25;
      if (BOILERPLATE_RE.test(names)) score *= 0.75;
    }
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return best ? { root: best, score: bestScore } : null;
}

type Block = { text: string; linkChars: number; tag: string; inList: boolean };

/** Serializes a subtree into text blocks (paragraphs, headings, list items, table rows). */
function collectBlocks(root: Element, metrics: Map<Element, Metrics>, dropLinkLists = true): Block[] {
  const blocks: Block[] = [];
  let buffer = '';
  let linkChars = 0;
  let blockTag = 'P';
  let inList = false;
  const flush = () => {
    // <br><br> inside one element separates paragraphs; a single <br> is a line break.
    const pieces = buffer.split(/\n[ \t\u00a0]*\n/);
    const total = Math.max(1, buffer.length);
    for (const piece of pieces) {
      const text = piece
        .split('\n')
        .map((line) => normalizeSpace(line).trim())
        .filter(Boolean)
        .join('\n');
      if (text)
        blocks.push({
          text,
          linkChars: pieces.length > 1 ? Math.round((linkChars * piece.length) / total) : linkChars,
          tag: blockTag,
          inList,
        });
    }
    buffer = '';
    linkChars = 0;
  };
  const walk = (el: Element, inLink: boolean, listDepth: number) => {
    const tag = el.tagName;
    if (REMOVE_TAGS.has(tag)) return;
    if (dropLinkLists && (tag === 'UL' || tag === 'OL' || tag === 'DL')) {
      // Link lists (teasers, tags, navigation) go as a whole.
      const m = metrics.get(el);
      if (m && m.text > 0 && m.link / m.text > 0.5) return;
    }
    const isBlock = BLOCK_TAGS.has(tag);
    if (isBlock) {
      flush();
      blockTag = tag;
      inList = listDepth > 0;
    }
    if (tag === 'BR') {
      buffer += '\n';
      return;
    }
    const linkHere = inLink || tag === 'A';
    const nextDepth = tag === 'UL' || tag === 'OL' || tag === 'DL' ? listDepth + 1 : listDepth;
    for (let node = el.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) {
        const value = (node.nodeValue ?? '').replace(/[\r\n]+/g, ' ');
        buffer += value;
        if (linkHere) linkChars += value.trim().length;
      } else if (node.nodeType === 1) {
        walk(node as Element, linkHere, nextDepth);
        if (isBlock && BLOCK_TAGS.has((node as Element).tagName)) {
          blockTag = tag;
          inList = listDepth > 0;
        }
      }
    }
    if (tag === 'TD' || tag === 'TH') buffer += ' ';
    if (isBlock) flush();
  };
  walk(root, false, 0);
  return blocks;
}

function isBoilerplateBlock(block: Block): boolean {
  const length = block.text.length;
  if (length === 0) return true;
  const density = block.linkChars / length;
  if (density > 0.6 && length < 400) return true;
  if (density > 0.35 && length < 80 && !HEADING_TAGS.has(block.tag)) return true;
  if (length < 220 && NOTICE_RE.test(block.text)) return true;
  if (length < 220 && !HEADING_TAGS.has(block.tag) && CAPTION_CREDIT_RE.test(block.text)) return true;
  if (length < 60 && DATE_ONLY_RE.test(block.text)) return true;
  return false;
}

// Headings that open a box of other stories, an author bio or a reading list rather than more of the article.
const RELATED_HEADING_RE = new RegExp(
  `^(?:${[
    'related(?: \\w+)?',
    'similar (?:articles|posts|stories)',
    'more (?:from|on|in|about|stories|articles|news|to read)\\b.*',
    'read (?:also|next|more)',
    'you (?:may|might) (?:also )?(?:like|enjoy)',
    'recommended(?: \\w+)?',
    '(?:latest|popular|trending|top) (?:news|posts|articles|stories)',
    'most (?:read|popular|viewed)',
    'about the author',
    'further reading',
    'see also',
    'weitere (?:\\w+ )?(?:artikel|beiträge|themen|nachrichten|news|meldungen|stories|geschichten)\\b.*',
    'ähnliche (?:beiträge|artikel|themen)',
    'empfohlene (?:beiträge|artikel)',
    'das könnte (?:dich|sie) auch interessieren',
    'auch interessant',
    'lesen sie (?:auch|mehr|weiter)',
    'schon gelesen\\??',
    '(?:viel|meist) ?gelesen\\b.*',
    'top[- ]themen\\b.*',
    'neueste (?:artikel|beiträge|nachrichten)',
    'aktuelle (?:artikel|beiträge)',
    'mehr (?:zum thema|zu(?:m|r)? [\\p{L} -]{2,40}|kolumnen|artikel|beiträge|nachrichten|aus [\\p{L} -]{2,40})',
    'entdecken sie (?:jetzt|mehr|auch)\\b.*',
    'über (?:den|die) (?:autor|autorin)(?:in)?',
    'zum autor',
    'alle artikel\\b.*',
    '(?:presse)?kontakt',
    'ansprechpartner\\b.*',
    '(?:media |press )?contacts?',
    'articles les plus lus',
    'sur le même thème',
    'dernières (?:news|infos|actualités)\\b.*',
    'les plus lus',
    '(?:temas|artículos|noticias|articulos) relacionad[oa]s\\b.*',
    'te puede interesar',
    'lee también',
    'veja também',
    'leia (?:também|mais)',
    '(?:à )?lire aussi',
    'sur le même sujet',
    'dans la même rubrique',
    'czytaj (?:też|także|więcej)',
    'zobacz (?:też|także|również)',
    'polecamy',
  ].join('|')})\\s*[:.!?]?$`,
  'iu',
);

function isRelatedHeading(block: Block): boolean {
  return block.text.length <= 70 && !block.text.includes('\n') && RELATED_HEADING_RE.test(block.text.trim());
}

function blocksToText(blocks: Block[]): string {
  const kept = blocks.filter((block) => !isBoilerplateBlock(block));
  const total = kept.reduce((sum, block) => sum + block.text.length, 0);
  const paragraphs: string[] = [];
  let seen = 0;
  let skipLinks = false;
  for (const block of kept) {
    const text = block.text;
    if (isRelatedHeading(block)) {
      // Near the end, such a heading closes the article; inside it, only the heading and its linked teasers go.
      if (seen >= total * 0.6) break;
      skipLinks = true;
      seen += text.length;
      continue;
    }
    seen += text.length;
    if (skipLinks && block.linkChars > text.length * 0.5) continue;
    skipLinks = false;
    if (paragraphs[paragraphs.length - 1] === text) continue;
    paragraphs.push(text);
  }
  return paragraphs.join('\n\n');
}

function textLength(text: string): number {
  return text.replace(/\s+/g, '').length;
}

/** Picks the content root: the page's own article markup when it holds most of the text, else the densest node. */
function chooseRoot(body: Element, metrics: Map<Element, Metrics>, marked: Element[]): { root: Element; method: MainTextMethod } {
  const density = findDensityRoot(body, metrics);
  const live = marked.filter((el) => el.isConnected && paragraphText(metrics, el) > 200);
  let bestMarked: Element | null = null;
  for (const el of live) {
    if (!bestMarked || paragraphText(metrics, el) > paragraphText(metrics, bestMarked) * 1.2) bestMarked = el;
  }
  // Prefer the innermost marked root that keeps nearly all of the best one's text.
  if (bestMarked) {
    const total = paragraphText(metrics, bestMarked);
    for (const el of live) {
      if (el !== bestMarked && bestMarked.contains(el) && paragraphText(metrics, el) > total * 0.85) bestMarked = el;
    }
  }
  if (bestMarked && density) {
    const densityText = paragraphText(metrics, density.root);
    if (bestMarked.contains(density.root) || density.root.contains(bestMarked) || paragraphText(metrics, bestMarked) >= densityText * 0.6) {
      return { root: bestMarked, method: 'article-markup' };
    }
    return { root: density.root, method: 'density' };
  }
  if (bestMarked) return { root: bestMarked, method: 'article-markup' };
  if (density) return { root: density.root, method: 'density' };
  return { root: body, method: 'body' };
}

/** Extends a density root with sibling blocks that read like article paragraphs (readability's sibling rule). */
function withSiblings(root: Element, metrics: Map<Element, Metrics>): Element[] {
  const parent = root.parentElement;
  if (!parent) return [root];
  const out: Element[] = [];
  const rootText = paragraphText(metrics, root);
  for (let node = parent.firstElementChild; node; node = node.nextElementSibling) {
    if (node === root) {
      out.push(node);
      continue;
    }
    const m = metrics.get(node);
    if (!m || m.text === 0) continue;
    const density = m.link / m.text;
    if (node.tagName === 'P' && m.text > 80 && density < 0.25) out.push(node);
    else if (m.paragraphs >= 2 && density < 0.2 && m.text - m.link > rootText * 0.25 && !BOILERPLATE_RE.test(classAndId(node)))
      out.push(node);
  }
  return out;
}

// Standfirsts, intros and sublines that pages put next to the article body rather than inside it.
const LEAD_RE =
  /(?:^|[\s_-])(?:intro|introduction|intro-?text|lead|lede|lead-?text|teaser-?intro|teaser-?text|standfirst|summary|subline|sub-?title|description|abstract|excerpt|dek|deck|vorspann|anreisser|einleitung|chapeau|chapo|entradilla|bajada|body)(?:$|[\s_-])/i;

/** A short lead paragraph just before the content root (up to three levels up), when the page names it as one. */
function findLead(root: Element, metrics: Map<Element, Metrics>): Element | null {
  let node: Element | null = root;
  for (let level = 0; node && level < 3 && node.tagName !== 'BODY'; level++, node = node.parentElement) {
    let sibling = node.previousElementSibling;
    for (let step = 0; sibling && step < 4; step++, sibling = sibling.previousElementSibling) {
      const candidates = [sibling, ...Array.from(sibling.querySelectorAll('[class], [id]')).slice(0, 20)];
      for (const el of candidates) {
        if (!LEAD_RE.test(classAndId(el)) || BOILERPLATE_RE.test(classAndId(el).replace(LEAD_RE, ' '))) continue;
        const m = metrics.get(el);
        if (!m || m.text < 60 || m.text > 1200 || m.link > m.text * 0.2) continue;
        return el;
      }
    }
  }
  return null;
}

export type MainTextOptions = {
  /** JSON-LD articleBody, when the page has one (a fallback for pages whose markup hides the text). */
  jsonLdBody?: string | null;
  /** Called when markup gives too little; returns readability's plain text (lazy: it costs a second parse). */
  readabilityText?: () => string | null;
};

/** JSON-LD articleBody → paragraphs; some sites put escaped HTML (entities, <p> tags) in it. */
function jsonLdToText(body: string): string {
  let plain = body;
  if (/&(?:[a-z]+|#\d+|#x[\da-f]+);|<\/?[a-z][^>]*>/i.test(body)) {
    const { document } = parseHTML(`<!DOCTYPE html><html><body>${body.replace(/\r?\n/g, '<br>')}</body></html>`) as unknown as {
      document: Document;
    };
    if (document.body) plain = htmlDocumentToText(document);
  }
  return plain
    .split(/\n\s*\n|\r?\n/)
    .map((line) => normalizeSpace(line).trim())
    .filter(Boolean)
    .join('\n\n');
}

/** Extracts the main text from a parsed document. Mutates the document (removes boilerplate). */
export function extractMainText(document: Document, options: MainTextOptions = {}): MainText {
  const body = document.body ?? document.documentElement;
  if (!body) return { text: '', method: 'body' };
  const protectedNodes = new Set<Element>();
  const all = Array.from(body.querySelectorAll('*'));
  const marked = findMarkedRoots(all);
  for (const el of marked) {
    if (el.tagName !== 'MAIN' && attr(el, 'role') !== 'main') ancestorsOf(el, protectedNodes);
  }
  cleanTree(body, protectedNodes, all);
  const metrics = measureTree(body);
  const { root, method } = chooseRoot(body, metrics, marked);
  const parts = method === 'density' ? withSiblings(root, metrics) : [root];
  const lead = findLead(root, metrics);
  if (lead && !parts.some((part) => part.contains(lead))) parts.unshift(lead);
  const blocks = parts.flatMap((part) => collectBlocks(part, metrics));
  let text = blocksToText(blocks);
  let used: MainTextMethod = method;
  const length = textLength(text);
  const jsonLd = options.jsonLdBody ? options.jsonLdBody.trim() : '';
  if (jsonLd && textLength(jsonLd) > Math.max(length * 1.5, 400)) {
    text = jsonLdToText(jsonLd);
    used = 'json-ld';
  } else if (length < 300 && options.readabilityText) {
    const fallback = options.readabilityText();
    if (fallback && textLength(fallback) > Math.max(length * 1.3, 250)) {
      text = fallback;
      used = 'readability';
    }
  }
  if (textLength(text) < 50) {
    // Little markup and no detectable article: keep the page's remaining text rather than nothing.
    const rest = blocksToText(collectBlocks(body, metrics));
    if (textLength(rest) > textLength(text)) return { text: rest, method: 'body' };
  }
  return { text, method: used };
}

/** Plain text of a clean HTML document (converted DOCX, readability output): every block, no filtering. */
export function htmlDocumentToText(document: Document): string {
  const body = document.body ?? document.documentElement;
  if (!body) return '';
  const metrics = measureTree(body);
  const blocks = collectBlocks(body, metrics, false);
  return blocks
    .map((block) => block.text.replace(/ *\n */g, '\n').trim())
    .filter(Boolean)
    .join('\n\n');
}
