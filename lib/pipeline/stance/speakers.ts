// Sentence + its mentions → who says it ("X said", "…, said X", "according to X", or the last speaker before a quote).
import { SPEECH_VERBS } from './lexicon';
import { maskParentheticals } from './regex';
import type { CorefState } from './coreference';
import type { Mention, SpeakerHit } from './types';
import type { ActorRef } from '../../domain/stance';

const SPEECH_RE = new RegExp(`(?<![\\p{L}])(?:${SPEECH_VERBS})(?![\\p{L}])`, 'giu');
// Between a speaker and the verb: a role ("'s spokesman", "officials in Beijing"), an aside, adverbs and auxiliaries.
const SPEAKER_TO_VERB_RE = new RegExp(
  [
    String.raw`^(?:['’]s\s+[\p{L}\s-]{0,40}?|\s+(?:(?:[\p{Ll}-]+|\p{Lu}{2,5})\s+){0,2}`,
    String.raw`(?:spokes\w+|officials?|executives?|chief|representatives?|sources?|lawyers?|minister|ministry|government|embassy|`,
    String.raw`ambassador|services?|agency|agencies|intelligence|regulators?|watchdogs?|committee|council|authorities|department|`,
    String.raw`office|court|parliament|lawmakers?)(?:\s+(?:in|at|from|for)\s+(?:\p{Lu}[\p{L}-]*\s*){1,3})?)?\s*(?:,[^,“”"]{0,100},)?\s*`,
    String.raw`(?:(?:also|has|have|had|later|previously|then|again|on \w+|last \w+|recently|publicly|repeatedly|once|is|are|was|were|`,
    String.raw`reportedly|allegedly)\s+)*$`,
  ].join(''),
  'u',
);

/** Who says the sentence, and where the verb of saying is ("X said", "…, said X", "according to X"). */
export function findSpeakerHit(rawText: string, mentions: Mention[]): SpeakerHit | null {
  const text = maskParentheticals(rawText);
  const strong = mentions.filter((mention) => mention.strength === 'strong');
  const according = /according to\s+/i.exec(text);
  if (according) {
    const from = according.index + according[0].length;
    const after = strong.find((mention) => mention.start >= from && mention.start - from < 40);
    if (after) return { actor: after.actor, verbStart: according.index, before: false };
  }
  SPEECH_RE.lastIndex = 0;
  // Verbs inside a quotation ("We have told the operators…," X said) are what is said; the attribution comes first.
  const quotes = [...text.matchAll(/["“][^"“”]*["”]/g)].map((match) => [match.index, match.index + match[0].length] as const);
  const inQuote = (at: number) => quotes.some(([start, end]) => at > start && at < end);
  const verbs = [...text.matchAll(SPEECH_RE)].sort((a, b) => Number(inQuote(a.index)) - Number(inQuote(b.index)));
  for (const verb of verbs) {
    const verbEnd = verb.index + verb[0].length;
    // "the United States": a name is no verb of saying.
    if (mentions.some((mention) => verb.index < mention.end && mention.start < verbEnd)) continue;
    // "too early to say", "declined to say whether": an infinitive reports no speaker.
    if (/\bto\s+$/i.test(text.slice(Math.max(0, verb.index - 4), verb.index))) continue;
    // "…," said X / "…," X said.
    const afterVerb = strong.find(
      (mention) =>
        mention.start >= verbEnd &&
        /^[\s\p{L}.'’,-]{0,45}$/u.test(text.slice(verbEnd, mention.start)) &&
        !/[.]\s/.test(text.slice(verbEnd, mention.start)),
    );
    const beforeVerb = [...strong]
      .reverse()
      .find((mention) => mention.end <= verb.index && SPEAKER_TO_VERB_RE.test(text.slice(mention.end, verb.index)));
    const isInverted = /[,”"]\s*$/.test(text.slice(0, verb.index));
    // "…, saying the company could…": what follows a participle is what is said, not who says it.
    if (/ing$/i.test(verb[0])) {
      if (beforeVerb) return { actor: beforeVerb.actor, verbStart: verb.index, before: true };
      continue;
    }
    if (isInverted && afterVerb) return { actor: afterVerb.actor, verbStart: verb.index, before: false };
    if (beforeVerb && !(beforeVerb.isTarget && afterVerb)) return { actor: beforeVerb.actor, verbStart: verb.index, before: true };
    if (afterVerb && afterVerb.start - verbEnd < 30) return { actor: afterVerb.actor, verbStart: verb.index, before: false };
  }
  return null;
}

/** The sentence's speaker: the one found in it, or, for a quotation with no verb of saying, the last speaker. */
export function findSentenceSpeaker(text: string, speakerHit: SpeakerHit | null, coref: CorefState): ActorRef | null {
  SPEECH_RE.lastIndex = 0;
  const speaker = speakerHit?.actor ?? (/^\s*["“]/.test(text) && !SPEECH_RE.test(text) ? coref.speaker : null);
  SPEECH_RE.lastIndex = 0;
  return speaker;
}
