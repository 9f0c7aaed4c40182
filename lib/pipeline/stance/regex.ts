// Small regex and text helpers the stance modules share: word-bounded alternations, safe tests, spans, masking.

/** Escapes a literal for use inside a regular expression. */
export function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One regex matching any of the literal terms as whole words, longest first (so "5G network" wins over "5G"). */
export function toWordRe(terms: string[], flags = 'gu'): RegExp {
  const alternation = [...terms]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation})(?![\\p{L}\\p{N}])`, flags);
}

/** Regex fragments as one alternation; an empty list matches nothing. */
export function toAlternation(fragments: readonly string[]): string {
  return fragments.length > 0 ? fragments.join('|') : '(?!)';
}

/** Builds a regex from source pieces written on several lines (the pieces are joined as they are). */
export function joinRe(flags: string, ...pieces: string[]): RegExp {
  return new RegExp(pieces.join(''), flags);
}

/** `re.test` from the start of the text, whatever a global regex's lastIndex was; null never matches. */
export function testRe(re: RegExp | null, text: string): boolean {
  if (!re) return false;
  re.lastIndex = 0;
  return re.test(text);
}

/** Every match of a global regex as [start, end). */
export function findSpans(re: RegExp | null, text: string): Array<[number, number]> {
  if (!re) return [];
  re.lastIndex = 0;
  return [...text.matchAll(re)].map((match) => [match.index, match.index + match[0].length]);
}

/** Blanks out short parentheticals ("(NYSE: BT; London: BTA)") so their punctuation breaks no clause; offsets stay. */
export function maskParentheticals(text: string): string {
  return text.includes('(') ? text.replace(/\([^()]{0,80}\)/g, (match) => ' '.repeat(match.length)) : text;
}

/** Whether two spans overlap. */
export function overlaps(start: number, end: number, other: { start: number; end: number }): boolean {
  return start < other.end && other.start < end;
}
