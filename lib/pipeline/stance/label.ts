// Document text + topic → one stance statement per actor: who holds which stance, in which country, when, and why.
import { findGazetteerMentions, findCountryActor, type GazetteerMention } from '../nlp/gazetteer/index';
import { findPeople, resolvePerson } from '../nlp/people';
import { splitSentences, type Sentence } from '../nlp/sentences';
import { extractStatementDate, type StatementDate } from '../nlp/statement-date';
import { CUES, GOVERNMENT_HEADS, HEDGES, NEGATORS, PARTIAL, PRESSURE, SPEECH_VERBS, type Cue } from './lexicon';
import { findCueCandidates, indexCueOpenings, matchAtCandidates } from './cue-openings';
import type { TopicDefinition } from '../../topics/topic';
import type { ActorRef, Evidence, LabelInput, LabeledStatement, StanceLabel } from '../../domain/stance';

export const LABELER_VERSION = '1.7.0';

type TopicMatchers = {
  /** The lexicon's cues, with `{target}` filled in by the topic's targets and references; `at` matches only at lastIndex. */
  cues: Array<{ cue: Cue; re: RegExp; at: RegExp }>;
  target: RegExp;
  /** "allowed to sell components to Huawei": trade with the target, not its place in networks. */
  tradeTo: RegExp;
  reference: RegExp | null;
  domain: RegExp | null;
  offTopic: RegExp | null;
  targetCountries: Set<string>;
};

type Mention = {
  start: number;
  end: number;
  actor: ActorRef;
  /** strong: can hold a stance; weak: a place or modifier, used only for passives and noun cues. */
  strength: 'strong' | 'weak';
  isTarget: boolean;
  pronoun?: boolean;
};

type CueHit = { cue: Cue; start: number; end: number; text: string };

type Finding = { actor: ActorRef; stance: StanceLabel; score: number; confidence: number; sentence: Sentence; date: StatementDate };

type CorefState = { paragraph: number; countryParagraph: number; countrySentence: number; authority: ActorRef | null; authorityParagraph: number; target: ActorRef | null; person: ActorRef | null; company: ActorRef | null; country: ActorRef | null; body: ActorRef | null; speaker: ActorRef | null; any: ActorRef | null; dateline: ActorRef | null; home: ActorRef | null };

const wordRe = (terms: string[], flags = 'gu') =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, flags);

