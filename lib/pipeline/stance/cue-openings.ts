// Cue patterns → the literal openings every match must begin with, and a sentence scan that says which cues can match.
// The cue regexes are large, case-insensitive and unicode; finding a few short strings costs far less than running
// all of them, so a cue runs only where one of its openings starts a word.

type Atom =
  | { kind: 'literal'; text: string }
  | { kind: 'group'; branches: Term[][] }
  /** Lookarounds, \b, ^, $: they consume nothing, so a match opens the same way without them. */
  | { kind: 'zero-width' }
  /** Anything else (\w, [\p{L}-], {target}…): no literal opening is known past it. */
  | { kind: 'other' };

type Term = { atom: Atom; min: number; max: number };

/** `text` is what a match begins with; `open` means the match's opening may go on past `text` in a known way. */
type Opening = { text: string; open: boolean };

// Past this many openings, or this many characters, an opening stops growing: shorter openings are still sound, and
// longer ones would hardly skip more cues.
const MAX_OPENINGS = 256;
const MAX_OPENING_LENGTH = 10;

/**
 * The lower-case strings one of which begins every match of `pattern` (used with the `iu` flags), or null when no such
 * strings are known (a branch can begin with `\w`, say). `{target}` stands for the topic's targets and ends an opening.
 */
export function toCueOpenings(pattern: string): string[] | null {
  let branches: Term[][];
  try {
    branches = parsePattern(pattern);
  } catch {
    return null;
  }
  const texts = new Set(openingsOfBranches(branches).map((opening) => opening.text));
  if (texts.has('')) return null;
  // "ban" already admits every match that "banned" admits.
  return [...texts].filter((text) => ![...texts].some((other) => other !== text && text.startsWith(other))).sort();
}

function openingsOfBranches(branches: Term[][]): Opening[] {
  return branches.flatMap(openingsOfSequence);
}

function openingsOfSequence(terms: Term[]): Opening[] {
  let openings: Opening[] = [{ text: '', open: true }];
  for (const term of terms) {
    if (!openings.some((opening) => opening.open)) break;
    if (term.atom.kind === 'zero-width') continue;
    const grouped = term.atom.kind === 'group' ? openingsOfBranches(term.atom.branches) : [];
    const inner: Opening[] =
      term.atom.kind === 'literal'
        ? [{ text: term.atom.text, open: true }]
        : term.atom.kind === 'group' && grouped.length <= MAX_OPENINGS
          ? grouped
          : [{ text: '', open: false }];
    const next: Opening[] = [];
    for (const opening of openings) {
      if (!opening.open) {
        next.push(opening);
        continue;
      }
      // An optional term may be absent: the opening goes on past it as it is.
      if (term.min === 0) next.push(opening);
      // After one repetition of a repeated term, what follows is not known.
      if (term.max > 0) for (const part of inner) next.push({ text: opening.text + part.text, open: part.open && term.max === 1 });
    }
    for (const opening of next) {
      if (opening.text.length < MAX_OPENING_LENGTH) continue;
      opening.text = opening.text.slice(0, MAX_OPENING_LENGTH);
      opening.open = false;
    }
    openings = next.length > MAX_OPENINGS ? next.map((opening) => ({ text: opening.text, open: false })) : next;
  }
  return openings;
}

