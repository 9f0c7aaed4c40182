// Publication dates from strings and text: parses date expressions in several languages (explicit dates only,
// never "now"), finds date lines near the top of a text, and estimates a plain text's date from what it mentions.
import * as chrono from 'chrono-node';
import type { DatePrecision } from '../../domain/documents';

export type FoundDate = { value: string; precision: DatePrecision };
export type DateMention = FoundDate & { index: number; length: number };

const MONTHS: Record<string, number> = {};
const MONTH_NAMES: Array<[number, string[]]> = [
  [
    1,
    [
      'january',
      'jan',
      'januar',
      'jänner',
      'janvier',
      'janv',
      'enero',
      'ene',
      'gennaio',
      'janeiro',
      'januari',
      'stycznia',
      'styczeń',
      'styczen',
      'leden',
      'ledna',
    ],
  ],
  [
    2,
    [
      'february',
      'feb',
      'febr',
      'februar',
      'février',
      'fevrier',
      'févr',
      'fevr',
      'febrero',
      'febbraio',
      'fevereiro',
      'fev',
      'februari',
      'lutego',
      'luty',
      'únor',
      'února',
    ],
  ],
  [3, ['march', 'mar', 'märz', 'maerz', 'mars', 'marzo', 'março', 'marco', 'maart', 'marca', 'marzec', 'mrz', 'březen', 'března']],
  [4, ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile', 'kwietnia', 'kwiecień', 'duben', 'dubna']],
  [5, ['may', 'mai', 'mayo', 'maggio', 'maio', 'mei', 'maja', 'maj', 'květen', 'května']],
  [6, ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'junho', 'czerwca', 'czerwiec', 'červen', 'června']],
  [7, ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'julho', 'lipca', 'lipiec', 'červenec', 'července']],
  [8, ['august', 'aug', 'août', 'aout', 'agosto', 'ago', 'augustus', 'sierpnia', 'sierpień', 'srpen', 'srpna']],
  [9, ['september', 'sep', 'sept', 'septembre', 'septiembre', 'set', 'settembre', 'setembro', 'września', 'wrzesień', 'září']],
  [
    10,
    [
      'october',
      'oct',
      'oktober',
      'okt',
      'octobre',
      'octubre',
      'ottobre',
      'outubro',
      'out',
      'października',
      'październik',
      'říjen',
      'října',
    ],
  ],
  [11, ['november', 'nov', 'novembre', 'noviembre', 'novembro', 'listopada', 'listopad', 'listopadu']],
  [
    12,
    [
      'december',
      'dec',
      'dezember',
      'dez',
      'décembre',
      'decembre',
      'déc',
      'diciembre',
      'dic',
      'dicembre',
      'dezembro',
      'grudnia',
      'grudzień',
      'prosinec',
      'prosince',
    ],
  ],
];
for (const [month, names] of MONTH_NAMES) for (const name of names) MONTHS[name] = month;
const MONTH_ALT = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

