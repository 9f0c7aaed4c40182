// Dedupe keys: URL → canonical URL; text → content hash (exact) and 64-bit SimHash + shingle check (near duplicates).
import { createHash, hash as oneShotHash } from 'node:crypto';
import normalizeUrl from 'normalize-url';

/** Query parameters that only track the click: dropping them never changes the page. */
const TRACKING_PARAMETERS: (string | RegExp)[] = [
  /^utm_\w+$/i,
  /^mtm_\w+$/i,
  /^pk_\w+$/i,
  /^hsa_\w+$/i,
  /^at_\w+$/i,
  /^ns_\w+$/i,
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'li_fat_id',
  'igshid',
  'mc_cid',
  'mc_eid',
  '_ga',
  '_gl',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
  'oly_anon_id',
  'oly_enc_id',
  'vero_id',
  'ref_src',
  'ref_url',
  'cmpid',
  'ocid',
  'ito',
  'smid',
  'sr_share',
  'spm',
  'share',
  'xtor',
  'guccounter',
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

// Function words carry no topic and make every English text look alike; measured on the fixtures, content-word
// unigrams separate copies (distance 2–8) from other articles, even on the same event (17+), better than shingles.
const STOPWORDS = new Set(
  (
    'a about after again against all also am an and any are as at be been before being between both but by can could did do ' +
    'does doing down during each few for from further had has have having he her here hers him his how i if in into is it ' +
    'its itself just me more most my no nor not now of off on once only or other our ours out over own said same says she ' +
    'should so some such than that the their theirs them then there these they this those through to too under until up ' +
    'very was we were what when where which while who whom why will with would you your'
  ).split(' '),
);

/**
 * Each word's 64-bit MD5 prefix, as two 32-bit halves. A vocabulary is small and Zipf-distributed, so a bounded
 * memo saves most of the hashing (the digest is what stored SimHashes were computed with: it must not change).
 */
const WORD_HASH_MEMO_SIZE = 100_000;
const wordHashMemo = new Map<string, readonly [number, number]>();

function wordHash64(word: string): readonly [number, number] {
  let halves = wordHashMemo.get(word);
  if (!halves) {
    const digest = oneShotHash('md5', word, 'buffer');
    halves = [digest.readUInt32BE(0), digest.readUInt32BE(4)] as const;
    if (wordHashMemo.size >= WORD_HASH_MEMO_SIZE) wordHashMemo.clear();
    wordHashMemo.set(word, halves);
  }
  return halves;
}

/** 64-bit SimHash over content words (stopwords dropped, weighted by count), as a signed bigint (PostgreSQL bigint). */
export function simhash64(text: string): bigint {
  return simhashOfNormalized(normalizeTextForHash(text));
}

/** Both dedupe keys of a text, normalising it once. */
export function dedupeKeys(text: string): { contentHash: string; simhash: bigint } {
  const normalized = normalizeTextForHash(text);
  return { contentHash: createHash('sha256').update(normalized).digest('hex'), simhash: simhashOfNormalized(normalized) };
}

function simhashOfNormalized(normalized: string): bigint {
  const weights = new Map<string, number>();
  for (const word of normalized ? normalized.split(' ') : []) if (!STOPWORDS.has(word)) weights.set(word, (weights.get(word) ?? 0) + 1);
  const vector = new Array<number>(64).fill(0);
  for (const [word, weight] of weights) {
    const [hi, lo] = wordHash64(word);
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

/**
 * What the near-duplicate check needs of one text: its word 5-shingles as sorted unique 32-bit hashes (a few KB,
 * compared by a merge walk), and the normalised text itself when it is too short to judge by overlap.
 * Profiles of stored documents are cached by the store, so a candidate's text is read and hashed once.
 */
export type ShingleProfile = { hashes: Uint32Array; shortText: string | null };

/** 32-bit FNV-1a of a word. */
function hashWord(word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

export function shingleProfile(text: string): ShingleProfile {
  const normalized = normalizeTextForHash(text);
  const wordHashes = normalized ? normalized.split(' ').map(hashWord) : [];
  const hashes = new Set<number>();
  if (wordHashes.length > 0 && wordHashes.length < CHECK_SHINGLE) hashes.add(combineHashes(wordHashes, 0, wordHashes.length));
  for (let i = 0; i + CHECK_SHINGLE <= wordHashes.length; i++) hashes.add(combineHashes(wordHashes, i, CHECK_SHINGLE));
  const sorted = Uint32Array.from(hashes).sort();
  return { hashes: sorted, shortText: sorted.length < MIN_SHINGLES ? normalized : null };
}

/** Order-sensitive mix of consecutive word hashes (a shingle's identity). */
function combineHashes(wordHashes: number[], from: number, count: number): number {
  let hash = 0x9747b28c;
  for (let k = 0; k < count; k++) {
    hash = Math.imul(hash ^ wordHashes[from + k]!, 0x5bd1e995);
    hash ^= hash >>> 15;
  }
  return hash >>> 0;
}

function sharedCount(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! === b[j]!) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return shared;
}

export type NearDuplicateScore = { containment: number; jaccard: number; shingles: [number, number] };

/** Overlap of word 5-shingles between two texts. */
export function scoreNearDuplicate(a: string, b: string): NearDuplicateScore {
  return scoreProfiles(shingleProfile(a), shingleProfile(b));
}

function scoreProfiles(a: ShingleProfile, b: ShingleProfile): NearDuplicateScore {
  const shared = sharedCount(a.hashes, b.hashes);
  const small = Math.min(a.hashes.length, b.hashes.length);
  const union = a.hashes.length + b.hashes.length - shared;
  return { containment: small ? shared / small : 0, jaccard: union ? shared / union : 0, shingles: [a.hashes.length, b.hashes.length] };
}

/** The precise check after a SimHash candidate match: same story (syndicated, retitled, lightly edited)? */
export function isNearDuplicateProfile(a: ShingleProfile, b: ShingleProfile): boolean {
  if (a.shortText !== null || b.shortText !== null) {
    return a.shortText !== null && b.shortText !== null && a.shortText === b.shortText;
  }
  const score = scoreProfiles(a, b);
  // A short brief wholly quoted inside a long feature is not the same document: require comparable lengths too.
  return score.containment >= NEAR_DUPLICATE_MIN_CONTAINMENT && score.jaccard >= NEAR_DUPLICATE_MIN_CONTAINMENT / 2;
}

export function isNearDuplicate(a: string, b: string): boolean {
  return isNearDuplicateProfile(shingleProfile(a), shingleProfile(b));
}

/**
 * The near-duplicate policy with its memory: which of the stored candidates a SimHash probe found is a copy of a text.
 * Profiles are remembered by document id (least recently used dropped), because copies of a story arrive close
 * together and the check mostly compares against documents stored moments ago, needing neither their text nor a
 * re-hash. The store asks `missing` for the ids whose text it must load, then `findCopy`.
 */
export class NearDuplicateMatcher {
  private readonly profiles = new Map<string, ShingleProfile>();

  constructor(private readonly capacity = 4_000) {}

  /** Candidates whose profile is not remembered: their text has to be loaded and passed to `remember`. */
  missing(candidateIds: readonly string[]): string[] {
    return candidateIds.filter((id) => !this.profiles.has(id));
  }

  remember(documentId: string, textOrProfile: string | ShingleProfile): void {
    const profile = typeof textOrProfile === 'string' ? shingleProfile(textOrProfile) : textOrProfile;
    this.profiles.delete(documentId);
    this.profiles.set(documentId, profile);
    if (this.profiles.size > this.capacity) this.profiles.delete(this.profiles.keys().next().value!);
  }

  /** The first candidate (in the order given, nearest SimHash first) that is a copy of the probed text. */
  findCopy(probe: ShingleProfile, candidateIds: readonly string[]): string | null {
    return (
      candidateIds.find((id) => {
        const profile = this.profiles.get(id);
        return profile !== undefined && isNearDuplicateProfile(probe, profile);
      }) ?? null
    );
  }
}
