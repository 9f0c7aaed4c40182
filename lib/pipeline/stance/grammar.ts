// Grammar patterns several stance modules test: negation before a cue, passives, calls to follow another's example.
import { NEGATORS, PRESSURE } from './lexicon';

/** A negator within a few words before the cue: "will not ban", "refused to exclude". */
export const NEGATION_RE = new RegExp(`(?<![\\p{L}])(?:${NEGATORS.join('|')})(?![\\p{L}])(?:[\\s,]+[\\p{L}'’-]+){0,7}[\\s,]*$`, 'iu');
/** The auxiliary before a participle that makes a passive ("was banned"). */
export const PASSIVE_BEFORE_RE = new RegExp(
  [
    String.raw`\b(?:is|are|was|were|been|being|be|get|gets|got|getting|has been|have been|had been)\s+`,
    String.raw`(?:\w+ly\s+|not\s+|also\s+|effectively\s+|now\s+|already\s+|since\s+){0,2}$`,
  ].join(''),
  'i',
);
export const PARTICIPLE_RE = /^[\p{L}-]*(?:ed|en|[^e]t|wn|id|ut)(?![\p{L}])/iu;
// "urged the government to follow Australia's lead": the example is cited by the caller, not reported as news.
export const CALL_TO_FOLLOW_RE = new RegExp(
  `(?<![\\p{L}])(?:${PRESSURE}|want(?:s|ed)?|should|must|ought)\\b[^.;]{0,80}` +
    '\\bto\\s+(?:follow|emulate|copy|mirror|join)\\b[^.;]{0,40}$',
  'iu',
);
