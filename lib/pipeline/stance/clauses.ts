// Sentence text + mentions → clause starts, the subject that holds a clause, and coordinated groups ("A, B and C").
import { PRESSURE } from './lexicon';
import type { Mention } from './types';

export const COORDINATOR_RE = /^\s*(?:,|and|or|&|as well as|along with|plus|,\s*and|,\s*or)\s*(?:the\s+|fellow\s+)?$/i;
// A name right after these verbs is their object, not the holder of the stance.
const OBJECT_BEFORE_RE = new RegExp(
  [
    `(?<![\\p{L}])(?:${PRESSURE}|follow(?:s|ed|ing)?(?:\\s+(?:the\\s+)?(?:lead|example|footsteps|model)\\s+of)?|`,
    'emulat(?:e|es|ed|ing)|copy(?:ing)?|to have|to get|to make|forc(?:e|es|ed|ing)|want(?:s|ed)?|help(?:s|ed)?|let|allow(?:s|ed)?|',
    'told|tell(?:s)?|cho(?:se|ose|oses)|select(?:s|ed)?|picked|tapped|hired|notified|advised|instructed|ordered|requir(?:e|es|ed))',
    '\\s+(?:the\\s+|its\\s+|their\\s+)?$',
  ].join(''),
  'iu',
);
const PREPOSITION_BEFORE_RE = /(?<![\p{L}])(?:with|of|for|about|against|toward|towards|over|on)\s+(?:the\s+|its\s+|their\s+)?$/iu;
const CLAUSE_BREAK_RE = new RegExp(
  [
    String.raw`;|\s[–—-]\s|:\s|\bwhile\b|\b(?:even )?though\b|\balthough\b|\beven as\b|\bwhereas\b|\bbut\b|\bafter\b|\bbecause\b|`,
    String.raw`\bdespite\b|,\s*(?:leaving|forcing|prompting|causing)\b|\bas\b(?= \w+ (?:has|have|had|is|are|was|were))|`,
    String.raw`\bas\b(?= (?:[\p{L}-]+ ){1,3}(?:call|calls|called|urge|urges|urged|demand|demands|demanded|press|presses|pressed|`,
    String.raw`push|pushes|pushed|warn|warns|warned|postpone|postpones|postponed|delay|delays|delayed|defer|defers|deferred)\b)|`,
    String.raw`\bwhich\b|\bthat\b|\bwho\b`,
  ].join(''),
  'giu',
);

/** Where the clause around a position begins: after the last clause break that ends at or before it. */
export function toClauseStart(text: string): (position: number) => number {
  CLAUSE_BREAK_RE.lastIndex = 0;
  // The breaks are found once per sentence; every cue asks for several clause starts.
  const breakEnds = [...text.matchAll(CLAUSE_BREAK_RE)].map((match) => match.index + match[0].length);
  return (position) => {
    let start = 0;
    for (const end of breakEnds) {
      if (end > position) break;
      start = end;
    }
    return start;
  };
}

/**
 * The holder of a clause: the last candidate before the cue, unless it is the object of a verb of pressure or choice
 * ("the US urged Germany to…", "Telenor chose Ericsson and…") or sits in an appositive ("Brazil, under president X, has…").
 */
export function chooseSubject(candidates: Mention[], text: string, from: number, cueStart: number): Mention | null {
  const head = candidates[0];
  if (!head) return null;
  // "Brazil, under president X, an ally of Y, has led…": everything between the head's comma and the last comma is aside.
  const lastComma = text.lastIndexOf(',', cueStart - 1);
  const firstComma = text.indexOf(',', head.end);
  if (
    lastComma >= from &&
    firstComma >= 0 &&
    firstComma < lastComma &&
    candidates.every((mention) => mention.start < lastComma) &&
    text.slice(head.end, firstComma).trim().length < 3 &&
    /^\s*(?:a|an|the|under|who|whose|which|one of|[\p{Ll}])/u.test(text.slice(firstComma + 1)) &&
    !COORDINATOR_RE.test(text.slice(head.end, (candidates[1] ?? head).start))
  )
    return head;
  for (let index = candidates.length - 1; index >= 0; index -= 1) {
    const mention = candidates[index]!;
    const isObject = OBJECT_BEFORE_RE.test(text.slice(from, mention.start));
    if (index === 0) return isObject && !mention.isTarget ? null : mention;
    const previous = candidates[index - 1]!;
    const isComplement = isObject || PREPOSITION_BEFORE_RE.test(text.slice(from, mention.start));
    if (isComplement && !COORDINATOR_RE.test(text.slice(previous.end, mention.start))) continue;
    return mention;
  }
  return null;
}

/** "Australia and Japan", "Australia, Japan"; for countries also a list that lost its commas ("the U.S. the U.K. and…"). */
export function isCoordinated(first: Mention, second: Mention, text: string): boolean {
  const between = text.slice(first.end, second.start);
  return (
    COORDINATOR_RE.test(between) || (first.actor.type === 'country' && second.actor.type === 'country' && /^\s+(?:the\s+)?$/.test(between))
  );
}

/** The mentions coordinated with `anchor` ("Australia, New Zealand and Japan"), in one direction. */
export function extendGroup(anchor: Mention, candidates: Mention[], text: string, direction: -1 | 1): Mention[] {
  const group = [anchor];
  let edge = anchor;
  for (;;) {
    const next =
      direction < 0
        ? [...candidates].reverse().find((mention) => mention.end <= edge.start && isCoordinated(mention, edge, text))
        : candidates.find((mention) => mention.start >= edge.end && isCoordinated(edge, mention, text));
    if (!next || group.includes(next)) break;
    group.push(next);
    edge = next;
  }
  return group;
}