/** A parser for the regex syntax the lexicon uses; anything it does not know throws, and the cue then always runs. */
function parsePattern(source: string): Term[][] {
  let at = 0;
  const parseBranches = (): Term[][] => {
    const branches: Term[][] = [[]];
    while (at < source.length && source[at] !== ')') {
      if (source[at] === '|') {
        at += 1;
        branches.push([]);
        continue;
      }
      const atom = parseAtom();
      const [min, max] = parseQuantifier();
      branches[branches.length - 1]!.push({ atom, min, max });
    }
    return branches;
  };
  const parseAtom = (): Atom => {
    const char = source[at]!;
    if (char === '(') {
      const opener = /^\((?:\?(?::|=|!|<=|<!))?/.exec(source.slice(at))![0];
      if (opener === '(' && source[at + 1] === '?') throw new Error('unknown group');
      at += opener.length;
      const branches = parseBranches();
      if (source[at] !== ')') throw new Error('unclosed group');
      at += 1;
      return opener === '(' || opener === '(?:' ? { kind: 'group', branches } : { kind: 'zero-width' };
    }
    if (char === '[') return parseClass();
    if (char === '\\') return parseEscape();
    if (source.startsWith('{target}', at)) {
      at += '{target}'.length;
      return { kind: 'other' };
    }
    at += 1;
    if (char === '^' || char === '$') return { kind: 'zero-width' };
    if (char === '.') return { kind: 'other' };
    if ('*+?{}]'.includes(char)) throw new Error(`unexpected ${char}`);
    return toLiteral(char);
  };
  const parseClass = (): Atom => {
    const found = /^\[(?:\\.|[^\\\]])*\]/.exec(source.slice(at));
    if (!found) throw new Error('unclosed class');
    at += found[0].length;
    const body = found[0].slice(1, -1);
    // Only a short list of plain characters ("[- ]") opens a known way; ranges, escapes and negations do not.
    if (body.length === 0 || body.length > 6 || body.includes('\\') || body.startsWith('^') || /.-./.test(body)) return { kind: 'other' };
    return { kind: 'group', branches: [...body].map((char) => [{ atom: toLiteral(char), min: 1, max: 1 }]) };
  };
  const parseEscape = (): Atom => {
    const next = source[at + 1];
    if (next === undefined) throw new Error('trailing backslash');
    if (next === 'b' || next === 'B') {
      at += 2;
      return { kind: 'zero-width' };
    }
    if (next === 'p' || next === 'P') {
      const close = source.indexOf('}', at);
      if (close < 0) throw new Error('bad property escape');
      at = close + 1;
      return { kind: 'other' };
    }
    if (next === 'u') {
      const hex = /^\\u([0-9a-fA-F]{4})/.exec(source.slice(at));
      if (!hex) throw new Error('bad unicode escape');
      at += hex[0].length;
      return toLiteral(String.fromCharCode(Number.parseInt(hex[1]!, 16)));
    }
    at += 2;
    if (/[0-9]/.test(next)) throw new Error('backreference');
    // \w, \d, \s, \n and the like stand for more than one character.
    if (/[a-zA-Z]/.test(next)) return { kind: 'other' };
    return toLiteral(next);
  };
  const parseQuantifier = (): [number, number] => {
    let bounds: [number, number] = [1, 1];
    const char = source[at];
    const counted = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(at));
    if (char === '?') bounds = [0, 1];
    else if (char === '*') bounds = [0, Infinity];
    else if (char === '+') bounds = [1, Infinity];
    else if (counted) {
      bounds = [Number(counted[1]), counted[2] === undefined ? Number(counted[1]) : counted[3] ? Number(counted[3]) : Infinity];
    } else return bounds;
    at += counted ? counted[0].length : 1;
    if (source[at] === '?') at += 1;
    return bounds;
  };
  const branches = parseBranches();
  if (at !== source.length) throw new Error('unbalanced parenthesis');
  return branches;
}

/**
 * A character as the lower-cased text it matches. Case-insensitive unicode matching folds an ASCII letter with its
 * capital, and also "s" with "ſ" and "k" with the Kelvin sign (`toLowerCaseFolded` maps both); marks without case
 * match only themselves. Other letters fold in ways lower-casing does not follow.
 */
function toLiteral(char: string): Atom {
  const isUncasedMark = /^[\p{P}\p{S}\p{Z}\p{N}]$/u.test(char) && char.toLowerCase() === char && char.toUpperCase() === char;
  return char.charCodeAt(0) < 128 || isUncasedMark ? { kind: 'literal', text: char.toLowerCase() } : { kind: 'other' };
}

