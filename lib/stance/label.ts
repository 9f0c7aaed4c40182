// Document text + topic → one stance statement per actor: who holds which stance, in which country, when, and why.
import { findGazetteerMentions, findCountryActor, type GazetteerMention } from '../nlp/gazetteer/index';
import { findPeople, resolvePerson } from '../nlp/actors';
import { splitSentences, type Sentence } from '../nlp/sentences';
import { extractStatementDate, type StatementDate } from '../nlp/statement-date';
import { CUES, GOVERNMENT_HEADS, HEDGES, NEGATORS, PARTIAL, PRESSURE, SPEECH_VERBS, type Cue } from './lexicon';
import type { TopicDefinition } from './topic';
import type { ActorRef, Evidence, LabelInput, LabeledStatement, StanceLabel } from './types';

export const LABELER_VERSION = '1.1.0';

type TopicMatchers = {
  target: RegExp;
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

type CorefState = { paragraph: number; countryParagraph: number; target: ActorRef | null; person: ActorRef | null; company: ActorRef | null; country: ActorRef | null; body: ActorRef | null; speaker: ActorRef | null; any: ActorRef | null };

const wordRe = (terms: string[], flags = 'gu') =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, flags);

const CUE_RES = CUES.map((cue) => ({ cue, re: new RegExp(`(?<![\\p{L}])(?:${cue.pattern})(?![\\p{L}])`, 'giu') }));
const NEGATION_RE = new RegExp(`(?<![\\p{L}])(?:${NEGATORS.join('|')})(?![\\p{L}])(?:[\\s,]+[\\p{L}'’-]+){0,7}[\\s,]*$`, 'iu');
const HEDGE_RE = new RegExp(`(?<![\\p{L}])(?:${HEDGES.join('|')})(?![\\p{L}])`, 'iu');
const PRESSURE_RE = new RegExp(`(?<![\\p{L}])(?:${PRESSURE})(?![\\p{L}])`, 'iu');
const PARTIAL_RE = new RegExp(PARTIAL, 'i');
const SPEECH_RE = new RegExp(`(?<![\\p{L}])(?:${SPEECH_VERBS})(?![\\p{L}])`, 'giu');
const HEAD_AFTER_RE = new RegExp(`^(?:['’]s)?\\s+(?:[\\p{L}-]+\\s+){0,2}(?:${GOVERNMENT_HEADS})(?![\\p{L}])`, 'iu');
const PASSIVE_BEFORE_RE = /\b(?:is|are|was|were|been|being|be|get|gets|got|getting|has been|have been|had been)\s+(?:\w+ly\s+|not\s+|also\s+|effectively\s+|now\s+|already\s+|since\s+){0,2}$/i;
const LOCATIVE_BEFORE_RE = /\b(?:in|at|from|to|near|into|across|throughout|visit(?:s|ed|ing)?|based in|trip to)\s+(?:the\s+)?$/i;
const COORDINATOR_RE = /^\s*(?:,|and|or|&|as well as|along with|plus|,\s*and|,\s*or)\s*(?:the\s+|fellow\s+)?$/i;
const PRONOUN_RE = /(?<![\p{L}])(?:we|he|she|they|it|the (?:[\p{Lu}][\p{L}]+ )?(?:country|nation)|the (?:company|firm|group|government|country|nation|minister|ministry|regulator|committee|operator|carrier|agency|administration|president|prime minister|spokes(?:man|woman|person)|official|chancellor|watchdog))(?![\p{L}])/giu;
const CLAUSE_BREAK_RE = /;|\s[–—-]\s|:\s|\bwhile\b|\bwhereas\b|\bbut\b|\bafter\b|\bbecause\b|\bas\b(?= \w+ (?:has|have|had|is|are|was|were))|\bwhich\b|\bthat\b|\bwho\b/giu;

