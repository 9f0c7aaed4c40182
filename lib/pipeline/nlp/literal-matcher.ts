// A long list of names → a matcher that finds what `before(?:name1|name2|…)after` (longest name first, case-sensitive)
// finds, by looking up the names that can start at each position instead of trying the whole alternation there.

export type LiteralMatch = { start: number; end: number; text: string };

export type LiteralMatcher = {
  /** The matches, left to right, as a global regex of the alternation finds them. */
  matchAll(text: string): LiteralMatch[];
};

export type LiteralMatcherOptions = {
  /** Regex source of a zero-width assertion a match must start at, e.g. `(?<![\p{L}])`. */
  before: string;
  /** Regex source of a zero-width assertion a match must end at, e.g. `(?![\p{L}])`. */
  after: string;
};

export function createLiteralMatcher(terms: string[], options: LiteralMatcherOptions): LiteralMatcher {
  const startsHere = new RegExp(options.before, 'uy');
  const endsHere = new RegExp(options.after, 'uy');
  // Terms by their first two characters, longest first as the alternation tries them; one-character terms, the
  // shortest, come after. A term that starts with a surrogate would need the code-point steps of a unicode regex.
  const byOpening = new Map<number, string[]>();
  const byOnlyChar = new Map<number, string[]>();
  const mayOpen = new Uint8Array(OPENING_HASH_SIZE);
  for (const term of [...terms].sort((a, b) => b.length - a.length)) {
    if (term.length === 0 || /^[\uD800-\uDFFF]/.test(term)) throw new Error(`Cannot index the term "${term}"`);
    const [map, key] = term.length === 1 ? [byOnlyChar, term.charCodeAt(0)] : [byOpening, toPairKey(term, 0)];
    const bucket = map.get(key) ?? [];
    bucket.push(term);
    map.set(key, bucket);
    if (term.length === 1) mayOpen.fill(1);
    else mayOpen[toOpeningHash(term, 0)] = 1;
  }
  /** The length of the term that matches at `position`, or 0. The assertions run only once a term's text is there. */
  const findTermLength = (text: string, position: number): number => {
    let checkedStart = false;
    for (const bucket of [byOpening.get(toPairKey(text, position)), byOnlyChar.get(text.charCodeAt(position))]) {
      for (const term of bucket ?? []) {
        if (!text.startsWith(term, position)) continue;
        if (!checkedStart) {
          if (!assertAt(startsHere, text, position)) return 0;
          checkedStart = true;
        }
        if (assertAt(endsHere, text, position + term.length)) return term.length;
      }
    }
    return 0;
  };
  const matchAll = (text: string): LiteralMatch[] => {
    const matches: LiteralMatch[] = [];
    let position = 0;
    while (position < text.length) {
      // A cheap first test: could a term begin with these two characters (hashed, so some false hits)?
      const length = mayOpen[toOpeningHash(text, position)] ? findTermLength(text, position) : 0;
      if (length === 0) {
        position += 1;
        continue;
      }
      matches.push({ start: position, end: position + length, text: text.slice(position, position + length) });
      position += length;
    }
    return matches;
  };
  return { matchAll };
}

const OPENING_HASH_SIZE = 1 << 16;

function toOpeningHash(text: string, position: number): number {
  return (text.charCodeAt(position) * 31 + (text.charCodeAt(position + 1) || 0)) & (OPENING_HASH_SIZE - 1);
}

function toPairKey(text: string, position: number): number {
  return text.charCodeAt(position) * 65_536 + text.charCodeAt(position + 1);
}

function assertAt(re: RegExp, text: string, position: number): boolean {
  re.lastIndex = position;
  return re.test(text);
}