/** Lower case, with "ſ" as "s": here every character equals the cue literal it matches. */
function toLowerCaseFolded(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('ſ') ? lower.replaceAll('ſ', 's') : lower;
}

/** A trie of openings: each node is a prefix, `cues` are those with an opening that ends there. */
type OpeningNode = { next: Map<number, OpeningNode>; cues: number[] };

export type CueOpeningIndex = {
  count: number;
  /** Cues with no known opening: they always run. */
  unfiltered: number[];
  openings: OpeningNode;
};

export function indexCueOpenings(patterns: string[]): CueOpeningIndex {
  const index: CueOpeningIndex = { count: patterns.length, unfiltered: [], openings: { next: new Map(), cues: [] } };
  for (const [cue, pattern] of patterns.entries()) {
    const openings = toCueOpenings(pattern);
    if (!openings) {
      index.unfiltered.push(cue);
      continue;
    }
    for (const text of openings) {
      let node = index.openings;
      for (let at = 0; at < text.length; at += 1) {
        const code = text.charCodeAt(at);
        const next = node.next.get(code) ?? { next: new Map(), cues: [] };
        node.next.set(code, next);
        node = next;
      }
      node.cues.push(cue);
    }
  }
  return index;
}

const LETTER_BEFORE_RE = /(?<=\p{L})/uy;

/** Where one cue can match in a sentence: the positions to try, 'anywhere' when they are not known, or null for nowhere. */
export type CueCandidates = number[] | 'anywhere' | null;

/**
 * For each cue, the positions in `text` where one of its openings begins. Cue regexes begin with `(?<![\p{L}])`, so
 * only positions without a letter before them are looked at.
 */
export function findCueCandidates(index: CueOpeningIndex, text: string): CueCandidates[] {
  const candidates = new Array<CueCandidates>(index.count).fill(null);
  for (const cue of index.unfiltered) candidates[cue] = 'anywhere';
  const matchable = toLowerCaseFolded(text);
  // Lower-casing can lengthen text ("İ"): then positions no longer line up, and a cue that can match is tried anywhere.
  const aligned = matchable.length === text.length;
  for (let position = 0; position < matchable.length; position += 1) {
    if (position > 0 && hasLetterBefore(matchable, position)) continue;
    let node = index.openings.next.get(matchable.charCodeAt(position));
    for (let at = position + 1; node; at += 1) {
      for (const cue of node.cues) addCandidate(candidates, cue, aligned ? position : -1);
      node = at < matchable.length ? node.next.get(matchable.charCodeAt(at)) : undefined;
    }
  }
  return candidates;
}

/** Adds a position to a cue's candidates; -1 stands for a position that is not known. */
function addCandidate(candidates: CueCandidates[], cue: number, position: number): void {
  const positions = candidates[cue];
  if (positions === 'anywhere') return;
  if (position < 0) candidates[cue] = 'anywhere';
  else if (!positions) candidates[cue] = [position];
  else if (positions[positions.length - 1] !== position) positions.push(position);
}

function hasLetterBefore(text: string, position: number): boolean {
  const code = text.charCodeAt(position - 1);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  LETTER_BEFORE_RE.lastIndex = position;
  return LETTER_BEFORE_RE.test(text);
}

/**
 * Matches of a sticky (`y`) copy of a cue regex tried only at its candidate positions, in order, each after the
 * last match: every match begins at a candidate, so this finds what a scan of the whole text finds.
 */
export function matchAtCandidates(sticky: RegExp, text: string, positions: readonly number[]): Array<{ start: number; text: string }> {
  const found: Array<{ start: number; text: string }> = [];
  let next = 0;
  for (const position of positions) {
    if (position < next) continue;
    sticky.lastIndex = position;
    const match = sticky.exec(text);
    if (!match) continue;
    found.push({ start: position, text: match[0] });
    next = position + match[0].length;
  }
  return found;
}