const STOPWORD_RE = /\b(?:have|has|had|is|are|was|were|will|would|can|could|should|to|and|or|that|which|on|from|in|of|with|against|by|the|a|an|its|their|government|officials?|ministry|minister)\b/i;
const COMPARISON_BEFORE_RE = /\b(?:unlike|than|compared (?:with|to)|as opposed to)\s+(?:its\s+\w+\s+|the\s+)?$/i;
const MODEL_RE = /\b(?:follow(?:s|ed|ing)?|join(?:s|ed|ing)?|emulat(?:e|es|ed|ing)|replicat(?:e|es|ed|ing)|copy(?:ing)?|copied|in line with|mirror(?:s|ed|ing)?)\s+(?:suit\s+with\s+)?(?:the\s+)?(?:(?:lead|example|footsteps|move|decision)\s+of\s+)?(?:[\p{L}-]+\s+){0,3}?(?:like|such as|including|led by)?\s*(?:the\s+)?$/iu;
const matcherCache = new Map<string, TopicMatchers>();

function toMatchers(topic: TopicDefinition): TopicMatchers {
  const key = JSON.stringify(topic);
  const cached = matcherCache.get(key);
  if (cached) return cached;
  const references = (topic.targetReferences as string[] | undefined) ?? [];
  const domain = topic.domainTerms;
  const offTopic = (topic.offTopicTerms as string[] | undefined) ?? [];
  const matchers: TopicMatchers = {
    target: wordRe([...topic.targets], 'giu'),
    reference: references.length ? wordRe([...references], 'giu') : null,
    domain: domain.length ? wordRe([...domain], 'giu') : null,
    offTopic: offTopic.length ? wordRe([...offTopic], 'gu') : null,
    targetCountries: new Set((topic.targetCountries as string[] | undefined) ?? []),
  };
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
  const title = input.title.trim();
  const titleInText = !title || input.text.slice(0, title.length + 400).includes(title);
  const prefix = titleInText ? '' : `${title}\n\n`;
  const full = prefix + input.text;
  // Cheap pass first: no target or no domain term → nothing to label, and no NLP runs.
  if (!test(matchers.target, full) || (matchers.domain && !test(matchers.domain, full))) return [];

  const sentences = splitSentences(full);
  const flags = sentences.map((sentence) => ({
    target: test(matchers.target, sentence.text),
    reference: test(matchers.reference, sentence.text),
    domain: test(matchers.domain, sentence.text),
    offTopic: test(matchers.offTopic, sentence.text),
  }));
  const coref: CorefState = { paragraph: 0, countryParagraph: -9, target: null, person: null, company: null, country: null, body: null, speaker: null, any: null };
  const findings: Finding[] = [];
  const people = new Map<string, ActorRef>();
  let paragraph = -1;
  let targetSeen = false;

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
    const concerns = flag.target || (targetSeen && (near || flag.reference));
    const offTopic = flag.offTopic && !flag.domain;
    const isCandidate = concerns && !offTopic;
    // compromise is the slow step: only sentences that concern the topic and carry a cue get it.
    const cues = isCandidate ? findCues(sentence.text, flag.target || flag.reference) : [];
    const mentions = isCandidate || index < 3 || flag.target ? findMentions(sentence.text, matchers, coref, full, people, cues.length > 0) : [];
    if (cues.length > 0) {
      const previous = index > 0 && sentences[index - 1]!.paragraph === sentence.paragraph ? sentences[index - 1]!.text : null;
      const date = () => extractStatementDate(sentence.text, previous, input.published, input.datePrecision);
      for (const finding of labelSentence(sentence, cues, mentions, matchers, coref, flag, date)) findings.push(finding);
    }
    updateCoref(coref, mentions, sentence.text);
  }

  return aggregate(findings, topic.slug, prefix.length);
}

