// Topic definition → its compiled matchers: cues with the targets filled in, the topic's word lists and vocabulary.
import { CUES, type Cue } from './lexicon';
import { escapeRegExp, joinRe, toAlternation, toWordRe } from './regex';
import type { TopicDefinition } from '../../topics/topic';

export type TopicMatchers = {
  /** The lexicon's cues, with `{target}` filled in by the topic's targets and references; `at` matches only at lastIndex. */
  cues: Array<{ cue: Cue; re: RegExp; at: RegExp }>;
  target: RegExp;
  /** "allowed to sell components to Huawei": trade with the target, not its place in networks. */
  tradeTo: RegExp;
  reference: RegExp | null;
  domain: RegExp | null;
  offTopic: RegExp | null;
  targetCountries: Set<string>;
  /** A lead that reports a restriction: what the document's later "the decision" refers to. */
  restrictionLead: RegExp;
  /** "the decision to raise interest rates": an act the topic does not name. */
  otherAct: RegExp;
  /** A cue that is a noun of restriction ("a ban"), held by a modifier or an agent after "by"/"in". */
  restrictionNoun: RegExp;
  /** "warned that a ban would delay 5G": what follows a warning when it is about the restriction itself. */
  warningAboutRestriction: RegExp;
  /** "the country's operators, Altice and Vodafone": the words before a list of local companies. */
  localOperatorsBefore: RegExp;
  /** "the operator said it would continue…": a company noun right after a mention. */
  operatorAfter: RegExp;
  /** "equipment from Huawei, Ericsson and Nokia": the words before a supplier. */
  supplierBefore: RegExp;
  /** "its telecom regulator", "the industry association": a public body or association named only by its role. */
  genericBody: RegExp;
  /** "spying", "back doors": allegations that are a stance only as an allegation or a risk. */
  covertClaim: RegExp;
};

const matcherCache = new Map<string, TopicMatchers>();

/** Compiles (once per topic) everything the labeler matches. */
export function toTopicMatchers(topic: TopicDefinition): TopicMatchers {
  const key = JSON.stringify(topic);
  const cached = matcherCache.get(key);
  if (cached) return cached;
  const references = (topic.targetReferences as string[] | undefined) ?? [];
  const domain = topic.domainTerms;
  const offTopic = (topic.offTopicTerms as string[] | undefined) ?? [];
  const words = topic.vocabulary;
  const targetAlternation = [...topic.targets, ...references]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  const matchers: TopicMatchers = {
    cues: CUES.map((cue) => {
      const source = `(?<![\\p{L}])(?:${cue.pattern.replaceAll('{target}', `(?:${targetAlternation})`)})(?![\\p{L}])`;
      return { cue, re: new RegExp(source, 'giu'), at: new RegExp(source, 'iuy') };
    }),
    target: toWordRe([...topic.targets], 'giu'),
    tradeTo: joinRe(
      'iu',
      `^[^.;]{0,40}?\\b(?:${toAlternation(words.tradeTerms)})`,
      String.raw`\b[^.;]{0,60}?\bto\s+(?:the\s+)?`,
      `(?:${targetAlternation})`,
    ),
    reference: references.length ? toWordRe([...references], 'giu') : null,
    domain: domain.length ? toWordRe([...domain], 'giu') : null,
    offTopic: offTopic.length ? toWordRe([...offTopic], 'gu') : null,
    targetCountries: new Set((topic.targetCountries as string[] | undefined) ?? []),
    restrictionLead: joinRe('iu', `(?<![\\p{L}])(?:${toAlternation(words.restrictionTerms)})(?![\\p{L}])`),
    otherAct: joinRe(
      'iu',
      String.raw`(?<![\p{L}])(?:decision|move|vote|law|rules|decree|measures?|bill|ruling|step|plan)\s+`,
      String.raw`(?:to|on|about|over|for|regarding)\s+(?!(?:${toAlternation(words.restrictionStems)})\p{L}*)`,
    ),
    restrictionNoun: joinRe('iu', `^(?:${toAlternation(words.restrictionNouns)})$`),
    warningAboutRestriction: joinRe(
      'iu',
      String.raw`^\s*(?:that\s+|against\s+|of\s+)?(?:a|an|any|the|such|this)?\s*(?:[\p{L}-]+\s+){0,2}`,
      String.raw`(?:(?:timeline|deadline|timetable|cost|costs|plan|proposal|order)\s+(?:for|of|to)\s+`,
      `(?:${toAlternation(words.removalTerms)})|${toAlternation(words.warnedRestrictionTerms)})(?![\\p{L}])`,
    ),
    localOperatorsBefore: joinRe(
      'u',
      String.raw`(?:[Tt]he country['’]s|[Tt]he nation['’]s|[\p{Lu}][\p{L}.]+['’]s|[\p{Lu}][\p{L}]+)\s+(?:[\p{Ll}-]+\s+){0,3}`,
      `(?:${toAlternation(words.operatorGroupTerms)})`,
      String.raw`\s*[,:]?\s*(?:(?:including|such as|namely|like)\s+)?`,
      String.raw`(?:[\p{Lu}][\p{L}&.-]*(?:\s+[\p{Lu}][\p{L}&.-]*){0,2}(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*))*$`,
    ),
    operatorAfter: joinRe('u', String.raw`^\s+(?:[\p{L}-]+\s+)?(?:`, toAlternation(words.operatorTerms), String.raw`)\b`),
    supplierBefore: joinRe(
      'iu',
      `\\b(?:${toAlternation(words.supplyTerms)})`,
      String.raw`\s+(?:[\p{L}-]+\s+){0,2}?(?:from|with|by|to|including)\s+(?:the\s+)?$`,
    ),
    genericBody: joinRe(
      'gu',
      String.raw`(?<![\p{L}])(?:(?:[Ii]ts|[Tt]heir|[Tt]he country['’]s|[Tt]he nation['’]s)\s+(?:[\p{Ll}-]+\s+){0,3}|`,
      String.raw`(?:[Aa]|[Tt]he)\s+(?:[\p{Ll}-]+\s+){0,2}(?:government|state|national|`,
      toAlternation(words.sectorTerms),
      String.raw`)\s+(?:[\p{Ll}-]+\s+){0,2})`,
      String.raw`(?:regulator|watchdog|government|ministry|agency|authorities|parliament|cabinet|committee|council)(?![\p{L}])|`,
      String.raw`(?<![\p{L}])[Tt]he\s+(?:[\p{Ll}-]+\s+){1,2}(?:ministry|regulator|watchdog|cabinet)(?![\p{L}])|`,
      String.raw`(?<![\p{L}])[Tt]he\s+(?:[\p{Ll}'’-]+\s+){0,2}(?:association|industry (?:group|body|lobby)|lobby group|trade body)`,
      String.raw`(?:\s+of\s+(?:[\p{Ll}-]+\s+){0,2}(?:`,
      toAlternation(words.associationMemberTerms),
      String.raw`))?(?![\p{L}])`,
    ),
    covertClaim: joinRe('iu', `^(?:${toAlternation(words.covertTerms)})$`),
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
