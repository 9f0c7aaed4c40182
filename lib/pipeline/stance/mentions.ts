// Sentence + coreference state + people met so far → the actors mentioned in it (names, people, bodies, pronouns).
import { findGazetteerMentions } from '../nlp/gazetteer/index';
import { findPeople, resolvePerson } from '../nlp/people';
import { findTitledPerson, resolvePronoun, type CorefState } from './coreference';
import { addGenericBodies, addLegislators } from './group-mentions';
import { dropSuppliers, localizeCompanies, mergeTargetUnits } from './mention-roles';
import { toMentionStrength } from './mention-strength';
import { escapeRegExp, findSpans, overlaps, testRe } from './regex';
import type { TopicMatchers } from './topic-matchers';
import type { Mention } from './types';
import type { ActorRef } from '../../domain/stance';

/** People by full name and surname, as resolved where the document first named them. */
export type PeopleIndex = ReadonlyMap<string, ActorRef>;

export type SentenceMentions = { mentions: Mention[]; people: PeopleIndex };

const NAME_LIKE_RE = /(?<![\p{L}])\p{Lu}[\p{Ll}'’-]+\s+(?:(?:de|van|von|al|bin|da)\s+)?\p{Lu}[\p{Ll}'’-]/gu;
const PRONOUN_RE = new RegExp(
  [
    String.raw`(?<![\p{L}])(?:we|he|she|they|it|the (?:[\p{Lu}][\p{L}]+ )?(?:country|nation)|`,
    String.raw`the (?:company|firm|group|government|country|nation|minister|ministry|regulator|committee|operator|carrier|agency|`,
    String.raw`administration|president|prime minister|spokes(?:man|woman|person)|official|chancellor|watchdog|director(?:-general)?|`,
    String.raw`chief executive|chief|head|secretary|commissioner|ceo|chairman))(?![\p{L}])`,
  ].join(''),
  'giu',
);

/**
 * The actors a sentence mentions; `deep` lets compromise look for unknown names (slow, so only where a cue is).
 * Returns the people index with those first met here added.
 */
export function findMentions(
  text: string,
  matchers: TopicMatchers,
  coref: CorefState,
  documentText: string,
  people: PeopleIndex,
  deep: boolean,
): SentenceMentions {
  const referenceSpans = findSpans(matchers.reference, text);
  const targetSpans = [...findSpans(matchers.target, text), ...referenceSpans];
  const insideTarget = (start: number, end: number) => targetSpans.some(([a, b]) => start < b && a < end);
  const named: Mention[] = [];
  for (const mention of findGazetteerMentions(text)) {
    const isTarget = testRe(matchers.target, mention.surface) || testRe(matchers.target, mention.actor.name);
    if (!isTarget && insideTarget(mention.start, mention.end)) continue;
    const strength = toMentionStrength(mention, text, targetSpans);
    if (strength === null) continue;
    named.push({ start: mention.start, end: mention.end, actor: mention.actor, strength, isTarget });
  }
  const roles = localizeCompanies(dropSuppliers(mergeTargetUnits(named, text), text, matchers), text, coref, matchers);
  const known = new Map(people);
  let mentions = addPeople(roles, text, matchers, coref, documentText, known, deep);
  mentions = addSurnames(mentions, text, known);
  for (const [start, end] of referenceSpans) {
    if (!coref.target || !/^(?:the|its)\s/i.test(text.slice(start, end))) continue;
    if (mentions.some((mention) => overlaps(start, end, mention))) continue;
    mentions.push({ start, end, actor: coref.target, strength: 'strong', isTarget: true, pronoun: true });
  }
  mentions = addLegislators(addGenericBodies(mentions, text, coref, matchers), text, coref, matchers);
  mentions.sort((a, b) => a.start - b.start);
  for (const match of text.matchAll(PRONOUN_RE)) {
    if (insideTarget(match.index, match.index + match[0].length)) continue;
    if (mentions.some((mention) => overlaps(match.index, match.index + match[0].length, mention))) continue;
    const titled = /^the\s/i.test(match[0]) ? findTitledPerson(match[0].slice(4), known, documentText) : null;
    const actor = titled ?? resolvePronoun(match[0].toLowerCase(), coref);
    if (!actor) continue;
    const isTarget = actor.country !== null && matchers.targetCountries.has(actor.country) && actor.type === 'company';
    mentions.push({ start: match.index, end: match.index + match[0].length, actor, strength: 'strong', isTarget, pronoun: !titled });
  }
  return { mentions: mentions.sort((a, b) => a.start - b.start), people: known };
}

/** People named in the sentence, resolved once per document (`known` gains those met here for the first time). */
function addPeople(
  named: Mention[],
  text: string,
  matchers: TopicMatchers,
  coref: CorefState,
  documentText: string,
  known: Map<string, ActorRef>,
  deep: boolean,
): Mention[] {
  const mentions = [...named];
  // compromise only where a name can hide: two capitalised words in a row ("Ana Quispe"), or a word after a title.
  for (const person of findPeople(text, { deep: deep && hasUnknownName(text, mentions, known) })) {
    if (mentions.some((mention) => overlaps(person.start, person.end, mention))) continue;
    const surname = person.name.split(/\s+/).pop() ?? person.name;
    let actor = known.get(person.name) ?? known.get(surname);
    if (!actor) {
      const lastCountry = coref.country?.country ?? coref.dateline?.country ?? null;
      actor = resolvePerson(person.name, documentText, { lastCountry, isTarget: (mention) => testRe(matchers.target, mention.surface) });
      // An official whose text names no country speaks for the country of the paragraph around them.
      const sameSentence = [...mentions]
        .reverse()
        .find(
          (mention) =>
            mention.end <= person.start && mention.actor.type === 'country' && mention.strength === 'strong' && !mention.isTarget,
        );
      if (!actor.country && actor.type === 'official' && sameSentence) actor = { ...actor, country: sameSentence.actor.country };
      else if (!actor.country && actor.type === 'official' && coref.authority && coref.paragraph - coref.authorityParagraph <= 1) {
        actor = { ...actor, country: coref.authority.country };
      }
      // "OTTAWA – Opposition MP X…": an official the text places nowhere else speaks where the report is filed.
      else if (!actor.country && actor.type === 'official' && coref.dateline) actor = { ...actor, country: coref.dateline.country };
      known.set(person.name, actor);
      if (!known.has(surname)) known.set(surname, actor);
    }
    mentions.push({ start: person.start, end: person.end, actor, strength: 'strong', isTarget: false });
  }
  return mentions;
}

/** Bare surnames of people met earlier in the document ("Pellegrini said"). */
function addSurnames(named: Mention[], text: string, known: PeopleIndex): Mention[] {
  const mentions = [...named];
  for (const [name, actor] of known) {
    if (name.includes(' ')) continue;
    for (const match of text.matchAll(new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, 'gu'))) {
      if (mentions.some((mention) => overlaps(match.index, match.index + name.length, mention))) continue;
      mentions.push({ start: match.index, end: match.index + name.length, actor, strength: 'strong', isTarget: false });
    }
  }
  return mentions;
}

/** Whether two capitalised words in a row ("Ana Quispe") are left that no gazetteer entry or known person explains. */
export function hasUnknownName(text: string, mentions: Mention[], people: PeopleIndex): boolean {
  for (const match of text.matchAll(NAME_LIKE_RE)) {
    if (mentions.some((mention) => overlaps(match.index, match.index + match[0].length, mention))) continue;
    if (people.has(text.slice(match.index).split(/\s+/).slice(0, 2).join(' '))) continue;
    return true;
  }
  return false;
}
