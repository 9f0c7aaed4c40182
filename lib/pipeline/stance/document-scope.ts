// Sentences + topic matchers → which sentences concern the topic, and the document's home country (dateline, lead).
import { findGazetteerMentions } from '../nlp/gazetteer/index';
import { testRe } from './regex';
import type { Sentence } from '../nlp/sentences';
import type { TopicMatchers } from './topic-matchers';
import type { SentenceFlags } from './types';
import type { ActorRef } from '../../domain/stance';

// "By Jane Doe, Staff Writer": a byline names the author, not an actor.
const BYLINE_RE = /^\s*(?:By|BY)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:\s*(?:,|and|&|\|)\s*[^.!?]{0,60})?\s*$/u;
// "LIMA, Peru –": the place a report is filed from.
export const DATELINE_RE = /^\s*\p{Lu}[\p{Lu}\s.'’-]+(?:,\s*[\p{L}\s.]{2,30}?)?\s*(?:\([^)]{0,30}\)\s*)?[–—-]/u;
// "the decision", "this ban", "the government's move", "similar rules": a definite reference to an act, which in a
// document whose lead reports a restriction of the target is that restriction.
const ACT_ANAPHOR_RE = new RegExp(
  [
    String.raw`(?<![\p{L}])(?:(?:the|this|that|these|such)\s+(?:[\p{L}-]+\s+){0,2}?|[\p{L}]+['’]s\s+(?:[\p{L}-]+\s+)?|`,
    String.raw`(?:similar|comparable|equivalent|identical|the same)\s+)`,
    String.raw`(?:decision|decisions|move|ban|bans|law|rules|decree|measures?|restrictions|vote|deliberations?|cap|exclusion|`,
    String.raw`legislation|regulations?|bill|ruling|step)(?![\p{L}])(?!\s+(?:to|on|of|about|over|for|regarding|concerning)\s)`,
  ].join(''),
  'iu',
);

/** How one sentence relates to the topic. */
export type SentenceScope = {
  flags: SentenceFlags;
  /** It concerns the topic and is no headline run or byline: its cues are read. */
  isCandidate: boolean;
  /** It refers to the restriction the lead reports ("the decision") without naming the target. */
  anaphor: boolean;
};

/** The topic's word lists, sentence by sentence. */
export function toSentenceFlags(sentences: Sentence[], matchers: TopicMatchers): SentenceFlags[] {
  return sentences.map((sentence) => ({
    target: testRe(matchers.target, sentence.text),
    reference: testRe(matchers.reference, sentence.text),
    domain: testRe(matchers.domain, sentence.text),
    offTopic: testRe(matchers.offTopic, sentence.text),
  }));
}

/** Which sentences concern the topic: the target, a reference after it, its domain in a document about it, or "the decision". */
export function toSentenceScopes(sentences: Sentence[], flags: SentenceFlags[], matchers: TopicMatchers): SentenceScope[] {
  const targetSentences = flags.filter((flag) => flag.target).length;
  // A headline and lead that name the target make the whole document about it.
  const aboutTarget = flags.slice(0, 3).filter((flag) => flag.target).length >= 2;
  const aboutRestriction = sentences
    .slice(0, 3)
    .some((sentence, index) => flags[index]!.target && matchers.restrictionLead.test(sentence.text));
  let targetSeen = false;
  return sentences.map((sentence, index) => {
    const flag = flags[index]!;
    targetSeen ||= flag.target;
    const near = flags
      .slice(Math.max(0, index - 2), index + 2)
      .some(
        (other, offset) =>
          other.target && Math.abs((sentences[Math.max(0, index - 2) + offset]?.paragraph ?? -9) - sentence.paragraph) <= 1,
      );
    // In a document that keeps naming the target, a sentence in the policy's domain concerns it too ("…cannot account for
    // more than 50 percent of the base stations," the minister said) even far from the last mention.
    // "…said it firmly opposes the decision": in a document about a restriction of the target, a reference to the act.
    const anaphor = aboutRestriction && index >= 1 && ACT_ANAPHOR_RE.test(sentence.text) && !matchers.otherAct.test(sentence.text);
    const concerns =
      flag.target ||
      (targetSeen && (near || flag.reference)) ||
      (flag.reference && flag.domain) ||
      (flag.domain && (targetSentences >= 3 || aboutTarget)) ||
      anaphor;
    const offTopic = flag.offTopic && !flag.domain;
    const isCandidate = concerns && !offTopic && !isHeadlineList(sentence.text) && !BYLINE_RE.test(sentence.text);
    return { flags: flag, isCandidate, anaphor };
  });
}

const RELATED_LINKS_RE = /^\s*(?:Read more|Related|See also|Also read|More on this)\b[\s:•·|-]/i;

/** A run of related-link headlines glued into one "sentence": long, mostly capitalised words. */
export function isHeadlineList(text: string): boolean {
  // "Read more • A says… • B says…": headlines run together with bullets.
  if ((text.match(/\s[•·▪►|]\s/g) ?? []).length >= 2 || RELATED_LINKS_RE.test(text)) return true;
  const words = text.split(/\s+/).filter((word) => /\p{L}/u.test(word));
  if (words.length < 20) return false;
  return words.filter((word) => /^\p{Lu}/u.test(word)).length / words.length > 0.6;
}

/** The country of a dateline ("LIMA, Peru –", "OTTAWA –"), looked up in title case. */
export function findDatelineCountry(sentences: Sentence[]): ActorRef | null {
  for (const sentence of sentences) {
    const dateline = DATELINE_RE.exec(sentence.text)?.[0];
    if (!dateline) continue;
    const titled = dateline.replace(/\p{Lu}+/gu, (word) => (word.length > 2 ? word[0] + word.slice(1).toLowerCase() : word));
    const place = findGazetteerMentions(titled)
      .filter((mention) => mention.actor.type === 'country')
      .pop();
    if (place) return place.actor;
  }
  return null;
}

/** The country the report is about: where it is filed, else the first country its headline or lead names. */
export function findHomeCountry(sentences: Sentence[], dateline: ActorRef | null, matchers: TopicMatchers): ActorRef | null {
  return (
    dateline ??
    sentences
      .slice(0, 3)
      .flatMap((sentence) => findGazetteerMentions(sentence.text))
      .find((mention) => mention.actor.type === 'country' && !matchers.targetCountries.has(mention.actor.country ?? ''))?.actor ??
    null
  );
}