const DAY = '(\\d{1,2})(?:st|nd|rd|th|er|º|°)?';
const YEAR = '((?:19|20)\\d{2})';
const SEP = '[\\s\\u00a0]*';
const patterns: Array<{ re: RegExp; order: 'ymd' | 'dmy' | 'mdy' | 'dMy' | 'Mdy' | 'My' | 'ymd-compact' }> = [
  { re: new RegExp(`(?<![\\d.])${YEAR}-(\\d{1,2})-(\\d{1,2})(?![\\d])`, 'g'), order: 'ymd' },
  { re: new RegExp(`(?<![\\d.])${YEAR}[/.](\\d{1,2})[/.](\\d{1,2})(?![\\d])`, 'g'), order: 'ymd' },
  { re: new RegExp(`(?<![\\d.:/])(\\d{1,2})\\.${SEP}(\\d{1,2})\\.${SEP}${YEAR}(?![\\d])`, 'g'), order: 'dmy' },
  { re: new RegExp(`(?<![\\d./:])(\\d{1,2})[/-](\\d{1,2})[/-]${YEAR}(?![\\d])`, 'g'), order: 'mdy' },
  {
    re: new RegExp(`(?<![\\d\\p{L}])${DAY}\\.?${SEP}(?:de${SEP})?(${MONTH_ALT})\\.?,?${SEP}(?:de${SEP})?${YEAR}(?!\\d)`, 'giu'),
    order: 'dMy',
  },
  { re: new RegExp(`(?<![\\p{L}])(${MONTH_ALT})\\.?${SEP}${DAY},?${SEP}${YEAR}(?!\\d)`, 'giu'), order: 'Mdy' },
  { re: new RegExp(`(?<![\\p{L}\\d.])(${MONTH_ALT})\\.?,?${SEP}${YEAR}(?!\\d)`, 'giu'), order: 'My' },
];

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A date is plausible for a publication between 1990 and tomorrow. */
export function isPlausibleDate(year: number, month: number, day: number, now = new Date()): boolean {
  if (year < 1990 || month < 1 || month > 12 || day < 1 || day > 31) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return false;
  return date.getTime() <= now.getTime() + 36 * 3600 * 1000;
}

function toFound(year: number, month: number | null, day: number | null, now?: Date): FoundDate | null {
  if (month === null) return isPlausibleDate(year, 1, 1, now) ? { value: String(year), precision: 'year' } : null;
  if (day === null) return isPlausibleDate(year, month, 1, now) ? { value: `${year}-${pad(month)}`, precision: 'month' } : null;
  return isPlausibleDate(year, month, day, now) ? { value: `${year}-${pad(month)}-${pad(day)}`, precision: 'day' } : null;
}

function monthNumber(name: string): number | null {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')] ?? null;
}

type MatchOptions = { now?: Date; lang?: string | null; allowMonthYear?: boolean };

function fromMatch(order: string, m: RegExpExecArray, options: MatchOptions): FoundDate | null {
  const g = (i: number) => m[i] ?? '';
  switch (order) {
    case 'ymd':
      return toFound(+g(1), +g(2), +g(3), options.now);
    case 'dmy':
      return toFound(+g(3), +g(2), +g(1), options.now);
    case 'mdy': {
      const a = +g(1);
      const b = +g(2);
      // 03/04/2020 is ambiguous: American order only for English pages, day-first elsewhere.
      if (a > 12) return toFound(+g(3), b, a, options.now);
      if (b > 12) return toFound(+g(3), a, b, options.now);
      if (a === b) return toFound(+g(3), a, b, options.now);
      return options.lang && !options.lang.startsWith('en') ? toFound(+g(3), b, a, options.now) : toFound(+g(3), a, b, options.now);
    }
    case 'dMy': {
      const month = monthNumber(g(2));
      return month ? toFound(+g(3), month, +g(1), options.now) : null;
    }
    case 'Mdy': {
      const month = monthNumber(g(1));
      return month ? toFound(+g(3), month, +g(2), options.now) : null;
    }
    case 'My': {
      if (!options.allowMonthYear) return null;
      // "may 2020" is rarely a date in English prose ("it may 2020..." never occurs, but "may" as a verb does before years).
      const month = monthNumber(g(1));
      if (!month || g(1) === 'may' || g(1) === 'mar') return null;
      return toFound(+g(2), month, null, options.now);
    }
    default:
      return null;
  }
}

