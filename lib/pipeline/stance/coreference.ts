// Mentions of each sentence → the document's running coreference state (new state per sentence) and pronoun resolution.
import { escapeRegExp } from './regex';
import type { Mention } from './types';
import type { ActorRef } from '../../domain/stance';

/** Who "the country", "he", "the company"… can refer to after the sentences read so far. */
export type CorefState = {
  readonly paragraph: number;
  readonly countryParagraph: number;
  readonly countrySentence: number;
  readonly authority: ActorRef | null;
  readonly authorityParagraph: number;
  readonly target: ActorRef | null;
  readonly person: ActorRef | null;
  readonly company: ActorRef | null;
  readonly country: ActorRef | null;
  readonly body: ActorRef | null;
  readonly speaker: ActorRef | null;
  readonly any: ActorRef | null;
  readonly dateline: ActorRef | null;
  readonly home: ActorRef | null;
};

/** The state before the first sentence: only the dateline and the report's home country are known. */
export function toInitialCoref(dateline: ActorRef | null, home: ActorRef | null): CorefState {
  return {
    paragraph: 0,
    countryParagraph: -9,
    countrySentence: -1,
    authority: null,
    authorityParagraph: -9,
    target: null,
    person: null,
    company: null,
    country: null,
    body: null,
    speaker: null,
    any: null,
    dateline,
    home,
  };
}

/** A new paragraph forgets the last actor of any kind ("they" does not reach across paragraphs). */
export function enterParagraph(state: CorefState, paragraph: number): CorefState {
  return { ...state, paragraph, any: null };
}

/** The state after a sentence: its named (not pronoun) strong mentions become what later references mean. */
export function updateCoref(
  state: CorefState,
  mentions: Mention[],
  text: string,
  sentenceStart: number,
  speaker: ActorRef | null,
): CorefState {
  const next = { ...state } as { -readonly [K in keyof CorefState]: CorefState[K] };
  for (const mention of mentions) {
    if (mention.strength !== 'strong' || mention.pronoun) continue;
    const actor = mention.actor;
    if (mention.isTarget) next.target = actor;
    if (actor.type === 'person' || actor.type === 'official') next.person = actor;
    else if (actor.type === 'company') next.company = actor;
    else if (actor.type === 'country') {
      // "Ecuador's operator … concerns raised by the United States": the agent after "by" is not what "the country" means.
      if (
        next.countryParagraph === next.paragraph &&
        next.country &&
        next.countrySentence === sentenceStart &&
        /\b(?:by|from|against|than|with)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, mention.start - 12), mention.start))
      )
        continue;
      next.country = actor;
      next.countrySentence = sentenceStart;
      next.countryParagraph = next.paragraph;
    } else next.body = actor;
    if (actor.country && (actor.type === 'country' || actor.type === 'government_body') && !mention.isTarget) {
      next.authority = actor;
      next.authorityParagraph = next.paragraph;
    }
    next.any = actor;
  }
  if (speaker) next.speaker = speaker;
  return next;
}

/** What a pronoun or role noun ("we", "she", "the government", "the regulator") refers to, or null. */
export function resolvePronoun(word: string, coref: CorefState): ActorRef | null {
  if (word === 'we') return coref.speaker ?? coref.any;
  if (word === 'he' || word === 'she') return coref.person;
  if (word === 'they') return coref.any && coref.any.type !== 'person' ? coref.any : null;
  if (word === 'it') return null;
  const noun = word.replace(/^the (?:\p{L}+ )?/u, '');
  if (/company|firm|group/.test(noun)) return coref.company;
  if (/^(?:country|nation)$/.test(noun)) return coref.country;
  if (/government|administration/.test(noun)) return coref.country ?? coref.body;
  if (/minister|president|spokes|official|chancellor|director|chief|head|secretary|commissioner|ceo|chairman/.test(noun)) {
    return coref.person?.type === 'official' ? coref.person : null;
  }
  return coref.body;
}

const ROLE_NOUN_RE =
  /^(?:company|firm|group|government|country|nation|ministry|regulator|committee|operator|carrier|agency|administration|watchdog)$/i;

/** "Director-General Andrew Hampton" or "Andrew Hampton, … director-general". */
function toTitledNameRe(title: string, name: string): RegExp {
  const [t, n] = [escapeRegExp(title), escapeRegExp(name)];
  return new RegExp(`(?<![\\p{L}])${t}\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,2}${n}|${n},[^,.;]{0,60}(?<![\\p{L}])${t}(?![\\p{L}])`, 'iu');
}

/** "the Director-General" → the person met earlier with that title ("GCSB Director-General Andrew Hampton"). */
export function findTitledPerson(title: string, people: ReadonlyMap<string, ActorRef>, documentText: string): ActorRef | null {
  if (!/^[\p{L}-]+(?: [\p{L}-]+)?$/u.test(title) || ROLE_NOUN_RE.test(title)) {
    return null;
  }
  const found = [...people.entries()]
    .reverse()
    .find(([name, actor]) => name.includes(' ') && actor.type !== 'company' && toTitledNameRe(title, name).test(documentText));
  return found?.[1] ?? null;
}