function findMentions(text: string, matchers: TopicMatchers, coref: CorefState, documentText: string, people: Map<string, ActorRef>, deep: boolean): Mention[] {
  const targetSpans = [...spans(matchers.target, text), ...spans(matchers.reference, text)];
  const insideTarget = (start: number, end: number) => targetSpans.some(([a, b]) => start < b && a < end);
  const mentions: Mention[] = [];
  for (const mention of findGazetteerMentions(text)) {
    const isTarget = test(matchers.target, mention.surface) || test(matchers.target, mention.actor.name);
    if (!isTarget && insideTarget(mention.start, mention.end)) continue;
    const strength = mentionStrength(mention, text, targetSpans);
    if (strength === null) continue;
    mentions.push({ start: mention.start, end: mention.end, actor: mention.actor, strength, isTarget });
  }
  for (const person of findPeople(text, { deep })) {
    if (mentions.some((mention) => person.start < mention.end && mention.start < person.end)) continue;
    const surname = person.name.split(/\s+/).pop() ?? person.name;
    let actor = people.get(person.name) ?? people.get(surname);
    if (!actor) {
      actor = resolvePerson(person.name, documentText, { lastCountry: coref.country?.country ?? null, isTarget: () => false });
      // An official whose text names no country speaks for the country of the paragraph around them.
      const sameSentence = [...mentions].reverse().find((mention) => mention.end <= person.start && mention.actor.type === 'country' && mention.strength === 'strong' && !mention.isTarget);
      if (!actor.country && actor.type === 'official' && sameSentence) actor = { ...actor, country: sameSentence.actor.country };
      else if (!actor.country && actor.type === 'official' && coref.country && coref.paragraph - coref.countryParagraph <= 1) {
        actor = { ...actor, country: coref.country.country };
      }
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
  for (const [start, end] of spans(matchers.reference, text)) {
    if (!coref.target || !/^(?:the|its)\s/i.test(text.slice(start, end))) continue;
    if (mentions.some((mention) => start < mention.end && mention.start < end)) continue;
    mentions.push({ start, end, actor: coref.target, strength: 'strong', isTarget: true, pronoun: true });
  }
  for (const match of text.matchAll(PRONOUN_RE)) {
    if (insideTarget(match.index, match.index + match[0].length)) continue;
    if (mentions.some((mention) => match.index < mention.end && mention.start < match.index + match[0].length)) continue;
    const actor = resolvePronoun(match[0].toLowerCase(), coref);
    if (actor) mentions.push({ start: match.index, end: match.index + match[0].length, actor, strength: 'strong', isTarget: actor.country !== null && matchers.targetCountries.has(actor.country) && actor.type === 'company', pronoun: true });
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/** Whether a gazetteer name holds a stance here: "China's Huawei" and "in Beijing" do not. */
function mentionStrength(mention: GazetteerMention, text: string, targetSpans: Array<[number, number]>): 'strong' | 'weak' | null {
  const after = text.slice(mention.end, mention.end + 40);
  const before = text.slice(Math.max(0, mention.start - 25), mention.start);
  // "China's Huawei", "Chinese telecoms giant ZTE", "Chinese vendors": the country only qualifies the target.
  const modifiesTarget = targetSpans.some(([start]) => {
    if (start < mention.end || start - mention.end > 30) return false;
    const between = text.slice(mention.end, start);
    if (/^(?:['’]s)?\s*$/u.test(between) || /^-\p{L}+\s*$/u.test(between)) return true;
    return mention.kind === 'demonym' && /^(?:\s+[\p{L}-]+){0,3}\s*$/u.test(between) && !STOPWORD_RE.test(between);
  });
  if (mention.actor.type !== 'country') return modifiesTarget && mention.actor.type !== 'company' ? 'weak' : 'strong';
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
  if (/minister|president|spokes|official|chancellor/.test(noun)) return coref.person?.type === 'official' ? coref.person : null;
  return coref.body;
}

function updateCoref(coref: CorefState, mentions: Mention[], text: string): void {
  for (const mention of mentions) {
    if (mention.strength !== 'strong' || mention.pronoun) continue;
    const actor = mention.actor;
    if (mention.isTarget) coref.target = actor;
    if (actor.type === 'person' || actor.type === 'official') coref.person = actor;
    else if (actor.type === 'company') coref.company = actor;
    else if (actor.type === 'country') {
      coref.country = actor;
      coref.countryParagraph = coref.paragraph;
    }
    else coref.body = actor;
    coref.any = actor;
  }
  const speaker = findSpeaker(text, mentions);
  if (speaker) coref.speaker = speaker;
}

function findSpeaker(text: string, mentions: Mention[]): ActorRef | null {
  const strong = mentions.filter((mention) => mention.strength === 'strong');
  const according = /according to\s+/i.exec(text);
  if (according) {
    const after = strong.find((mention) => mention.start >= according.index + according[0].length && mention.start - (according.index + according[0].length) < 40);
    if (after) return after.actor;
  }
  for (const verb of text.matchAll(SPEECH_RE)) {
    const verbEnd = verb.index + verb[0].length;
    // "…," said X / "…," X said.
    const afterVerb = strong.find((mention) => mention.start >= verbEnd && /^[\s\p{L}.'’,-]{0,45}$/u.test(text.slice(verbEnd, mention.start)) && !/[.]\s/.test(text.slice(verbEnd, mention.start)));
    const beforeVerb = [...strong].reverse().find((mention) => mention.end <= verb.index
      && /^(?:['’]s\s+[\p{L}\s-]{0,40}?|\s+(?:[\p{Ll}-]+\s+)?(?:spokes\w+|officials?|executives?|chief|representatives?|sources?|lawyers?|minister|ministry|government|embassy|ambassador))?\s*(?:,[^,“”"]{0,100},)?\s*(?:(?:also|has|have|had|later|previously|then|again|on \w+|last \w+|recently|publicly|repeatedly|once)\s+)*$/u.test(text.slice(mention.end, verb.index)));
    const isInverted = /[,”"]\s*$/.test(text.slice(0, verb.index));
    if (isInverted && afterVerb) return afterVerb.actor;
    if (beforeVerb && !(beforeVerb.isTarget && afterVerb)) return beforeVerb.actor;
    if (afterVerb && afterVerb.start - verbEnd < 30) return afterVerb.actor;
  }
  return null;
}

function findCues(text: string, hasTarget: boolean): CueHit[] {
  const hits: CueHit[] = [];
  for (const { cue, re } of CUE_RES) {
    if (cue.needsTarget && !hasTarget) continue;
    re.lastIndex = 0;
    for (const match of text.matchAll(re)) hits.push({ cue, start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  return hits.filter((hit, index) => !hits.some((other, otherIndex) => otherIndex < index && other.start <= hit.start && hit.end <= other.end));
}

function clauseStart(text: string, position: number): number {
  let start = 0;
  CLAUSE_BREAK_RE.lastIndex = 0;
  for (const match of text.matchAll(CLAUSE_BREAK_RE)) {
    if (match.index + match[0].length > position) break;
    start = match.index + match[0].length;
  }
  return start;
}

/** The mentions coordinated with `anchor` ("Australia, New Zealand and Japan"), in one direction. */
function extendGroup(anchor: Mention, candidates: Mention[], text: string, direction: -1 | 1): Mention[] {
  const group = [anchor];
  let edge = anchor;
  for (;;) {
    const next = direction < 0
      ? [...candidates].reverse().find((mention) => mention.end <= edge.start && COORDINATOR_RE.test(text.slice(mention.end, edge.start)))
      : candidates.find((mention) => mention.start >= edge.end && COORDINATOR_RE.test(text.slice(edge.end, mention.start)));
    if (!next || group.includes(next)) break;
    group.push(next);
    edge = next;
  }
  return group;
}

function labelSentence(
  sentence: Sentence, cues: CueHit[], mentions: Mention[], matchers: TopicMatchers, coref: CorefState,
  flag: { target: boolean; reference: boolean; domain: boolean; offTopic: boolean }, toDate: () => StatementDate,
): Finding[] {
  const text = sentence.text;
  let cachedDate: StatementDate | null = null;
  const date = () => (cachedDate ??= toDate());
  const strong = mentions.filter((mention) => mention.strength === 'strong');
  const weak = mentions.filter((mention) => mention.strength === 'weak');
  const speaker = findSpeaker(text, mentions) ?? (/^\s*["“]/.test(text) && !SPEECH_RE.test(text) ? coref.speaker : null);
  SPEECH_RE.lastIndex = 0;
  const quoteRanges = [...text.matchAll(/["“][^"“”]*["”]?/g)].map((match) => [match.index, match.index + match[0].length] as const);
  const findings: Finding[] = [];

  for (const hit of cues) {
    const before = text.slice(0, hit.start);
    const passive = hit.cue.kind !== 'claim' && PASSIVE_BEFORE_RE.test(before);
    const isNoun = /^(?:ban|bans|restrictions?|exclusion|prohibition|removal|replacement|blacklist|curbs?|cap)$/i.test(hit.text) && (/\b(?:a|an|the|its|their|any|new|blanket|outright|total|full|partial|proposed|similar|such|'s|’s)\s+(?:\w+\s+)?$/i.test(before) || /(?:^|[.;:,–—-])\s*$/.test(before));
    const inQuote = quoteRanges.some(([start, end]) => hit.start > start && hit.start < end);
    let agents: Mention[] = [];
    let explicit = true;
    // "banned by the FCC", "bans imposed in the UK and Canada".
    if (passive || isNoun) {
      const afterText = text.slice(hit.end, hit.end + 110);
      const by = /^(?:[^.;:“”"]{0,80}?)\b(?:by|in|from)\s+(?:the\s+)?/u.exec(afterText);
      if (by) {
        const at = hit.end + by[0].length;
        const first = mentions.find((mention) => mention.start >= at && mention.start - at < 12 && !mention.isTarget);
        if (first) agents = extendGroup(first, mentions.filter((mention) => !mention.isTarget), text, 1);
      }
      if (agents.length === 0 && isNoun) {
        const modifier = [...mentions].reverse().find((mention) => mention.end <= hit.start && hit.start - mention.end <= 20 && !mention.isTarget
          && /^(?:['’]s)?\s+(?:[\p{L}-]+\s+){0,2}$/u.test(text.slice(mention.end, hit.start)));
        if (modifier) agents = extendGroup(modifier, mentions.filter((mention) => !mention.isTarget), text, -1);
      }
    }
    if (agents.length === 0 && !passive) {
      const from = clauseStart(text, hit.start);
      const allowTarget = hit.cue.polarity === -1;
      const subject = [...strong].reverse().find((mention) => mention.end <= hit.start && mention.start >= from && (allowTarget || !mention.isTarget));
      if (subject) agents = extendGroup(subject, strong.filter((mention) => allowTarget || !mention.isTarget), text, -1);
    }
    // Quotes and first-person claims belong to the speaker.
    if (speaker && (agents.length === 0 || inQuote || agents.every((agent) => agent.pronoun && /^we$/i.test(text.slice(agent.start, agent.end))))) {
      if (agents.length === 0 || inQuote || hit.cue.kind === 'claim') agents = [{ start: -1, end: -1, actor: speaker, strength: 'strong', isTarget: false }];
    }
    if (agents.length === 0 && (passive || isNoun)) {
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
    if (negated) polarity = hit.cue.negatedPolarity ?? (polarity === 0 ? 0 : (-polarity as -1 | 1));
    else if (polarity !== 0 && hit.cue.kind !== 'claim' && !PRESSURE_RE.test(window) && HEDGE_RE.test(window)) polarity = 0;
    const partial = polarity === 1 && PARTIAL_RE.test(text);
    const strengthValue = hit.cue.strength * (partial ? 0.6 : 1);
    for (const agent of agents) {
      let agentPolarity = polarity;
      const country = agent.actor.country;
      const defendsTarget = agent.isTarget || (country !== null && matchers.targetCountries.has(country));
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
      if (process.env.STANCE_DEBUG) console.error(`  [${hit.text}] ${hit.cue.kind}${passive ? ' passive' : ''}${isNoun ? ' noun' : ''}${negated ? ' negated' : ''} → ${agent.actor.name} ${stance} | ${text.slice(0, 120).replace(/\s+/g, ' ')}`);
      findings.push({ actor: agent.actor, stance, score: Math.round(score * 100) / 100, confidence, sentence, date: date() });
    }
  }
  // "follow the United States and allies like Australia in restricting…": the models hold the restriction.
  if (cues.some((hit) => hit.cue.polarity === 1)) {
    for (const mention of strong) {
      const backs = /^-(?:backed|led|sponsored|brokered)\b/.test(text.slice(mention.end, mention.end + 12));
      if (mention.isTarget || mention.pronoun || !(backs || MODEL_RE.test(text.slice(Math.max(0, mention.start - 60), mention.start)))) continue;
      if (mention.actor.country && matchers.targetCountries.has(mention.actor.country)) continue;
      for (const agent of extendGroup(mention, strong, text, 1)) {
        findings.push({ actor: agent.actor, stance: 'support', score: 0.7, confidence: 0.6, sentence, date: date() });
      }
    }
  }
  return findings;
}

function aggregate(findings: Finding[], topicSlug: string, shift: number): LabeledStatement[] {
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
      start: Math.max(0, finding.sentence.start - shift),
      end: Math.max(0, finding.sentence.end - shift),
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