/** Every explicit date in a text (day or, if allowed, month precision), in text order, overlaps removed. */
export function findDateMentions(text: string, options: MatchOptions = {}): DateMention[] {
  const found: DateMention[] = [];
  for (const { re, order } of patterns) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const date = fromMatch(order, m, options);
      if (!date) continue;
      const index = m.index;
      const length = m[0].length;
      if (found.some((f) => index < f.index + f.length && f.index < index + length)) continue;
      found.push({ ...date, index, length });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Parses one date string from metadata (ISO, RFC 2822, "7. Juni 2020", "June 7, 2020", epoch seconds). */
export function parseDateString(input: string, options: MatchOptions = {}): FoundDate | null {
  const value = input.trim();
  if (!value) return null;
  const iso = /^((?:19|20)\d{2})-?(\d{2})-?(\d{2})(?:[T\s]|$)/.exec(value);
  if (iso) return toFound(+iso[1]!, +iso[2]!, +iso[3]!, options.now);
  if (/^\d{10}(?:\d{3})?$/.test(value)) {
    const ms = value.length === 13 ? +value : +value * 1000;
    const d = new Date(ms);
    return toFound(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), options.now);
  }
  const mentions = findDateMentions(value.slice(0, 200), { ...options, allowMonthYear: true });
  if (mentions[0]) return { value: mentions[0].value, precision: mentions[0].precision };
  const ym = /^((?:19|20)\d{2})-(\d{2})$/.exec(value);
  if (ym) return toFound(+ym[1]!, +ym[2]!, null, options.now);
  return null;
}

// Words that mark a date as something other than the first publication.
const MODIFIED_RE =
  /\b(?:updated?|modified|aktualisiert|geändert|bearbeitet|last edit|zuletzt|actualizado|mis à jour|mise à jour|aggiornato|atualizado|zaktualizowano|aktualizacja|stand:)/i;
const PUBLISHED_RE =
  /\b(?:published|posted|veröffentlicht|erschienen|publiziert|publié|publicado|pubblicato|opublikowano|date|datum|am|on|vom|le|el)\b/i;

/** Whether the words just before a date say it is an update rather than the publication. */
export function isModifiedContext(before: string): boolean {
  return MODIFIED_RE.test(before.slice(-40));
}

/**
 * A date line near the top of a text: a short line (byline, dateline) holding a full date that is not an update.
 * Looks at the first `maxLines` non-empty lines.
 */
export function findDateLine(
  text: string,
  options: MatchOptions & { maxLines?: number; maxLineLength?: number; strict?: boolean } = {},
): FoundDate | null {
  const lines = text
    .split(/\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .slice(0, options.maxLines ?? 8);
  for (const line of lines) {
    // A long line counts only with a dateline at its start ("Berlin, 7. Juni 2020 – ...").
    const long = line.length > (options.maxLineLength ?? 160);
    const mentions = findDateMentions(long ? line.slice(0, 60) : line, options);
    for (const mention of mentions) {
      if (mention.precision !== 'day') continue;
      if (long && mention.index > 35) continue;
      if (isModifiedContext(line.slice(0, mention.index))) continue;
      if (/©|copyright/i.test(line)) continue;
      // Strict: the line is a byline ("By Jane Doe | June 7, 2020") or a dateline ("London, 12 July 2019 – …"),
      // not a sentence or caption that starts with a date.
      const lead = line.slice(0, mention.index);
      const after = line.slice(mention.index + mention.length);
      const dateline = /^(?:\p{Lu}[\p{L} ./-]{0,30},\s*)?\(?$/u.test(lead) && /^\)?\s*[–—-]\s/u.test(after);
      const rest = lead + after;
      if (options.strict && !dateline && (rest.split(/\s+/).filter(Boolean).length > 8 || /^\s*[.,]\s+\p{Lu}\p{Ll}+ \p{Ll}/u.test(after)))
        continue;
      return { value: mention.value, precision: mention.precision };
    }
  }
  return null;
}

// Photo credits ("AFP PHOTO / …", "Photo by …", "REUTERS/…") and image tag lines mark a paragraph as a caption.
const CREDIT_RE =
  /\b(?:AFP|AP|EPA|REUTERS|Reuters|Getty Images|Xinhua|Bloomberg|Shutterstock|dpa|picture alliance|Imago|Keystone)\s*(?:PHOTO\b|Photo\b|\/|via\b)|\b(?:photo|image|picture|foto|bild)(?:graph)?\s*(?:by\b|credit\b|:)|\(photo\b/i;
const TAG_LINE_RE = /^[a-z0-9]+(?: [a-z0-9]+){1,5}$/;

/** Character ranges of photo captions in a plain text (their dates are when the photo was taken). */
export function findCaptionRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const paragraphs: Array<{ start: number; end: number; text: string }> = [];
  const re = /[^\n]+(?:\n[^\n]+)*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) paragraphs.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  paragraphs.forEach((paragraph, i) => {
    const next = paragraphs[i + 1]?.text ?? '';
    const lines = paragraph.text.split('\n');
    const tagged = lines.length > 1 && TAG_LINE_RE.test(lines[0]!.trim());
    const credited = (paragraph.text.length < 700 && CREDIT_RE.test(paragraph.text)) || (next.length < 80 && CREDIT_RE.test(next));
    if (tagged || credited) ranges.push([paragraph.start, paragraph.end]);
  });
  return ranges;
}

