// One extracted text (paragraphs split by blank lines) → the articles glued into it, each with its headline as title.
// Splits only on strong evidence: a headline-shaped paragraph where the vocabulary before and after changes sharply,
// at least two such boundaries, and every part long enough to be an article. A single article comes back whole.

export type ArticlePart = { title: string; text: string };

const STOPWORDS = new Set(
  (
    'the a an and or of to in on for is are was were be been being it its this that these those with as by at from has have had ' +
    'not but which who whom will would can could should may might must their they them we you he she his her our us there than ' +
    'then so if into about also more most some such what when where how all any one two new said says just very over after before ' +
    'der die das und oder ein eine einer eines dem den des ist sind war waren wird werden mit auf für von zu im in an als auch ' +
    'nicht sich es er sie wir ihr bei nach aus um wie noch nur so dass hat haben'
  ).split(' '),
);

/** Boundaries whose before/after vocabulary similarity (TF-IDF cosine) is below this are topic changes. */
const MAX_COHESION = 0.19;
const MIN_PART_WORDS = 120;
const WINDOW = 8;

function contentWords(text: string): string[] {
  const tokens = text.toLowerCase().match(/\p{L}[\p{L}\d'’-]+/gu) ?? [];
  return tokens.filter((w) => w.length > 2 && !STOPWORDS.has(w)).map((w) => w.replace(/['’]s$/, '').slice(0, 6));
}

function isHeadlineShaped(paragraph: string): boolean {
  if (paragraph.includes('\n') || paragraph.length > 150 || paragraph.length < 30) return false;
  const words = paragraph.split(/\s+/).length;
  if (words < 6 || words > 20) return false;
  if (/[.:;,…]$/.test(paragraph)) return false;
  // Two sentences, or a sentence that continues the text ("So, ..."), are body text.
  if (/[.?!]\s+\p{Lu}/u.test(paragraph)) return false;
  if (/^(?:so|but|and|or|yet|then|now|also|however|aber|und|doch)\b,?/i.test(paragraph)) return false;
  return /^[\p{Lu}\d‘'"“«„]/u.test(paragraph);
}

type Vector = Map<string, number>;

function cosine(a: Vector, b: Vector): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (const [key, value] of a) {
    normA += value * value;
    dot += value * (b.get(key) ?? 0);
  }
  for (const value of b.values()) normB += value * value;
  return normA && normB ? dot / Math.sqrt(normA * normB) : 0;
}

function countWords(paragraphs: string[]): number {
  return paragraphs.reduce((sum, p) => sum + p.split(/\s+/).length, 0);
}

/** Splits a glued text into its articles; returns one part (the input) unless the evidence is strong. */
export function splitArticles(text: string, title: string): ArticlePart[] {
  const whole = [{ title, text }];
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (paragraphs.length < 12) return whole;
  const tokens = paragraphs.map(contentWords);
  const documentFrequency = new Map<string, number>();
  for (const words of tokens) for (const word of new Set(words)) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
  const vectorOf = (from: number, to: number): Vector => {
    const vector: Vector = new Map();
    for (let i = from; i < to; i++) for (const word of tokens[i] ?? []) vector.set(word, (vector.get(word) ?? 0) + 1);
    for (const [word, count] of vector) vector.set(word, count * Math.log(paragraphs.length / (documentFrequency.get(word) ?? 1)));
    return vector;
  };

  const candidates = paragraphs.map((p, i) => (i > 0 && isHeadlineShaped(p) ? i : -1)).filter((i) => i > 0);
  const bounds = [0, ...candidates, paragraphs.length];
  const accepted: number[] = [];
  for (let j = 1; j < bounds.length - 1; j++) {
    const at = bounds[j]!;
    const before = vectorOf(Math.max(bounds[j - 1]!, at - WINDOW), at);
    const after = vectorOf(at + 1, Math.min(bounds[j + 1]!, at + 1 + WINDOW));
    if (cosine(before, after) < MAX_COHESION) accepted.push(at);
  }
  if (accepted.length < 2) return whole;
  const starts = [0, ...accepted];
  const parts = starts.map((start, k) => paragraphs.slice(start, starts[k + 1] ?? paragraphs.length));
  if (parts.some((part) => countWords(part) < MIN_PART_WORDS)) return whole;
  return parts.map((part, k) => ({ title: k === 0 ? title : part[0]!, text: part.join('\n\n') }));
}