const NEGATION_RE = new RegExp(`(?<![\\p{L}])(?:${NEGATORS.join('|')})(?![\\p{L}])(?:[\\s,]+[\\p{L}'’-]+){0,7}[\\s,]*$`, 'iu');
const HEDGE_RE = new RegExp(`(?<![\\p{L}])(?:${HEDGES.join('|')})(?![\\p{L}])`, 'iu');
const PRESSURE_RE = new RegExp(`(?<![\\p{L}])(?:${PRESSURE})(?![\\p{L}])`, 'iu');
const PARTIAL_RE = new RegExp(PARTIAL, 'i');
const SPEECH_RE = new RegExp(`(?<![\\p{L}])(?:${SPEECH_VERBS})(?![\\p{L}])`, 'giu');
const HEAD_AFTER_RE = new RegExp(`^(?:['’]s)?\\s+(?:[\\p{L}-]+\\s+){0,2}(?:${GOVERNMENT_HEADS})(?![\\p{L}])`, 'iu');
const PASSIVE_BEFORE_RE = /\b(?:is|are|was|were|been|being|be|get|gets|got|getting|has been|have been|had been)\s+(?:\w+ly\s+|not\s+|also\s+|effectively\s+|now\s+|already\s+|since\s+){0,2}$/i;
const PARTICIPLE_RE = /^[\p{L}-]*(?:ed|en|[^e]t|wn|id|ut)(?![\p{L}])/iu;
// A name right after these verbs is their object, not the holder of the stance.
const OBJECT_BEFORE_RE = new RegExp(`(?<![\\p{L}])(?:${PRESSURE}|follow(?:s|ed|ing)?(?:\\s+(?:the\\s+)?(?:lead|example|footsteps|model)\\s+of)?|emulat(?:e|es|ed|ing)|copy(?:ing)?|to have|to get|to make|forc(?:e|es|ed|ing)|want(?:s|ed)?|help(?:s|ed)?|let|allow(?:s|ed)?|told|tell(?:s)?|cho(?:se|ose|oses)|select(?:s|ed)?|picked|tapped|hired|notified|advised|instructed|ordered|requir(?:e|es|ed))\\s+(?:the\\s+|its\\s+|their\\s+)?$`, 'iu');
const QUESTION_BEFORE_RE = /\bask(?:s|ed|ing)?\b[^.;]{0,60}\b(?:whether|if)\b[^.;]*$/i;
const CLAIM_SOURCE_AFTER_RE = /^\s*(?:(?:raised|voiced|expressed|cited|issued|made|aired|flagged|shared|levell?ed)\s+)?(?:by|from)\s+(?:the\s+)?/i;
const CLAIM_HOLDER_BEFORE_THAT_RE = /(?:warnings?|concerns?|fears?|claims?|allegations?|accusations?|assessments?|argu(?:es|ed|ing)|claim(?:s|ed)|alleg(?:es|ed)|warn(?:s|ed)|believ(?:es|ed)|said|says|saying|insist(?:s|ed))\s+(?:from\s+[^,;]{0,40}\s+)?that\s*$/i;
const LOCATIVE_BEFORE_RE = /\b(?:in|at|from|to|near|into|across|throughout|visit(?:s|ed|ing)?|based in|trip to)\s+(?:the\s+)?$/i;
const COORDINATOR_RE = /^\s*(?:,|and|or|&|as well as|along with|plus|,\s*and|,\s*or)\s*(?:the\s+|fellow\s+)?$/i;
const PRONOUN_RE = /(?<![\p{L}])(?:we|he|she|they|it|the (?:[\p{Lu}][\p{L}]+ )?(?:country|nation)|the (?:company|firm|group|government|country|nation|minister|ministry|regulator|committee|operator|carrier|agency|administration|president|prime minister|spokes(?:man|woman|person)|official|chancellor|watchdog|director(?:-general)?|chief executive|chief|head|secretary|commissioner|ceo|chairman))(?![\p{L}])/giu;
const GENERIC_BODY_RE = /(?<![\p{L}])(?:(?:[Ii]ts|[Tt]heir|[Tt]he country['’]s|[Tt]he nation['’]s)\s+(?:[\p{Ll}-]+\s+){0,3}|(?:[Aa]|[Tt]he)\s+(?:[\p{Ll}-]+\s+){0,2}(?:government|state|national|cyber|security|telecoms?)\s+(?:[\p{Ll}-]+\s+){0,2})(?:regulator|watchdog|government|ministry|agency|authorities|parliament|cabinet|committee|council)(?![\p{L}])|(?<![\p{L}])[Tt]he\s+(?:[\p{Ll}-]+\s+){1,2}(?:ministry|regulator|watchdog|cabinet)(?![\p{L}])|(?<![\p{L}])[Tt]he\s+(?:[\p{Ll}'’-]+\s+){0,2}(?:association|industry (?:group|body|lobby)|lobby group|trade body)(?:\s+of\s+(?:[\p{Ll}-]+\s+){0,2}(?:operators|carriers|telcos|providers|companies|firms))?(?![\p{L}])/gu;
const LOCAL_OPERATORS_BEFORE_RE = /(?:[Tt]he country['’]s|[Tt]he nation['’]s|[\p{Lu}][\p{L}.]+['’]s|[\p{Lu}][\p{L}]+)\s+(?:[\p{Ll}-]+\s+){0,3}(?:operators|carriers|telcos|companies|firms|providers|networks)\s*[,:]?\s*(?:(?:including|such as|namely|like)\s+)?(?:[\p{Lu}][\p{L}&.-]*(?:\s+[\p{Lu}][\p{L}&.-]*){0,2}(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*))*$/u;
const WARNING_ABOUT_RESTRICTION_RE = /^\s*(?:that\s+|against\s+|of\s+)?(?:a|an|any|the|such|this)?\s*(?:[\p{L}-]+\s+){0,2}(?:(?:timeline|deadline|timetable|cost|costs|plan|proposal|order)\s+(?:for|of|to)\s+(?:replac\p{L}*|remov\p{L}*|rip\p{L}*|strip\p{L}*|swap\p{L}*|phas\p{L}+ out)|ban|bans|banning|restrictions?|restricting|exclusion|excluding|blacklist)(?![\p{L}])/iu;
const NAME_LIKE_RE = /(?<![\p{L}])\p{Lu}[\p{Ll}'’-]+\s+(?:(?:de|van|von|al|bin|da)\s+)?\p{Lu}[\p{Ll}'’-]/gu;
const ALLEGATION_RE = /\b(?:could|would|may|might|can|alleg\w*|accus\w*|claim\w*|fear\w*|warn\w*|concern\w*|risk\w*|threat\w*|used (?:for|to|as)|tool)\b/i;
const SHARED_SUBJECT_BREAK_RE = /(?:\bbut|,\s*which|\band)\s*$/i;
const PREPOSITION_BEFORE_RE = /(?<![\p{L}])(?:with|of|for|about|against|toward|towards|over|on)\s+(?:the\s+|its\s+|their\s+)?$/iu;
const CLAUSE_BREAK_RE = /;|\s[–—-]\s|:\s|\bwhile\b|\b(?:even )?though\b|\balthough\b|\beven as\b|\bwhereas\b|\bbut\b|\bafter\b|\bbecause\b|\bdespite\b|,\s*(?:leaving|forcing|prompting|causing)\b|\bas\b(?= \w+ (?:has|have|had|is|are|was|were))|\bas\b(?= (?:[\p{L}-]+ ){1,3}(?:call|calls|called|urge|urges|urged|demand|demands|demanded|press|presses|pressed|push|pushes|pushed|warn|warns|warned|postpone|postpones|postponed|delay|delays|delayed|defer|defers|deferred)\b)|\bwhich\b|\bthat\b|\bwho\b/giu;

const STOPWORD_RE = /\b(?:have|has|had|is|are|was|were|will|would|can|could|should|to|and|or|that|which|on|from|in|of|with|against|by|the|a|an|its|their|government|officials?|ministry|minister)\b/i;
const COMPARISON_BEFORE_RE = /\b(?:unlike|than|compared (?:with|to)|as opposed to)\s+(?:its\s+\w+\s+|the\s+)?$/i;
const MODEL_RE = /\b(?:follow(?:s|ed|ing)?|join(?:s|ed|ing)?|emulat(?:e|es|ed|ing)|replicat(?:e|es|ed|ing)|copy(?:ing)?|copied|in line with|mirror(?:s|ed|ing)?)\s+(?:suit\s+with\s+)?(?:the\s+)?(?:(?:lead|example|footsteps|move|decision)\s+of\s+)?(?:[\p{L}-]+\s+){0,3}?(?:like|such as|including|led by)?\s*(?:the\s+)?$/iu;
// "The move follows Washington's about-face": follows in time, not as a model.
const TEMPORAL_FOLLOW_RE = /\b(?:move|decision|announcement|step|news|report|this|it|that|which)\s+(?:\w+\s+)?follow(?:s|ed)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}$/iu;
// "By Jane Doe, Staff Writer": a byline names the author, not an actor.
const BYLINE_RE = /^\s*(?:By|BY)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:\s*(?:,|and|&|\|)\s*[^.!?]{0,60})?\s*$/u;
// "LIMA, Peru –": the place a report is filed from.
const DATELINE_RE = /^\s*\p{Lu}[\p{Lu}\s.'’-]+(?:,\s*[\p{L}\s.]{2,30}?)?\s*(?:\([^)]{0,30}\)\s*)?[–—-]/u;
const CONCESSIVE_BEFORE_RE = /\b(?:though|although|even as|even if)\s*$/i;
// "resisting an order to remove…", "the plan to remove… would cost billions": a proposed act that another cue
// in the sentence judges; the judgement, not the proposal, is the holder's stance.
const PROPOSED_ACT_BEFORE_RE = /(?<!\bin\s)(?<![\p{L}])(?:plans?|proposals?|orders?|decisions?|requirements?|rules?|push|bid|timeline|deadline|timetable|mandate|law|directive|move|demands?|calls?|pressure|efforts?|attempts?)\s+(?:to|for)\s+(?:[\p{L}-]+\s+)?$/iu;
// "partners that let Huawei in": a relative clause describes others, not the speaker.
const GENERIC_RELATIVE_BEFORE_RE = /(?<!\b(?:told|tell|tells|telling|informed|warned|reminded|assured|notified|advised)\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}-]+\s+)?)\b(?:countries|nations|partners|allies|governments|operators|carriers|companies|firms|states|those|anyone|others|networks)\s+(?:that|which|who)\s*$/iu;
// "Excluding one vendor gives a false sense of security": a gerund subject is the act judged, not an act reported.
const GERUND_SUBJECT_RE = /^(?:[\s,"“]*|.*\b(?:said|says|argued|argues|warned|warns|believes|that)\s+)$/iu;
// "recommended that Thailand keep…", "a toolbox recommending that member states exclude…": the recommender holds it.
const PRESSURE_THAT_BEFORE_RE = new RegExp(`(?<![\\p{L}])(?:${PRESSURE}|call(?:s|ed|ing)? for|propos(?:e|es|ed|ing)|suggest(?:s|ed|ing)?|insist(?:s|ed|ing)?)\\s+that\\s*$`, 'iu');
/** "adopted a decree that bars…": the act of the law belongs to whoever adopted it. */
const LAW_THAT_BEFORE_RE = /\b(?:adopt|pass|approv|enact|issu|sign|introduc|publish|unveil|draft|table|vot)\p{L}*\s+(?:[\p{L}\p{N}-]+\s+){0,3}?(?:decree|law|bill|regulations?|rules?|ordinance|legislation|amendment|order|directive|resolution|motion|framework|guidelines?|act)\s+(?:[\p{L}\p{N}-]+\s+){0,3}?(?:that|which)\s*$/iu;
/** "Under new Finnish rules, operators must…": the rule-maker holds the act. */
const UNDER_RULES_RE = /^(?:['’]s)?\s+(?:[\p{L}-]+\s+){0,2}(?:rules|law|laws|legislation|regulations?|decree|bill|guidelines|framework|policy)\b/iu;
const EMOTION_PARTICIPLE_RE = /^(?:disappoint|concern|worr|regret|dismay|surpris|alarm|frustrat|troubl|upset|sadden|shock)/i;
// "urged the government to follow Australia's lead": the example is cited by the caller, not reported as news.
const CALL_TO_FOLLOW_RE = new RegExp(`(?<![\\p{L}])(?:${PRESSURE}|want(?:s|ed)?|should|must|ought)\\b[^.;]{0,80}\\bto\\s+(?:follow|emulate|copy|mirror|join)\\b[^.;]{0,40}$`, 'iu');
// "equipment from Huawei, Ericsson and Nokia", "contracts with Nokia": suppliers named as objects take no stance.
const SUPPLIER_BEFORE_RE = /\b(?:equipment|gear|kit|products|technology|hardware|radios?|antennas?|base stations|contracts?|deals?|agreements?|orders?|tenders?|supplied|provided|sourced|bought|purchased)\s+(?:[\p{L}-]+\s+){0,2}?(?:from|with|by|to|including)\s+(?:the\s+)?$/iu;
// "MPs", "lawmakers": the parliament of the country in context.
const LEGISLATORS_RE = /(?<![\p{L}])(?:MPs|[Ll]awmakers|[Ll]egislators|[Pp]arliamentarians|[Mm]embers of (?:the )?[Pp]arliament|(?:[Oo]pposition |[Rr]uling[- ]party )?politicians)(?![\p{L}])/gu;
// "the decision", "this ban", "the government's move", "similar rules": a definite reference to an act, which in a
// document whose lead reports a restriction of the target is that restriction.
const ACT_ANAPHOR_RE = /(?<![\p{L}])(?:(?:the|this|that|these|such)\s+(?:[\p{L}-]+\s+){0,2}?|[\p{L}]+['’]s\s+(?:[\p{L}-]+\s+)?|(?:similar|comparable|equivalent|identical|the same)\s+)(?:decision|decisions|move|ban|bans|law|rules|decree|measures?|restrictions|vote|deliberations?|cap|exclusion|legislation|regulations?|bill|ruling|step)(?![\p{L}])(?!\s+(?:to|on|of|about|over|for|regarding|concerning)\s)/iu;
// "the decision to raise interest rates", "the move on pensions": an act the topic does not name makes the sentence about it.
const OTHER_ACT_RE = /(?<![\p{L}])(?:decision|move|vote|law|rules|decree|measures?|bill|ruling|step|plan)\s+(?:to|on|about|over|for|regarding)\s+(?!(?:ban|bar|exclud|restrict|block|remov|replac|phase|limit|cap|strip|keep|lock|shut)\p{L}*)/iu;
// A lead that reports a restriction: what the document's later "the decision" refers to.
const RESTRICTION_WORD_RE = /(?<![\p{L}])(?:ban|bans|banned|banning|bar|bars|barred|barring|exclud\p{L}*|exclusion|restrict\p{L}*|prohibit\p{L}*|phas\p{L}+ out|cap|caps|capped|remov\p{L}*|block\p{L}*|curb\p{L}*|blacklist\p{L}*|shut\p{L}* out|lock\p{L}* out|keep\p{L}* out)(?![\p{L}])/iu;
const matcherCache = new Map<string, TopicMatchers>();
// Which cue can match where, found with one scan of the sentence instead of running every cue regex.
const CUE_OPENINGS = indexCueOpenings(CUES.map((cue) => cue.pattern));

function toMatchers(topic: TopicDefinition): TopicMatchers {
  const key = JSON.stringify(topic);
  const cached = matcherCache.get(key);
  if (cached) return cached;
  const references = (topic.targetReferences as string[] | undefined) ?? [];
  const domain = topic.domainTerms;
  const offTopic = (topic.offTopicTerms as string[] | undefined) ?? [];
  const targetAlternation = [...topic.targets, ...references].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  const matchers: TopicMatchers = {
    cues: CUES.map((cue) => {
      const source = `(?<![\\p{L}])(?:${cue.pattern.replaceAll('{target}', `(?:${targetAlternation})`)})(?![\\p{L}])`;
      return { cue, re: new RegExp(source, 'giu'), at: new RegExp(source, 'iuy') };
    }),
    target: wordRe([...topic.targets], 'giu'),
    tradeTo: new RegExp(`^[^.;]{0,40}?\\b(?:sell|sells|selling|sold|sales?|export(?:s|ed|ing)?|ship(?:s|ped|ping)?)\\b[^.;]{0,60}?\\bto\\s+(?:the\\s+)?(?:${targetAlternation})`, 'iu'),
    reference: references.length ? wordRe([...references], 'giu') : null,
    domain: domain.length ? wordRe([...domain], 'giu') : null,
    offTopic: offTopic.length ? wordRe([...offTopic], 'gu') : null,
    targetCountries: new Set((topic.targetCountries as string[] | undefined) ?? []),
  };
  // V8 compiles a regex on its first runs, and these take ~0.4 s together: pay that once here, not whenever a cue
  // first turns up in some later document.
  for (const { at } of matchers.cues) {
    at.exec('');
    at.exec('');
  }
  matcherCache.set(key, matchers);
  return matchers;
}

function test(re: RegExp | null, text: string): boolean {
  if (!re) return false;
  re.lastIndex = 0;
  return re.test(text);
}

function spans(re: RegExp | null, text: string): Array<[number, number]> {
  if (!re) return [];
  re.lastIndex = 0;
  return [...text.matchAll(re)].map((match) => [match.index, match.index + match[0].length]);
}

export function labelDocument(input: LabelInput, topic: TopicDefinition): LabeledStatement[] {
  const matchers = toMatchers(topic);
  // Only the text is labelled: evidence offsets must point into it. A headline counts when it occurs in the text.
  const full = input.text;
  // Cheap pass first: no target or no domain term → nothing to label, and no NLP runs.
  if (!test(matchers.target, full) || (matchers.domain && !test(matchers.domain, full))) return [];

  const sentences = splitSentences(full);
  const flags = sentences.map((sentence) => ({
    target: test(matchers.target, sentence.text),
    reference: test(matchers.reference, sentence.text),
    domain: test(matchers.domain, sentence.text),
    offTopic: test(matchers.offTopic, sentence.text),
  }));
  const dateline = findDatelineCountry(sentences.slice(0, 4));
  // The country the report is about: where it is filed, else the first country its headline or lead names.
  const home = dateline ?? sentences.slice(0, 3).flatMap((sentence) => findGazetteerMentions(sentence.text))
    .find((mention) => mention.actor.type === 'country' && !matchers.targetCountries.has(mention.actor.country ?? ''))?.actor ?? null;
  const coref: CorefState = { paragraph: 0, countryParagraph: -9, countrySentence: -1, authority: null, authorityParagraph: -9, target: null, person: null, company: null, country: null, body: null, speaker: null, any: null, dateline, home };
  const findings: Finding[] = [];
  const people = new Map<string, ActorRef>();
  let paragraph = -1;
  let targetSeen = false;
  const targetSentences = flags.filter((flag) => flag.target).length;
  // A headline and lead that name the target make the whole document about it.
  const aboutTarget = flags.slice(0, 3).filter((flag) => flag.target).length >= 2;
  const aboutRestriction = sentences.slice(0, 3).some((sentence, index) => flags[index]!.target && RESTRICTION_WORD_RE.test(sentence.text));

  for (const [index, sentence] of sentences.entries()) {
    const flag = flags[index]!;
    if (sentence.paragraph !== paragraph) {
      paragraph = sentence.paragraph;
      coref.paragraph = paragraph;
      coref.any = null;
    }
    targetSeen ||= flag.target;
    const near = flags.slice(Math.max(0, index - 2), index + 2).some((other, offset) => other.target
      && Math.abs((sentences[Math.max(0, index - 2) + offset]?.paragraph ?? -9) - sentence.paragraph) <= 1);
    // In a document that keeps naming the target, a sentence in the policy's domain concerns it too ("…cannot account for
    // more than 50 percent of the base stations," the minister said) even far from the last mention.
    // "…said it firmly opposes the decision": in a document about a restriction of the target, a reference to the act.
    const anaphor = aboutRestriction && index >= 1 && ACT_ANAPHOR_RE.test(sentence.text) && !OTHER_ACT_RE.test(sentence.text);
    const concerns = flag.target || (targetSeen && (near || flag.reference)) || (flag.reference && flag.domain) || (flag.domain && (targetSentences >= 3 || aboutTarget)) || anaphor;
    const offTopic = flag.offTopic && !flag.domain;
    const isCandidate = concerns && !offTopic && !isHeadlineList(sentence.text) && !BYLINE_RE.test(sentence.text);
    // compromise is the slow step: only sentences that concern the topic and carry a cue get it.
    const cues = isCandidate ? findCues(sentence.text, flag.target || flag.reference || anaphor, flag.domain, matchers) : [];
    const mentions = isCandidate || index < 3 || flag.target ? findMentions(sentence.text, matchers, coref, full, people, cues.length > 0) : findCountryMentions(sentence.text);
    const speakerHit = findSpeakerHit(sentence.text, mentions);
    if (cues.length > 0) {
      const previous = index > 0 && sentences[index - 1]!.paragraph === sentence.paragraph ? sentences[index - 1]!.text : null;
      const date = () => extractStatementDate(sentence.text, previous, input.published, input.datePrecision);
      for (const finding of labelSentence(sentence, cues, mentions, speakerHit, matchers, coref, flag, date)) findings.push(finding);
    }
    updateCoref(coref, mentions, sentence.text, sentence.start, speakerHit?.actor ?? null);
  }

  return aggregate(findings, topic.slug);
}

/** Whether two capitalised words in a row ("Ana Quispe") are left that no gazetteer entry or known person explains. */
function hasUnknownName(text: string, mentions: Mention[], people: Map<string, ActorRef>): boolean {
  for (const match of text.matchAll(NAME_LIKE_RE)) {
    if (mentions.some((mention) => match.index < mention.end && mention.start < match.index + match[0].length)) continue;
    if (people.has(text.slice(match.index).split(/\s+/).slice(0, 2).join(' '))) continue;
    return true;
  }
  return false;
}

/** The country of a dateline ("LIMA, Peru –", "OTTAWA –"), looked up in title case. */
function findDatelineCountry(sentences: Sentence[]): ActorRef | null {
  for (const sentence of sentences) {
    const dateline = DATELINE_RE.exec(sentence.text)?.[0];
    if (!dateline) continue;
    const titled = dateline.replace(/\p{Lu}+/gu, (word) => word.length > 2 ? word[0] + word.slice(1).toLowerCase() : word);
    const place = findGazetteerMentions(titled).filter((mention) => mention.actor.type === 'country').pop();
    if (place) return place.actor;
  }
  return null;
}

/** Outside the topic only countries are looked up: they are what "the country's regulator" later refers to. */
function findCountryMentions(text: string): Mention[] {
  return findGazetteerMentions(text)
    .filter((mention) => mention.actor.type === 'country' && mention.kind === 'name' && !LOCATIVE_BEFORE_RE.test(text.slice(Math.max(0, mention.start - 25), mention.start))
      && /^(?:['’]s\s|,|\s+(?:has|have|had|is|are|was|were|will|would|said|says|\p{Ll}+(?:ed|es))\b)/u.test(text.slice(mention.end, mention.end + 12)))
    .map((mention) => ({ start: mention.start, end: mention.end, actor: mention.actor, strength: 'strong' as const, isTarget: false }));
}

/** A run of related-link headlines glued into one "sentence": long, mostly capitalised words. */
function isHeadlineList(text: string): boolean {
  // "Read more • A says… • B says…": headlines run together with bullets.
  if ((text.match(/\s[•·▪►|]\s/g) ?? []).length >= 2 || /^\s*(?:Read more|Related|See also|Also read|More on this)\b[\s:•·|-]/i.test(text)) return true;
  const words = text.split(/\s+/).filter((word) => /\p{L}/u.test(word));
  if (words.length < 20) return false;
  return words.filter((word) => /^\p{Lu}/u.test(word)).length / words.length > 0.6;
}

function findMentions(text: string, matchers: TopicMatchers, coref: CorefState, documentText: string, people: Map<string, ActorRef>, deep: boolean): Mention[] {
  const referenceSpans = spans(matchers.reference, text);
  const targetSpans = [...spans(matchers.target, text), ...referenceSpans];
  const insideTarget = (start: number, end: number) => targetSpans.some(([a, b]) => start < b && a < end);
  const mentions: Mention[] = [];
  for (const mention of findGazetteerMentions(text)) {
    const isTarget = test(matchers.target, mention.surface) || test(matchers.target, mention.actor.name);
    if (!isTarget && insideTarget(mention.start, mention.end)) continue;
    const strength = mentionStrength(mention, text, targetSpans);
    if (strength === null) continue;
    mentions.push({ start: mention.start, end: mention.end, actor: mention.actor, strength, isTarget });
  }
  mergeTargetUnits(mentions, text);
  dropSuppliers(mentions, text);
  localizeCompanies(mentions, text, coref, matchers);
  // compromise only where a name can hide: two capitalised words in a row ("Ana Quispe"), or a word after a title.
  for (const person of findPeople(text, { deep: deep && hasUnknownName(text, mentions, people) })) {
    if (mentions.some((mention) => person.start < mention.end && mention.start < person.end)) continue;
    const surname = person.name.split(/\s+/).pop() ?? person.name;
    let actor = people.get(person.name) ?? people.get(surname);
    if (!actor) {
      actor = resolvePerson(person.name, documentText, { lastCountry: coref.country?.country ?? coref.dateline?.country ?? null, isTarget: (mention) => test(matchers.target, mention.surface) });
      // An official whose text names no country speaks for the country of the paragraph around them.
      const sameSentence = [...mentions].reverse().find((mention) => mention.end <= person.start && mention.actor.type === 'country' && mention.strength === 'strong' && !mention.isTarget);
      if (!actor.country && actor.type === 'official' && sameSentence) actor = { ...actor, country: sameSentence.actor.country };
      else if (!actor.country && actor.type === 'official' && coref.authority && coref.paragraph - coref.authorityParagraph <= 1) {
        actor = { ...actor, country: coref.authority.country };
      }
      // "OTTAWA – Opposition MP X…": an official the text places nowhere else speaks where the report is filed.
      else if (!actor.country && actor.type === 'official' && coref.dateline) actor = { ...actor, country: coref.dateline.country };
      people.set(person.name, actor);
      if (!people.has(surname)) people.set(surname, actor);
    }
    mentions.push({ start: person.start, end: person.end, actor, strength: 'strong', isTarget: false });
  }
  // Bare surnames of people met earlier in the document ("Pellegrini said").
  for (const [name, actor] of people) {
    if (name.includes(' ')) continue;
    for (const match of text.matchAll(new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, 'gu'))) {
      if (mentions.some((mention) => match.index < mention.end && mention.start < match.index + name.length)) continue;
      mentions.push({ start: match.index, end: match.index + name.length, actor, strength: 'strong', isTarget: false });
    }
  }
  for (const [start, end] of referenceSpans) {
    if (!coref.target || !/^(?:the|its)\s/i.test(text.slice(start, end))) continue;
    if (mentions.some((mention) => start < mention.end && mention.start < end)) continue;
    mentions.push({ start, end, actor: coref.target, strength: 'strong', isTarget: true, pronoun: true });
  }
  // "its telecom regulator", "the country's cyber watchdog", "a key government security committee": the country in context.
  for (const match of text.matchAll(GENERIC_BODY_RE)) {
    if (mentions.some((mention) => match.index < mention.end && mention.start < match.index + match[0].length)) continue;
    const inSentence = [...mentions].reverse().find((mention) => mention.end <= match.index && mention.actor.type === 'country' && !mention.isTarget
      && !(mention.actor.country && matchers.targetCountries.has(mention.actor.country)));
    // "In Mexico City, the finance ministry…": a place dropped as locative still says whose ministry it is.
    const place = inSentence ? null : findGazetteerMentions(text.slice(0, match.index)).filter((mention) => mention.actor.type === 'country' && !matchers.targetCountries.has(mention.actor.country ?? '')).pop();
    // An industry association speaks for the industry of the country the report is about.
    const reach = /association|industry|lobby|trade body/i.test(match[0]) ? 3 : 1;
    const country = inSentence?.actor ?? place?.actor ?? (reach > 1 ? coref.home : null) ?? (coref.country && coref.paragraph - coref.countryParagraph <= 1 ? coref.country : null);
    if (!country) continue;
    // The industry speaks apart from its government: its own actor, in the same country.
    const actor: ActorRef = reach > 1 && country.country
      ? { key: `org:industry-association-${country.country.toLowerCase()}`, name: `${country.name} industry association`, type: 'organization', country: country.country, aliases: [] }
      : country;
    mentions.push({ start: match.index, end: match.index + match[0].length, actor, strength: 'strong', isTarget: false, pronoun: reach === 1 });
  }
  for (const match of text.matchAll(LEGISLATORS_RE)) {
    const [start, end] = [match.index, match.index + match[0].length];
    if (mentions.some((mention) => start < mention.end && mention.start < end)) continue;
    // "British MPs", "Germany's lawmakers": the country names the parliament, which speaks apart from the government.
    const owner = mentions.findIndex((mention) => mention.actor.type === 'country' && !mention.isTarget && /^(?:['’]s)?\s+$/u.test(text.slice(mention.end, start)));
    if (owner >= 0) {
      const country = mentions[owner]!.actor;
      mentions[owner] = { ...mentions[owner]!, end, strength: 'strong', actor: { key: `body:legislators-${country.country!.toLowerCase()}`, name: `${country.name} lawmakers`, type: 'government_body', country: country.country, aliases: [] } };
      continue;
    }
    // "MPs in Norway": the country right after names the parliament.
    const after = mentions.findIndex((mention) => mention.actor.type === 'country' && !mention.isTarget && /^\s+(?:in|from)\s+(?:the\s+)?$/u.test(text.slice(end, mention.start)));
    if (after >= 0) {
      const country = mentions[after]!.actor;
      mentions[after] = { ...mentions[after]!, start, strength: 'strong', actor: { key: `body:legislators-${country.country!.toLowerCase()}`, name: `${country.name} lawmakers`, type: 'government_body', country: country.country, aliases: [] } };
      continue;
    }
    const inSentence = [...mentions].reverse().find((mention) => mention.end <= start && mention.actor.type === 'country' && mention.strength === 'strong' && !mention.isTarget
      && !(mention.actor.country && matchers.targetCountries.has(mention.actor.country)) && !CALL_TO_FOLLOW_RE.test(text.slice(0, mention.start)));
    const country = inSentence?.actor ?? (coref.country && coref.paragraph - coref.countryParagraph <= 1 ? coref.country : null) ?? coref.dateline;
    if (!country?.country) continue;
    const actor: ActorRef = { key: `body:legislators-${country.country.toLowerCase()}`, name: `${country.name} lawmakers`, type: 'government_body', country: country.country, aliases: [] };
    mentions.push({ start, end, actor, strength: 'strong', isTarget: false });
  }
  mentions.sort((a, b) => a.start - b.start);
  for (const match of text.matchAll(PRONOUN_RE)) {
    if (insideTarget(match.index, match.index + match[0].length)) continue;
    if (mentions.some((mention) => match.index < mention.end && mention.start < match.index + match[0].length)) continue;
    const titled = /^the\s/i.test(match[0]) ? findTitledPerson(match[0].slice(4), people, documentText) : null;
    const actor = titled ?? resolvePronoun(match[0].toLowerCase(), coref);
    if (actor) mentions.push({ start: match.index, end: match.index + match[0].length, actor, strength: 'strong', isTarget: actor.country !== null && matchers.targetCountries.has(actor.country) && actor.type === 'company', pronoun: !titled });
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/** "Huawei Austria", "ZTE Kenya": the target's local unit is the target itself, not the country. */
function mergeTargetUnits(mentions: Mention[], text: string): void {
  for (let index = mentions.length - 1; index > 0; index -= 1) {
    const unit = mentions[index]!;
    const owner = mentions[index - 1]!;
    if (!owner.isTarget || owner.actor.type !== 'company' || unit.actor.type !== 'country' || unit.start - owner.end !== 1 || text[owner.end] !== ' ') continue;
    mentions.splice(index, 1);
    mentions[index - 1] = { ...owner, end: unit.end };
  }
}

/** Removes companies named as suppliers ("equipment from Huawei, Ericsson and Nokia"); the target stays, as the object. */
function dropSuppliers(mentions: Mention[], text: string): void {
  let previousSupplier: Mention | null = null;
  for (let index = 0; index < mentions.length; index += 1) {
    const mention = mentions[index]!;
    if (mention.actor.type !== 'company') {
      previousSupplier = null;
      continue;
    }
    const supplier: boolean = SUPPLIER_BEFORE_RE.test(text.slice(Math.max(0, mention.start - 60), mention.start))
      || (previousSupplier !== null && COORDINATOR_RE.test(text.slice(previousSupplier.end, mention.start)));
    previousSupplier = supplier ? mention : null;
    if (supplier && !mention.isTarget) {
      mentions.splice(index, 1);
      index -= 1;
    }
  }
}

/**
 * Companies named as a local unit act for that country: "Orange Belgium", "the country's operators, Altice and Vodafone",
 * "Portugal's carriers NOS and Vodafone". The target's own units keep the target's country.
 */
function localizeCompanies(mentions: Mention[], text: string, coref: CorefState, matchers: TopicMatchers): void {
  for (const [index, mention] of mentions.entries()) {
    if (mention.actor.type !== 'company' || mention.isTarget || (mention.actor.country && matchers.targetCountries.has(mention.actor.country))) continue;
    const next = mentions[index + 1];
    let country: ActorRef | null = null;
    if (next && next.actor.type === 'country' && next.start - mention.end === 1 && text[mention.end] === ' ') country = next.actor;
    else {
      let first = mention;
      for (let back = index - 1; back >= 0; back -= 1) {
        const other = mentions[back]!;
        if (other.actor.type !== 'company' || !COORDINATOR_RE.test(text.slice(other.end, first.start))) break;
        first = other;
      }
      const lead = LOCAL_OPERATORS_BEFORE_RE.exec(text.slice(Math.max(0, first.start - 140), first.start));
      if (lead) {
        const named = mentions.find((other) => other.actor.type === 'country' && other.start >= first.start - lead[0].length && other.end <= first.start);
        country = named?.actor ?? (/country|nation/i.test(lead[0]) ? coref.country : null);
      }
    }
    if (!country?.country || country.country === mention.actor.country) continue;
    mentions[index] = { ...mention, actor: { ...mention.actor, key: `${mention.actor.key}-${country.country.toLowerCase()}`, name: `${mention.actor.name} ${country.name}`, country: country.country, aliases: [] } };
  }
}

/** "the Director-General" → the person met earlier with that title ("GCSB Director-General Andrew Hampton"). */
function findTitledPerson(title: string, people: Map<string, ActorRef>, documentText: string): ActorRef | null {
  if (!/^[\p{L}-]+(?: [\p{L}-]+)?$/u.test(title) || /^(?:company|firm|group|government|country|nation|ministry|regulator|committee|operator|carrier|agency|administration|watchdog)$/i.test(title)) return null;
  const found = [...people.entries()].reverse().find(([name, actor]) => name.includes(' ') && actor.type !== 'company'
    && new RegExp(`(?<![\\p{L}])${escapeRegExp(title)}\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,2}${escapeRegExp(name)}|${escapeRegExp(name)},[^,.;]{0,60}(?<![\\p{L}])${escapeRegExp(title)}(?![\\p{L}])`, 'iu').test(documentText));
  return found?.[1] ?? null;
}

/** Whether a gazetteer name holds a stance here: "China's Huawei" and "in Beijing" do not. */
function mentionStrength(mention: GazetteerMention, text: string, targetSpans: Array<[number, number]>): 'strong' | 'weak' | null {
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
  if (mention.actor.type !== 'country') return (modifiesTarget && mention.actor.type !== 'company') || /\b(?:in|at|inside|into)\s+(?:the\s+)?$/i.test(before) ? 'weak' : 'strong';
  if (modifiesTarget) return null;
  if (mention.kind === 'demonym') return HEAD_AFTER_RE.test(after) ? 'strong' : 'weak';
  if (mention.kind === 'seat' && LOCATIVE_BEFORE_RE.test(before)) return null;
  if (COMPARISON_BEFORE_RE.test(before)) return 'weak';
  if (LOCATIVE_BEFORE_RE.test(before)) return 'weak';
  // "US allies", "the EU market": a country used as a modifier of another noun.
  if (/^\s+(?:allies|ally|partners|market|markets|citizens|consumers|users|customers|companies|firms|soil|officials?)\b/i.test(after) && !/^\s+officials?\b/i.test(after)) return 'weak';
  return 'strong';
}

function resolvePronoun(word: string, coref: CorefState): ActorRef | null {
  if (word === 'we') return coref.speaker ?? coref.any;
  if (word === 'he' || word === 'she') return coref.person;
  if (word === 'they') return coref.any && coref.any.type !== 'person' ? coref.any : null;
  if (word === 'it') return null;
  const noun = word.replace(/^the (?:\p{L}+ )?/u, '');
  if (/company|firm|group/.test(noun)) return coref.company;
  if (/^(?:country|nation)$/.test(noun)) return coref.country;
  if (/government|administration/.test(noun)) return coref.country ?? coref.body;
  if (/minister|president|spokes|official|chancellor|director|chief|head|secretary|commissioner|ceo|chairman/.test(noun)) return coref.person?.type === 'official' ? coref.person : null;
  return coref.body;
}

function updateCoref(coref: CorefState, mentions: Mention[], text: string, sentenceStart: number, speaker: ActorRef | null): void {
  for (const mention of mentions) {
    if (mention.strength !== 'strong' || mention.pronoun) continue;
    const actor = mention.actor;
    if (mention.isTarget) coref.target = actor;
    if (actor.type === 'person' || actor.type === 'official') coref.person = actor;
    else if (actor.type === 'company') coref.company = actor;
    else if (actor.type === 'country') {
      // "Ecuador's operator … concerns raised by the United States": the agent after "by" is not what "the country" means.
      if (coref.countryParagraph === coref.paragraph && coref.country && coref.countrySentence === sentenceStart && /\b(?:by|from|against|than|with)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, mention.start - 12), mention.start))) continue;
      coref.country = actor;
      coref.countrySentence = sentenceStart;
      coref.countryParagraph = coref.paragraph;
    }
    else coref.body = actor;
    if (actor.country && (actor.type === 'country' || actor.type === 'government_body') && !mention.isTarget) {
      coref.authority = actor;
      coref.authorityParagraph = coref.paragraph;
    }
    coref.any = actor;
  }
  if (speaker) coref.speaker = speaker;
}

type SpeakerHit = { actor: ActorRef; verbStart: number; before: boolean };

/** Who says the sentence, and where the verb of saying is ("X said", "…, said X", "according to X"). */
function findSpeakerHit(rawText: string, mentions: Mention[]): SpeakerHit | null {
  const text = maskParentheticals(rawText);
  const strong = mentions.filter((mention) => mention.strength === 'strong');
  const according = /according to\s+/i.exec(text);
  if (according) {
    const after = strong.find((mention) => mention.start >= according.index + according[0].length && mention.start - (according.index + according[0].length) < 40);
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
    const afterVerb = strong.find((mention) => mention.start >= verbEnd && /^[\s\p{L}.'’,-]{0,45}$/u.test(text.slice(verbEnd, mention.start)) && !/[.]\s/.test(text.slice(verbEnd, mention.start)));
    const beforeVerb = [...strong].reverse().find((mention) => mention.end <= verb.index
      && /^(?:['’]s\s+[\p{L}\s-]{0,40}?|\s+(?:(?:[\p{Ll}-]+|\p{Lu}{2,5})\s+){0,2}(?:spokes\w+|officials?|executives?|chief|representatives?|sources?|lawyers?|minister|ministry|government|embassy|ambassador|services?|agency|agencies|intelligence|regulators?|watchdogs?|committee|council|authorities|department|office|court|parliament|lawmakers?)(?:\s+(?:in|at|from|for)\s+(?:\p{Lu}[\p{L}-]*\s*){1,3})?)?\s*(?:,[^,“”"]{0,100},)?\s*(?:(?:also|has|have|had|later|previously|then|again|on \w+|last \w+|recently|publicly|repeatedly|once|is|are|was|were|reportedly|allegedly)\s+)*$/u.test(text.slice(mention.end, verb.index)));
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

/** Blanks out short parentheticals ("(NYSE: BT; London: BTA)") so their punctuation breaks no clause; offsets stay. */
function maskParentheticals(text: string): string {
  return text.includes('(') ? text.replace(/\([^()]{0,80}\)/g, (match) => ' '.repeat(match.length)) : text;
}

function findCues(text: string, hasTarget: boolean, hasDomain: boolean, matchers: TopicMatchers): CueHit[] {
  const hits: CueHit[] = [];
  const candidates = findCueCandidates(CUE_OPENINGS, text);
  for (const [index, { cue, re, at }] of matchers.cues.entries()) {
    const positions = candidates[index];
    if ((cue.needsTarget && !hasTarget) || (cue.needsDomain && !hasDomain) || !positions) continue;
    if (positions === 'anywhere') {
      re.lastIndex = 0;
      for (const match of text.matchAll(re)) hits.push({ cue, start: match.index, end: match.index + match[0].length, text: match[0] });
      continue;
    }
    for (const match of matchAtCandidates(at, text, positions)) hits.push({ cue, start: match.start, end: match.start + match.text.length, text: match.text });
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  return hits.filter((hit, index) => !hits.some((other, otherIndex) => otherIndex < index && other.start <= hit.start && hit.end <= other.end));
}

/** Where the clause around a position begins: after the last clause break that ends at or before it. */
function toClauseStart(text: string): (position: number) => number {
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
function chooseSubject(candidates: Mention[], text: string, from: number, cueStart: number): Mention | null {
  const head = candidates[0];
  if (!head) return null;
  // "Brazil, under president X, an ally of Y, has led…": everything between the head's comma and the last comma is aside.
  const lastComma = text.lastIndexOf(',', cueStart - 1);
  const firstComma = text.indexOf(',', head.end);
  if (lastComma >= from && firstComma >= 0 && firstComma < lastComma && candidates.every((mention) => mention.start < lastComma)
    && text.slice(head.end, firstComma).trim().length < 3 && /^\s*(?:a|an|the|under|who|whose|which|one of|[\p{Ll}])/u.test(text.slice(firstComma + 1))
    && !COORDINATOR_RE.test(text.slice(head.end, (candidates[1] ?? head).start))) return head;
  for (let index = candidates.length - 1; index >= 0; index -= 1) {
    const mention = candidates[index]!;
    const isObject = OBJECT_BEFORE_RE.test(text.slice(from, mention.start));
    if (index === 0) return isObject && !mention.isTarget ? null : mention;
    const previous = candidates[index - 1]!;
    if ((isObject || PREPOSITION_BEFORE_RE.test(text.slice(from, mention.start))) && !COORDINATOR_RE.test(text.slice(previous.end, mention.start))) continue;
    return mention;
  }
  return null;
}

/** "Australia and Japan", "Australia, Japan"; for countries also a list that lost its commas ("the U.S. the U.K. and…"). */
function isCoordinated(first: Mention, second: Mention, text: string): boolean {
  const between = text.slice(first.end, second.start);
  return COORDINATOR_RE.test(between) || (first.actor.type === 'country' && second.actor.type === 'country' && /^\s+(?:the\s+)?$/.test(between));
}

/** The mentions coordinated with `anchor` ("Australia, New Zealand and Japan"), in one direction. */
function extendGroup(anchor: Mention, candidates: Mention[], text: string, direction: -1 | 1): Mention[] {
  const group = [anchor];
  let edge = anchor;
  for (;;) {
    const next = direction < 0
      ? [...candidates].reverse().find((mention) => mention.end <= edge.start && isCoordinated(mention, edge, text))
      : candidates.find((mention) => mention.start >= edge.end && isCoordinated(edge, mention, text));
    if (!next || group.includes(next)) break;
    group.push(next);
    edge = next;
  }
  return group;
}

function labelSentence(
  sentence: Sentence, cues: CueHit[], mentions: Mention[], speakerHit: SpeakerHit | null, matchers: TopicMatchers, coref: CorefState,
  flag: { target: boolean; reference: boolean; domain: boolean; offTopic: boolean }, toDate: () => StatementDate,
): Finding[] {
  const text = sentence.text;
  let cachedDate: StatementDate | null = null;
  const date = () => (cachedDate ??= toDate());
  const strong = mentions.filter((mention) => mention.strength === 'strong');
  const weak = mentions.filter((mention) => mention.strength === 'weak');
  SPEECH_RE.lastIndex = 0;
  const speaker = speakerHit?.actor ?? (/^\s*["“]/.test(text) && !SPEECH_RE.test(text) ? coref.speaker : null);
  SPEECH_RE.lastIndex = 0;
  const masked = maskParentheticals(text);
  const clauseStart = toClauseStart(masked);
  const quoteRanges = [...text.matchAll(/["“][^"“”]*["”]?/g)].map((match) => [match.index, match.index + match[0].length] as const);
  const findings: Finding[] = [];

  for (const hit of cues) {
    const before = text.slice(0, hit.start);
    // "no reason to exclude any supplier, but our assessment is not finished": the open "but" clause wins.
    if (hit.cue.polarity !== 0 && NEGATION_RE.test(text.slice(Math.max(0, hit.start - 70), hit.start))
      && cues.some((other) => other.cue.polarity === 0 && other.start > hit.end && /\bbut\b/i.test(text.slice(hit.end, other.start)))) continue;
    // "is debating" is progressive, "was banned" passive: only a participle after the auxiliary makes a passive.
    const passive = hit.cue.kind !== 'claim' && PARTICIPLE_RE.test(hit.text) && PASSIVE_BEFORE_RE.test(before);
    const isNoun = /^(?:ban|bans|restrictions?|exclusion|prohibition|removal|replacement|blacklist|curbs?|cap|targeting)$/i.test(hit.text) && (/\b(?:a|an|the|its|their|any|new|blanket|outright|total|full|partial|proposed|similar|such|comparable|equivalent|identical|same|tougher|stricter|'s|’s)\s+(?:\w+\s+)?$/i.test(before) || /(?:^|[.;:,–—-])\s*$/.test(before));
    const inQuote = quoteRanges.some(([start, end]) => hit.start > start && hit.start < end);
    let agents: Mention[] = [];
    let explicit = true;
    // "banned by the FCC", "bans imposed in the UK and Canada".
    if (passive || isNoun) {
      const afterText = text.slice(hit.end, hit.end + 110);
      // "bans on Huawei gear in mobile networks are in place in Malta and…": the first by/in/from that names an actor.
      const clauseEnd = afterText.search(/[.;:“”"]/u);
      for (const by of afterText.slice(0, clauseEnd < 0 ? 90 : Math.min(clauseEnd, 90)).matchAll(/\b(?:by|in|from)\s+(?:the\s+)?/gu)) {
        const at = hit.end + by.index + by[0].length;
        const first = mentions.find((mention) => mention.start >= at && mention.start - at < 12 && !mention.isTarget);
        // "banned by the previous government": an agent without a name; a later "from"/"in" is no agent.
        if (!first && /^by/i.test(by[0])) break;
        if (!first) continue;
        agents = extendGroup(first, mentions.filter((mention) => !mention.isTarget), text, 1);
        break;
      }
      if (agents.length === 0 && isNoun) {
        const modifier = [...mentions].reverse().find((mention) => mention.end <= hit.start && hit.start - mention.end <= 20 && !mention.isTarget
          && /^(?:['’]s)?\s+(?:[\p{L}-]+\s+){0,2}$/u.test(text.slice(mention.end, hit.start)));
        if (modifier) agents = extendGroup(modifier, mentions.filter((mention) => !mention.isTarget), text, -1);
      }
    }
    if (hit.cue.polarity === -1 && matchers.tradeTo.test(text.slice(hit.end, hit.end + 120))) continue;
    // "amid a US crackdown": background to the news, not a reported act.
    if (/\bamid\s+(?:[\p{L}'’-]+\s+){0,4}$/iu.test(before)) continue;
    const clauseFrom = clauseStart(hit.start);
    // "bar them from the core, though operators may keep using its radios": a concession narrows the restriction.
    if (hit.cue.polarity === -1 && CONCESSIVE_BEFORE_RE.test(masked.slice(Math.max(0, clauseFrom - 16), clauseFrom)) && cues.some((other) => other.cue.polarity === 1 && other.end <= hit.start)) continue;
    if (hit.cue.kind === 'act' && PROPOSED_ACT_BEFORE_RE.test(before) && cues.some((other) => other !== hit && other.cue.polarity !== hit.cue.polarity && ((other.end <= hit.start && other.start >= clauseFrom) || (other.cue.kind === 'claim' && other.cue.polarity !== 1)))) continue;
    if (hit.cue.kind === 'act' && /ing$/i.test(hit.text) && GERUND_SUBJECT_RE.test(before) && cues.some((other) => other.start > hit.end && other.cue.kind === 'claim' && other.cue.polarity !== hit.cue.polarity)) continue;
    if (hit.cue.kind === 'act' && GENERIC_RELATIVE_BEFORE_RE.test(masked.slice(Math.max(0, clauseFrom - 30), clauseFrom))) continue;
    // "tightened export restrictions on services": a trade measure, whatever else the sentence mentions.
    if (hit.cue.polarity !== 0 && test(matchers.offTopic, text.slice(Math.max(0, hit.start - 20), Math.min(text.length, hit.end + 25)))) continue;
    // "arrested on suspicion of spying" is a criminal case; spying is a stance only as an allegation or a risk.
    if (/^(?:spying|espionage|back ?doors?)$/i.test(hit.text) && !ALLEGATION_RE.test(text)) continue;
    if (hit.cue.needsSpeaker) {
      if (!speaker) continue;
      agents = [{ start: -1, end: -1, actor: speaker, strength: 'strong', isTarget: false }];
    }
    else if (hit.cue.kind === 'claim') {
      // A passive claim verb ("will be denied contracts") is no claim; a question put to someone is no position.
      if (hit.cue.polarity === -1 && PARTICIPLE_RE.test(hit.text) && PASSIVE_BEFORE_RE.test(before) && !EMOTION_PARTICIPLE_RE.test(hit.text) && !/^\s+by\s/i.test(text.slice(hit.end, hit.end + 6))) continue;
      if (QUESTION_BEFORE_RE.test(before) || /\b(?:if|unless|as long as|provided)\b[^,;:]{0,50}$/i.test(before)) continue;
      // "concerns raised by the US", "warnings from Washington that…": the source holds the claim.
      const source = CLAIM_SOURCE_AFTER_RE.exec(text.slice(hit.end, hit.end + 60));
      const sourceAt = source ? hit.end + source[0].length : -1;
      const sourceMention = source ? mentions.find((mention) => mention.start >= sourceAt && mention.start - sourceAt < 5 && (!mention.isTarget || hit.cue.polarity === -1)) : undefined;
      if (sourceMention) agents = extendGroup(sourceMention, mentions.filter((mention) => !mention.isTarget), text, 1);
      // "Washington says the company could…", "the US alleged that China could use…": the speaker holds it.
      else if (speakerHit && speakerHit.before && speakerHit.verbStart < hit.start && !inQuote && clauseStart(hit.start) <= speakerHit.verbStart + 24) agents = [{ start: -1, end: -1, actor: speakerHit.actor, strength: 'strong', isTarget: false }];
    }
    if (agents.length === 0 && !passive) {
      const from = clauseStart(hit.start);
      const allowTarget = hit.cue.polarity === -1;
      const candidates = strong.filter((mention) => mention.end <= hit.start && mention.start >= from && (allowTarget || !mention.isTarget)
        && !(mention.isTarget && /\b(?:such as|like|including|e\.g\.)\s*$/i.test(text.slice(Math.max(0, mention.start - 14), mention.start))));
      const pressureThat = from > 0 && (PRESSURE_THAT_BEFORE_RE.test(masked.slice(Math.max(0, from - 40), from)) || (hit.cue.polarity === 1 && LAW_THAT_BEFORE_RE.test(masked.slice(Math.max(0, from - 60), from))));
      let subject = pressureThat ? null : chooseSubject(candidates, masked, from, hit.start);
      if (pressureThat) {
        const outer = clauseStart(Math.max(0, from - 6));
        subject = chooseSubject(strong.filter((mention) => mention.end <= from && mention.start >= outer && !mention.isTarget), masked, outer, from);
      }
      // "warnings from the US that this could pose a threat": a claim in a that-clause belongs to whoever voiced it.
      if (!subject && hit.cue.kind === 'claim' && CLAIM_HOLDER_BEFORE_THAT_RE.test(masked.slice(0, from))) {
        const outer = clauseStart(Math.max(0, from - 6));
        subject = chooseSubject(mentions.filter((mention) => mention.end <= from && mention.start >= outer && !mention.isTarget && mention.actor.country !== null), masked, outer, from);
      }
      // "Spain … but plans to exclude…", "Serbia signed a pledge, which aims at keeping … away": the clause shares
      // the subject of the clause before it.
      if (!subject && !speaker && hit.cue.polarity !== -1 && SHARED_SUBJECT_BREAK_RE.test(masked.slice(Math.max(0, from - 12), from)) && /^\s*(?:also\s+)?(?!the\b|a\b|an\b|it\b|they\b|he\b|she\b|we\b|its\b|their\b|this\b|these\b)\p{Ll}/u.test(masked.slice(from))) {
        const outer = clauseStart(Math.max(0, from - 8));
        subject = strong.find((mention) => mention.start >= outer && mention.end <= from && !mention.isTarget && !mention.pronoun) ?? null;
      }
      if (subject) agents = extendGroup(subject, strong.filter((mention) => allowTarget || !mention.isTarget), text, -1);
    }
    // Quotes and first-person claims belong to the speaker.
    if (speaker && (agents.length === 0 || inQuote || agents.every((agent) => agent.pronoun && /^we$/i.test(text.slice(agent.start, agent.end))))) {
      if (agents.length === 0 || inQuote || hit.cue.kind === 'claim') agents = [{ start: -1, end: -1, actor: speaker, strength: 'strong', isTarget: false }];
    }
    if (agents.length === 0 && hit.cue.polarity === 1 && hit.cue.kind === 'act') {
      const ruleMaker = mentions.find((mention) => !mention.isTarget && mention.actor.country !== null && mention.end <= hit.start
        && /^[\s"“]*(?:under|with)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}$/iu.test(text.slice(0, mention.start)) && UNDER_RULES_RE.test(text.slice(mention.end, mention.end + 40)));
      if (ruleMaker) agents = [ruleMaker];
    }
    if (agents.length === 0 && (passive || isNoun || hit.cue.polarity === 0)) {
      const place = [...weak, ...strong].find((mention) => !mention.isTarget && mention.actor.country && !matchers.targetCountries.has(mention.actor.country));
      if (place) {
        agents = [place];
        explicit = false;
      }
    }
    if (agents.length === 0) continue;

    const agentEnd = Math.max(...agents.map((agent) => agent.end));
    const window = text.slice(Math.max(agentEnd, hit.start - 70, 0), hit.start);
    let polarity: -1 | 0 | 1 = hit.cue.polarity;
    const negated = NEGATION_RE.test(window) && !/\bnot only\b/i.test(window);
    // "warned against a ban": a warning about the restriction itself is against it.
    const warnedAgainst = hit.cue.kind !== 'claim' && /\bwarn(?:s|ed|ing)?\s+(?:that|against|of)\s+(?:[\p{L}-]+\s+){0,3}$/iu.test(window);
    if (negated || warnedAgainst) polarity = hit.cue.negatedPolarity ?? (polarity === 0 ? 0 : (-polarity as -1 | 1));
    else if (polarity !== 0 && hit.cue.kind !== 'claim' && !PRESSURE_RE.test(window) && HEDGE_RE.test(window) && !/\bonly\b/i.test(hit.text)) polarity = 0;
    // "warned that a ban would delay 5G": a warning about the restriction itself is against it.
    if (polarity === 1 && /^warn/i.test(hit.text) && WARNING_ABOUT_RESTRICTION_RE.test(text.slice(hit.end, hit.end + 50))) polarity = -1;
    const partial = polarity === 1 && PARTIAL_RE.test(text);
    const strengthValue = hit.cue.strength * (partial ? 0.6 : 1);
    for (const agent of agents) {
      let agentPolarity = polarity;
      const country = agent.actor.country;
      const defendsTarget = agent.isTarget || (country !== null && matchers.targetCountries.has(country));
      // "urged the cabinet to follow the example of Australia, which barred…": the example is cited, not reported.
      if (agent.start >= 0 && CALL_TO_FOLLOW_RE.test(text.slice(0, agent.start))) continue;
      // "the operator said it would continue to use Huawei gear": a purchase, not a stance on the policy.
      if (polarity === -1 && !defendsTarget && (agent.actor.type === 'company' || /^\s+(?:[\p{L}-]+\s+)?(?:carriers?|operators?|telcos?|providers?|compan(?:y|ies)|firms?)\b/u.test(text.slice(agent.end, agent.end + 30))) && /\b(?:continu\w*|keep\w*|kept|stick\w*|stay\w*|retain\w*)\b/i.test(hit.text)) continue;
      // The target and its home government hold a stance only when they say something or push back.
      if (defendsTarget) {
        const speaks = speaker !== null && speaker.key === agent.actor.key;
        if (polarity !== -1 && !speaks) continue;
        agentPolarity = -1;
      }
      const stance: StanceLabel = agentPolarity === 1 ? 'support' : agentPolarity === -1 ? 'oppose' : 'neutral';
      const score = agentPolarity === 0 ? 0 : agentPolarity * strengthValue;
      let confidence = 0.35 + (flag.target ? 0.2 : 0.05) + (explicit ? 0.15 : 0) + (flag.domain ? 0.1 : 0) + (hit.cue.strength >= 0.8 ? 0.1 : 0) - (flag.offTopic ? 0.15 : 0);
      confidence = Math.round(Math.max(0.05, Math.min(0.99, confidence)) * 100) / 100;
      findings.push({ actor: agent.actor, stance, score: Math.round(score * 100) / 100, confidence, sentence, date: date() });
    }
  }
  // "follow the United States and allies like Australia in restricting…": the models hold the restriction.
  if (cues.some((hit) => hit.cue.polarity === 1)) {
    for (const mention of strong) {
      const backs = /^-(?:backed|led|sponsored|brokered)\b/.test(text.slice(mention.end, mention.end + 12));
      const lead = text.slice(Math.max(0, mention.start - 60), mention.start);
      const models = MODEL_RE.test(lead) && !TEMPORAL_FOLLOW_RE.test(lead) && !CALL_TO_FOLLOW_RE.test(text.slice(0, mention.start))
        && !/^['’]s\s+(?!lead|example|footsteps|move|decision|ban)/i.test(text.slice(mention.end, mention.end + 20));
      if (mention.isTarget || mention.pronoun || !(backs || models)) continue;
      if (mention.actor.country && matchers.targetCountries.has(mention.actor.country)) continue;
      for (const agent of extendGroup(mention, strong, text, 1)) {
        findings.push({ actor: agent.actor, stance: 'support', score: 0.7, confidence: 0.6, sentence, date: date() });
      }
    }
  }
  return findings;
}

function aggregate(findings: Finding[], topicSlug: string): LabeledStatement[] {
  const byActor = new Map<string, Finding[]>();
  for (const finding of findings) {
    const list = byActor.get(finding.actor.key) ?? [];
    list.push(finding);
    byActor.set(finding.actor.key, list);
  }
  const statements: LabeledStatement[] = [];
  for (const list of byActor.values()) {
    const weight = (finding: Finding) => (Math.abs(finding.score) + (finding.stance === 'neutral' ? 0.25 : 0.3)) * finding.confidence;
    // Several sentences: the weighted balance decides the stance, the strongest sentence of that stance is the evidence.
    const balance = list.reduce((sum, finding) => sum + finding.score * finding.confidence, 0);
    const strongest = list.reduce((a, b) => (weight(b) > weight(a) ? b : a));
    const stance: StanceLabel = strongest.stance === 'neutral' || Math.abs(balance) < 0.1 ? strongest.stance : balance > 0 ? 'support' : 'oppose';
    const best = list.filter((finding) => finding.stance === stance).reduce((a, b) => (weight(b) > weight(a) ? b : a));
    const toEvidence = (finding: Finding): Evidence => ({
      sentence: finding.sentence.text,
      start: finding.sentence.start,
      end: finding.sentence.end,
      stance: finding.stance,
      score: finding.score,
    });
    const seen = new Set<string>();
    const evidenceAll = [best, ...list.filter((finding) => finding !== best)].map(toEvidence).filter((evidence) => {
      const key = `${evidence.start}:${evidence.stance}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    statements.push({
      actor: best.actor.key.startsWith('country:') ? (findCountryActor(best.actor.country ?? '') ?? best.actor) : best.actor,
      topicSlug,
      stance: best.stance,
      score: best.score,
      confidence: best.confidence,
      evidence: toEvidence(best),
      evidenceAll,
      date: best.date.date,
      datePrecision: best.date.precision,
    });
  }
  return statements;
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
