// A gazetteer mention and its sentence → whether it can hold a stance there (strong), only place a passive (weak), or not.
import { findGazetteerMentions, type GazetteerMention } from '../nlp/gazetteer/index';
import { GOVERNMENT_HEADS } from './lexicon';
import { DATELINE_RE } from './document-scope';
import type { Mention } from './types';

export const LOCATIVE_BEFORE_RE = /\b(?:in|at|from|to|near|into|across|throughout|visit(?:s|ed|ing)?|based in|trip to)\s+(?:the\s+)?$/i;
const HEAD_AFTER_RE = new RegExp(`^(?:['’]s)?\\s+(?:[\\p{L}-]+\\s+){0,2}(?:${GOVERNMENT_HEADS})(?![\\p{L}])`, 'iu');
const STOPWORD_RE = new RegExp(
  [
    String.raw`\b(?:have|has|had|is|are|was|were|will|would|can|could|should|to|and|or|that|which|on|from|in|of|with|against|by|`,
    String.raw`the|a|an|its|their|government|officials?|ministry|minister)\b`,
  ].join(''),
  'i',
);
const SUBJECT_AFTER_RE = /^(?:['’]s\s|,|\s+(?:has|have|had|is|are|was|were|will|would|said|says|\p{Ll}+(?:ed|es))\b)/u;
const COMPARISON_BEFORE_RE = /\b(?:unlike|than|compared (?:with|to)|as opposed to)\s+(?:its\s+\w+\s+|the\s+)?$/i;

/** Whether a gazetteer name holds a stance here: "China's Huawei" and "in Beijing" do not. */
export function toMentionStrength(mention: GazetteerMention, text: string, targetSpans: Array<[number, number]>): 'strong' | 'weak' | null {
  const after = text.slice(mention.end, mention.end + 40);
  const before = text.slice(Math.max(0, mention.start - 25), mention.start);
  const dateline = DATELINE_RE.exec(text);
  if (dateline && mention.end <= dateline[0].length) return null;
  // "China's Huawei", "Chinese telecoms giant ZTE", "Chinese vendors": the country only qualifies the target.
  const modifiesTarget = targetSpans.some(([start]) => {
    if (start < mention.end || start - mention.end > 30) return false;
    const between = text.slice(mention.end, start);
    if (/^(?:['’]s)?\s*$/u.test(between) || /^-\p{L}+\s*$/u.test(between)) return true;
    return mention.kind === 'demonym' && /^(?:\s+[\p{L}-]+){0,3}\s*$/u.test(between) && !STOPWORD_RE.test(between);
  });
  // "EU member states", "NATO countries": the members act, not the body.
  if (/^\s+(?:member\s+)?(?:states|countries|nations|members|capitals)\b/i.test(after)) return 'weak';
  if (mention.actor.type !== 'country') {
    const placed = /\b(?:in|at|inside|into)\s+(?:the\s+)?$/i.test(before);
    return (modifiesTarget && mention.actor.type !== 'company') || placed ? 'weak' : 'strong';
  }
  if (modifiesTarget) return null;
  if (mention.kind === 'demonym') return HEAD_AFTER_RE.test(after) ? 'strong' : 'weak';
  if (mention.kind === 'seat' && LOCATIVE_BEFORE_RE.test(before)) return null;
  if (COMPARISON_BEFORE_RE.test(before)) return 'weak';
  if (LOCATIVE_BEFORE_RE.test(before)) return 'weak';
  // "US allies", "the EU market": a country used as a modifier of another noun.
  if (
    /^\s+(?:allies|ally|partners|market|markets|citizens|consumers|users|customers|companies|firms|soil|officials?)\b/i.test(after) &&
    !/^\s+officials?\b/i.test(after)
  )
    return 'weak';
  return 'strong';
}

/** Outside the topic only countries are looked up: they are what "the country's regulator" later refers to. */
export function findCountryMentions(text: string): Mention[] {
  return findGazetteerMentions(text)
    .filter(
      (mention) =>
        mention.actor.type === 'country' &&
        mention.kind === 'name' &&
        !LOCATIVE_BEFORE_RE.test(text.slice(Math.max(0, mention.start - 25), mention.start)) &&
        SUBJECT_AFTER_RE.test(text.slice(mention.end, mention.end + 12)),
    )
    .map((mention) => ({ start: mention.start, end: mention.end, actor: mention.actor, strength: 'strong' as const, isTarget: false }));
}