function compareValue(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A plain text's publication date from what it says: a date line at the top wins ("byline"); else the latest
 * explicit date the text mentions, with yearless dates ("On August 5") read forward from it ("text").
 * Text-derived dates are estimates, so they carry month precision at most.
 */
export function detectTextDate(
  text: string,
  options: { lang?: string | null; now?: Date } = {},
): (FoundDate & { source: 'byline' | 'text' }) | null {
  const now = options.now ?? new Date();
  const line = findDateLine(text, { now, lang: options.lang, maxLines: 6, maxLineLength: 120, strict: true });
  if (line) return { ...line, source: 'byline' };
  const sample = text.length > 60_000 ? text.slice(0, 60_000) : text;
  const captions = findCaptionRanges(sample);
  const inCaption = (index: number) => captions.some(([start, end]) => index >= start && index < end);
  const mentions = findDateMentions(sample, { now, lang: options.lang, allowMonthYear: true }).filter((m) => !inCaption(m.index));
  let latest: DateMention | null = null;
  for (const mention of mentions) {
    if (!latest || compareValue(mention.value.padEnd(10, '-00'), latest.value.padEnd(10, '-00')) > 0) latest = mention;
  }
  if (!latest) {
    const years = Array.from(sample.matchAll(/\b(?:in|since|seit|im jahr|year|jahr)\s+((?:19|20)\d{2})\b/gi))
      .filter((m) => !inCaption(m.index))
      .map((m) => +m[1]!);
    const year = years.filter((y) => y <= now.getUTCFullYear()).sort((a, b) => b - a)[0];
    return year ? { value: String(year), precision: 'year', source: 'text' } : null;
  }
  const anchor = latest.value;
  const [year, month = '01', day = '01'] = anchor.split('-');
  const reference = new Date(Date.UTC(+year!, +month - 1, +day, 12));
  // Yearless dates after the latest explicit one ("On August 5" in a text whose last full date is 2019) move it forward.
  let best = anchor;
  const english = chrono.en.casual;
  const results = english.parse(sample.slice(0, 20_000), { instant: reference }, { forwardDate: true });
  // Forward by at most eight months: further than that, the text more likely means the earlier occurrence.
  const limit = new Date(reference.getTime() + 240 * 24 * 3600 * 1000);
  for (const result of results) {
    if (inCaption(result.index)) continue;
    if (result.start.isCertain('year') || !result.start.isCertain('month') || !result.start.isCertain('day')) continue;
    if (/\b(?:today|tomorrow|yesterday|now|tonight|heute|morgen|gestern)\b/i.test(result.text)) continue;
    const date = result.start.date();
    const found = toFound(result.start.get('year') ?? 0, result.start.get('month') ?? 0, result.start.get('day') ?? 0, now);
    if (!found || date.getTime() > limit.getTime()) continue;
    if (compareValue(found.value, best.padEnd(10, '-00')) > 0) best = found.value;
  }
  const value = best.length > 7 ? best.slice(0, 7) : best;
  return { value, precision: value.length === 4 ? 'year' : 'month', source: 'text' };
}

export { PUBLISHED_RE };
