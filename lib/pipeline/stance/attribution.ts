// A cue hit in its sentence → the agents holding it (passive agent, noun modifier, claim source, clause subject, speaker, place).
import { chooseSubject, extendGroup } from './clauses';
import { PARTICIPLE_RE, PASSIVE_BEFORE_RE } from './grammar';
import { PRESSURE } from './lexicon';
import type { SentenceContext } from './sentence-context';
import { toSpeakerMention, type CueHit, type Mention } from './types';

export type Attribution = {
  agents: Mention[];
  /** False when the agent is only the place the sentence names (a passive or noun with no "by"). */
  explicit: boolean;
  passive: boolean;
  isNoun: boolean;
};

const CLAIM_SOURCE_AFTER_RE =
  /^\s*(?:(?:raised|voiced|expressed|cited|issued|made|aired|flagged|shared|levell?ed)\s+)?(?:by|from)\s+(?:the\s+)?/i;
const CLAIM_HOLDER_BEFORE_THAT_RE = new RegExp(
  [
    String.raw`(?:warnings?|concerns?|fears?|claims?|allegations?|accusations?|assessments?|argu(?:es|ed|ing)|claim(?:s|ed)|alleg(?:es|ed)|`,
    String.raw`warn(?:s|ed)|believ(?:es|ed)|said|says|saying|insist(?:s|ed))\s+(?:from\s+[^,;]{0,40}\s+)?that\s*$`,
  ].join(''),
  'i',
);
const SHARED_SUBJECT_BREAK_RE = /(?:\bbut|,\s*which|\band)\s*$/i;
// "recommended that Thailand keep…", "a toolbox recommending that member states exclude…": the recommender holds it.
const PRESSURE_THAT_BEFORE_RE = new RegExp(
  `(?<![\\p{L}])(?:${PRESSURE}|call(?:s|ed|ing)? for|propos(?:e|es|ed|ing)|suggest(?:s|ed|ing)?|insist(?:s|ed|ing)?)\\s+that\\s*$`,
  'iu',
);
/** "adopted a decree that bars…": the act of the law belongs to whoever adopted it. */
const LAW_THAT_BEFORE_RE = new RegExp(
  [
    String.raw`\b(?:adopt|pass|approv|enact|issu|sign|introduc|publish|unveil|draft|table|vot)\p{L}*\s+(?:[\p{L}\p{N}-]+\s+){0,3}?`,
    String.raw`(?:decree|law|bill|regulations?|rules?|ordinance|legislation|amendment|order|directive|resolution|motion|framework|`,
    String.raw`guidelines?|act)\s+(?:[\p{L}\p{N}-]+\s+){0,3}?(?:that|which)\s*$`,
  ].join(''),
  'iu',
);
/** "Under new Finnish rules, operators must…": the rule-maker holds the act. */
const UNDER_RULES_RE =
  /^(?:['’]s)?\s+(?:[\p{L}-]+\s+){0,2}(?:rules|law|laws|legislation|regulations?|decree|bill|guidelines|framework|policy)\b/iu;
const UNDER_BEFORE_RE = /^[\s"“]*(?:under|with)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
const NOUN_DETERMINER_BEFORE_RE = new RegExp(
  [
    String.raw`\b(?:a|an|the|its|their|any|new|blanket|outright|total|full|partial|proposed|similar|such|comparable|equivalent|identical|`,
    String.raw`same|tougher|stricter|'s|’s)\s+(?:\w+\s+)?$`,
  ].join(''),
  'i',
);

/** Who holds a cue, or null when nobody in the sentence does. */
export function findAgents(hit: CueHit, context: SentenceContext): Attribution | null {
  const { text, mentions, strong, weak, speaker, speakerHit, matchers } = context;
  const before = text.slice(0, hit.start);
  // "is debating" is progressive, "was banned" passive: only a participle after the auxiliary makes a passive.
  const passive = hit.cue.kind !== 'claim' && PARTICIPLE_RE.test(hit.text) && PASSIVE_BEFORE_RE.test(before);
  const isNoun = matchers.restrictionNoun.test(hit.text) && (NOUN_DETERMINER_BEFORE_RE.test(before) || /(?:^|[.;:,–—-])\s*$/.test(before));
  const inQuote = context.quoteRanges.some(([start, end]) => hit.start > start && hit.start < end);
  const others = mentions.filter((mention) => !mention.isTarget);
  let agents: Mention[] = [];
  let explicit = true;
  // "banned by the FCC", "bans imposed in the UK and Canada".
  if (passive || isNoun) agents = findPassiveAgents(hit, context, others, isNoun);
  if (hit.cue.needsSpeaker) {
    if (!speaker) return null;
    agents = [toSpeakerMention(speaker)];
  } else if (hit.cue.kind === 'claim') {
    // "concerns raised by the US", "warnings from Washington that…": the source holds the claim.
    const source = CLAIM_SOURCE_AFTER_RE.exec(text.slice(hit.end, hit.end + 60));
    const sourceAt = source ? hit.end + source[0].length : -1;
    const sourceMention = source
      ? mentions.find(
          (mention) => mention.start >= sourceAt && mention.start - sourceAt < 5 && (!mention.isTarget || hit.cue.polarity === -1),
        )
      : undefined;
    if (sourceMention) agents = extendGroup(sourceMention, others, text, 1);
    // "Washington says the company could…", "the US alleged that China could use…": the speaker holds it.
    else if (
      speakerHit &&
      speakerHit.before &&
      speakerHit.verbStart < hit.start &&
      !inQuote &&
      context.clauseStart(hit.start) <= speakerHit.verbStart + 24
    ) {
      agents = [toSpeakerMention(speakerHit.actor)];
    }
  }
  if (agents.length === 0 && !passive) agents = findSubjectAgents(hit, context);
  // Quotes and first-person claims belong to the speaker.
  const firstPerson = agents.every((agent) => agent.pronoun && /^we$/i.test(text.slice(agent.start, agent.end)));
  if (speaker && (agents.length === 0 || inQuote || firstPerson)) {
    if (agents.length === 0 || inQuote || hit.cue.kind === 'claim') agents = [toSpeakerMention(speaker)];
  }
  if (agents.length === 0 && hit.cue.polarity === 1 && hit.cue.kind === 'act') {
    const ruleMaker = mentions.find(
      (mention) =>
        !mention.isTarget &&
        mention.actor.country !== null &&
        mention.end <= hit.start &&
        UNDER_BEFORE_RE.test(text.slice(0, mention.start)) &&
        UNDER_RULES_RE.test(text.slice(mention.end, mention.end + 40)),
    );
    if (ruleMaker) agents = [ruleMaker];
  }
  if (agents.length === 0 && (passive || isNoun || hit.cue.polarity === 0)) {
    const place = [...weak, ...strong].find(
      (mention) => !mention.isTarget && mention.actor.country && !matchers.targetCountries.has(mention.actor.country),
    );
    if (place) {
      agents = [place];
      explicit = false;
    }
  }
  if (agents.length === 0) return null;
  return { agents, explicit, passive, isNoun };
}

/** "banned by the FCC", "bans on Huawei gear are in place in Malta and…", "the German ban": the agent of a passive or noun. */
function findPassiveAgents(hit: CueHit, context: SentenceContext, others: Mention[], isNoun: boolean): Mention[] {
  const { text, mentions } = context;
  const afterText = text.slice(hit.end, hit.end + 110);
  // The first by/in/from that names an actor, within the clause.
  const clauseEnd = afterText.search(/[.;:“”"]/u);
  for (const by of afterText.slice(0, clauseEnd < 0 ? 90 : Math.min(clauseEnd, 90)).matchAll(/\b(?:by|in|from)\s+(?:the\s+)?/gu)) {
    const at = hit.end + by.index + by[0].length;
    const first = mentions.find((mention) => mention.start >= at && mention.start - at < 12 && !mention.isTarget);
    // "banned by the previous government": an agent without a name; a later "from"/"in" is no agent.
    if (!first && /^by/i.test(by[0])) break;
    if (!first) continue;
    return extendGroup(first, others, text, 1);
  }
  if (!isNoun) return [];
  const modifier = [...mentions]
    .reverse()
    .find(
      (mention) =>
        mention.end <= hit.start &&
        hit.start - mention.end <= 20 &&
        !mention.isTarget &&
        /^(?:['’]s)?\s+(?:[\p{L}-]+\s+){0,2}$/u.test(text.slice(mention.end, hit.start)),
    );
  return modifier ? extendGroup(modifier, others, text, -1) : [];
}

/** The subject of the cue's clause, or of the clause that governs it ("urged that X…", "adopted a law that…", "but"). */
function findSubjectAgents(hit: CueHit, context: SentenceContext): Mention[] {
  const { text, masked, strong, mentions, speaker } = context;
  const from = context.clauseStart(hit.start);
  const allowTarget = hit.cue.polarity === -1;
  const candidates = strong.filter(
    (mention) =>
      mention.end <= hit.start &&
      mention.start >= from &&
      (allowTarget || !mention.isTarget) &&
      !(mention.isTarget && /\b(?:such as|like|including|e\.g\.)\s*$/i.test(text.slice(Math.max(0, mention.start - 14), mention.start))),
  );
  const pressureThat =
    from > 0 &&
    (PRESSURE_THAT_BEFORE_RE.test(masked.slice(Math.max(0, from - 40), from)) ||
      (hit.cue.polarity === 1 && LAW_THAT_BEFORE_RE.test(masked.slice(Math.max(0, from - 60), from))));
  let subject = pressureThat ? null : chooseSubject(candidates, masked, from, hit.start);
  if (pressureThat) {
    const outer = context.clauseStart(Math.max(0, from - 6));
    const governing = strong.filter((mention) => mention.end <= from && mention.start >= outer && !mention.isTarget);
    subject = chooseSubject(governing, masked, outer, from);
  }
  // "warnings from the US that this could pose a threat": a claim in a that-clause belongs to whoever voiced it.
  if (!subject && hit.cue.kind === 'claim' && CLAIM_HOLDER_BEFORE_THAT_RE.test(masked.slice(0, from))) {
    const outer = context.clauseStart(Math.max(0, from - 6));
    const voicing = mentions.filter(
      (mention) => mention.end <= from && mention.start >= outer && !mention.isTarget && mention.actor.country !== null,
    );
    subject = chooseSubject(voicing, masked, outer, from);
  }
  // "Spain … but plans to exclude…", "Serbia signed a pledge, which aims at keeping … away": the clause shares
  // the subject of the clause before it.
  if (
    !subject &&
    !speaker &&
    hit.cue.polarity !== -1 &&
    SHARED_SUBJECT_BREAK_RE.test(masked.slice(Math.max(0, from - 12), from)) &&
    /^\s*(?:also\s+)?(?!the\b|a\b|an\b|it\b|they\b|he\b|she\b|we\b|its\b|their\b|this\b|these\b)\p{Ll}/u.test(masked.slice(from))
  ) {
    const outer = context.clauseStart(Math.max(0, from - 8));
    subject = strong.find((mention) => mention.start >= outer && mention.end <= from && !mention.isTarget && !mention.pronoun) ?? null;
  }
  return subject
    ? extendGroup(
        subject,
        strong.filter((mention) => allowTarget || !mention.isTarget),
        text,
        -1,
      )
    : [];
}
