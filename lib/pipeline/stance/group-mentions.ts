// Sentence + mentions so far → mentions of bodies named only by role ("its regulator", "MPs"), resolved to a country.
import { findGazetteerMentions } from '../nlp/gazetteer/index';
import { CALL_TO_FOLLOW_RE } from './grammar';
import { overlaps } from './regex';
import type { CorefState } from './coreference';
import type { TopicMatchers } from './topic-matchers';
import type { Mention } from './types';
import type { ActorRef } from '../../domain/stance';

// "MPs", "lawmakers": the parliament of the country in context.
const LEGISLATORS_RE = new RegExp(
  [
    String.raw`(?<![\p{L}])(?:MPs|[Ll]awmakers|[Ll]egislators|[Pp]arliamentarians|[Mm]embers of (?:the )?[Pp]arliament|`,
    String.raw`(?:[Oo]pposition |[Rr]uling[- ]party )?politicians)(?![\p{L}])`,
  ].join(''),
  'gu',
);

/** The country in context when the sentence names none: the last one named, if within a paragraph. */
function recentCountry(coref: CorefState): ActorRef | null {
  return coref.country && coref.paragraph - coref.countryParagraph <= 1 ? coref.country : null;
}

/** "its telecom regulator", "the country's cyber watchdog", "the industry association": the country in context. */
export function addGenericBodies(mentions: readonly Mention[], text: string, coref: CorefState, matchers: TopicMatchers): Mention[] {
  const result = [...mentions];
  for (const match of text.matchAll(matchers.genericBody)) {
    if (result.some((mention) => overlaps(match.index, match.index + match[0].length, mention))) continue;
    const inSentence = [...result]
      .reverse()
      .find(
        (mention) =>
          mention.end <= match.index &&
          mention.actor.type === 'country' &&
          !mention.isTarget &&
          !(mention.actor.country && matchers.targetCountries.has(mention.actor.country)),
      );
    // "In Mexico City, the finance ministry…": a place dropped as locative still says whose ministry it is.
    const place = inSentence
      ? null
      : findGazetteerMentions(text.slice(0, match.index))
          .filter((mention) => mention.actor.type === 'country' && !matchers.targetCountries.has(mention.actor.country ?? ''))
          .pop();
    // An industry association speaks for the industry of the country the report is about.
    const reach = /association|industry|lobby|trade body/i.test(match[0]) ? 3 : 1;
    const country = inSentence?.actor ?? place?.actor ?? (reach > 1 ? coref.home : null) ?? recentCountry(coref);
    if (!country) continue;
    // The industry speaks apart from its government: its own actor, in the same country.
    const actor: ActorRef =
      reach > 1 && country.country
        ? {
            key: `org:industry-association-${country.country.toLowerCase()}`,
            name: `${country.name} industry association`,
            type: 'organization',
            country: country.country,
            aliases: [],
          }
        : country;
    const [start, end] = [match.index, match.index + match[0].length];
    result.push({ start, end, actor, strength: 'strong', isTarget: false, pronoun: reach === 1 });
  }
  return result;
}

function toLegislators(country: ActorRef & { country: string }): ActorRef {
  const key = `body:legislators-${country.country.toLowerCase()}`;
  return { key, name: `${country.name} lawmakers`, type: 'government_body', country: country.country, aliases: [] };
}

/** "British MPs", "MPs in Norway", "lawmakers": the parliament of the country named beside them or in context. */
export function addLegislators(mentions: readonly Mention[], text: string, coref: CorefState, matchers: TopicMatchers): Mention[] {
  const result = [...mentions];
  for (const match of text.matchAll(LEGISLATORS_RE)) {
    const [start, end] = [match.index, match.index + match[0].length];
    if (result.some((mention) => overlaps(start, end, mention))) continue;
    // "British MPs", "Germany's lawmakers": the country names the parliament, which speaks apart from the government.
    const owner = result.findIndex(
      (mention) => mention.actor.type === 'country' && !mention.isTarget && /^(?:['’]s)?\s+$/u.test(text.slice(mention.end, start)),
    );
    if (owner >= 0) {
      const country = result[owner]!.actor;
      result[owner] = { ...result[owner]!, end, strength: 'strong', actor: toLegislators(country as ActorRef & { country: string }) };
      continue;
    }
    // "MPs in Norway": the country right after names the parliament.
    const after = result.findIndex(
      (mention) =>
        mention.actor.type === 'country' && !mention.isTarget && /^\s+(?:in|from)\s+(?:the\s+)?$/u.test(text.slice(end, mention.start)),
    );
    if (after >= 0) {
      const country = result[after]!.actor;
      result[after] = { ...result[after]!, start, strength: 'strong', actor: toLegislators(country as ActorRef & { country: string }) };
      continue;
    }
    const inSentence = [...result]
      .reverse()
      .find(
        (mention) =>
          mention.end <= start &&
          mention.actor.type === 'country' &&
          mention.strength === 'strong' &&
          !mention.isTarget &&
          !(mention.actor.country && matchers.targetCountries.has(mention.actor.country)) &&
          !CALL_TO_FOLLOW_RE.test(text.slice(0, mention.start)),
      );
    const country = inSentence?.actor ?? recentCountry(coref) ?? coref.dateline;
    if (!country?.country) continue;
    result.push({ start, end, actor: toLegislators(country as ActorRef & { country: string }), strength: 'strong', isTarget: false });
  }
  return result;
}
