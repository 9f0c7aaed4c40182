// Dedupe keys: URL → canonical URL; text → content hash (exact) and 64-bit SimHash + shingle check (near duplicates).
import { createHash } from 'node:crypto';
import normalizeUrl from 'normalize-url';

/** Query parameters that only track the click: dropping them never changes the page. */
const TRACKING_PARAMETERS: (string | RegExp)[] = [
  /^utm_\w+$/i, /^mtm_\w+$/i, /^pk_\w+$/i, /^hsa_\w+$/i, /^at_\w+$/i, /^ns_\w+$/i,
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid', 'li_fat_id',
  'igshid', 'mc_cid', 'mc_eid', '_ga', '_gl', '_hsenc', '_hsmi', 'mkt_tok', 'oly_anon_id', 'oly_enc_id', 'vero_id',
  'ref_src', 'ref_url', 'cmpid', 'ocid', 'ito', 'smid', 'sr_share', 'spm', 'share', 'xtor', 'guccounter',
];

/** Lowercase scheme and host, no fragment, no tracking parameters, sorted query, no default port or trailing slash. */
export function canonicalizeUrl(url: string): string {
  return normalizeUrl(url.trim(), {
    stripHash: true,
    stripTextFragment: true,
    stripWWW: false,
    stripAuthentication: true,
    removeQueryParameters: TRACKING_PARAMETERS,
    sortQueryParameters: true,
    removeTrailingSlash: true,
    removeSingleSlash: true,
    removeDirectoryIndex: false,
    emptyQueryValue: 'preserve',
  });
}

/** Case, Unicode form, punctuation and spacing folded away: what "the same text" means for the content hash. */
export function normalizeTextForHash(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** sha256 hex of the normalised text. */
export function contentHash(text: string): string {
  return createHash('sha256').update(normalizeTextForHash(text)).digest('hex');
}

function words(text: string): string[] {
  const normalized = normalizeTextForHash(text);
  return normalized ? normalized.split(' ') : [];
}

function shingles(tokens: string[], size: number): string[] {
  if (tokens.length < size) return tokens.length ? [tokens.join(' ')] : [];
  const result: string[] = [];
  for (let i = 0; i + size <= tokens.length; i++) result.push(tokens.slice(i, i + size).join(' '));
  return result;
}

// Function words carry no topic and make every English text look alike; measured on the fixtures, content-word
// unigrams separate copies (distance 2–8) from other articles, even on the same event (17+), better than shingles.
const STOPWORDS = new Set(
  ('a about after again against all also am an and any are as at be been before being between both but by can could did do ' +
    'does doing down during each few for from further had has have having he her here hers him his how i if in into is it ' +
    'its itself just me more most my no nor not now of off on once only or other our ours out over own said same says she ' +
    'should so some such than that the their theirs them then there these they this those through to too under until up ' +
    'very was we were what when where which while who whom why will with would you your').split(' '),
);

/** 64-bit SimHash over content words (stopwords dropped, weighted by count), as a signed bigint (PostgreSQL bigint). */
export function simhash64(text: string): bigint {
  const weights = new Map<string, number>();
  for (const word of words(text)) if (!STOPWORDS.has(word)) weights.set(word, (weights.get(word) ?? 0) + 1);
  const vector = new Array<number>(64).fill(0);
  for (const [word, weight] of weights) {
    const digest = createHash('md5').update(word).digest();
    const hi = digest.readUInt32BE(0);
    const lo = digest.readUInt32BE(4);
    for (let bit = 0; bit < 32; bit++) {
      vector[bit]! += (lo >>> bit) & 1 ? weight : -weight;
      vector[bit + 32]! += (hi >>> bit) & 1 ? weight : -weight;
    }
  }
  let hash = 0n;
  for (let bit = 63; bit >= 0; bit--) hash = (hash << 1n) | (vector[bit]! > 0 ? 1n : 0n);
  return BigInt.asIntN(64, hash);
}

export function hammingDistance(a: bigint, b: bigint): number {
  let x = BigInt.asUintN(64, a ^ b);
  let count = 0;
  while (x) {
    x &= x - 1n;
    count++;
  }
  return count;
}

/**
 * SimHash candidates within this distance go on to isNearDuplicate. Recall-first (the shingle check decides): on the
 * fixtures, copies measured 7–16 and different articles 17+.
 */
export const NEAR_DUPLICATE_MAX_HAMMING = 18;

const CHECK_SHINGLE = 5;
/** Share of the shorter text's 5-word shingles found in the other text. */
export const NEAR_DUPLICATE_MIN_CONTAINMENT = 0.6;
/** Below this many shingles a text is too short to judge by overlap: only identical text counts. */
const MIN_SHINGLES = 15;

export type NearDuplicateScore = { containment: number; jaccard: number; shingles: [number, number] };

/** Overlap of word 5-shingles between two texts. */
export function scoreNearDuplicate(a: string, b: string): NearDuplicateScore {
  const setA = new Set(shingles(words(a), CHECK_SHINGLE));
  const setB = new Set(shingles(words(b), CHECK_SHINGLE));
  const [small, large] = setA.size <= setB.size ? [setA, setB] : [setB, setA];
  let shared = 0;
  for (const shingle of small) if (large.has(shingle)) shared++;
  const union = setA.size + setB.size - shared;
  return {
    containment: small.size ? shared / small.size : 0,
    jaccard: union ? shared / union : 0,
    shingles: [setA.size, setB.size],
  };
}

/**
 * isNearDuplicate against several candidates, with the probe's shingles computed once (storing a document
 * checks it against every SimHash candidate).
 */
export function createNearDuplicateMatcher(text: string): (candidate: string) => boolean {
  const probe = new Set(shingles(words(text), CHECK_SHINGLE));
  const normalized = probe.size < MIN_SHINGLES ? normalizeTextForHash(text) : null;
  return (candidate) => {
    const other = new Set(shingles(words(candidate), CHECK_SHINGLE));
    if (Math.min(probe.size, other.size) < MIN_SHINGLES) return (normalized ?? normalizeTextForHash(text)) === normalizeTextForHash(candidate);
    const [small, large] = probe.size <= other.size ? [probe, other] : [other, probe];
    let shared = 0;
    for (const shingle of small) if (large.has(shingle)) shared++;
    const containment = shared / small.size;
    const jaccard = shared / (probe.size + other.size - shared);
    return containment >= NEAR_DUPLICATE_MIN_CONTAINMENT && jaccard >= NEAR_DUPLICATE_MIN_CONTAINMENT / 2;
  };
}

/** The precise check after a SimHash candidate match: same story (syndicated, retitled, lightly edited)? */
export function isNearDuplicate(a: string, b: string): boolean {
  const score = scoreNearDuplicate(a, b);
  if (Math.min(...score.shingles) < MIN_SHINGLES) return normalizeTextForHash(a) === normalizeTextForHash(b);
  // A short brief wholly quoted inside a long feature is not the same document: require comparable lengths too.
  return score.containment >= NEAR_DUPLICATE_MIN_CONTAINMENT && score.jaccard >= NEAR_DUPLICATE_MIN_CONTAINMENT / 2;
}
