// A cue hit and its agents → the stance direction (+1 restrict, −1 against, 0 open) after negation, hedging and warnings.
import { NEGATION_RE } from './grammar';
import { HEDGES, PARTIAL, PRESSURE } from './lexicon';
import type { TopicMatchers } from './topic-matchers';
import type { CueHit, Mention } from './types';

const HEDGE_RE = new RegExp(`(?<![\\p{L}])(?:${HEDGES.join('|')})(?![\\p{L}])`, 'iu');
const PRESSURE_RE = new RegExp(`(?<![\\p{L}])(?:${PRESSURE})(?![\\p{L}])`, 'iu');
const PARTIAL_RE = new RegExp(PARTIAL, 'i');
const WARNED_AGAINST_RE = /\bwarn(?:s|ed|ing)?\s+(?:that|against|of)\s+(?:[\p{L}-]+\s+){0,3}$/iu;

export type Polarity = {
  polarity: -1 | 0 | 1;
  negated: boolean;
  /** The cue's strength, lowered for a partial restriction (core only, a cap). */
  strength: number;
};

/** The direction of a cue for its agents: what lies between the agents and the cue can negate or hedge it. */
export function toPolarity(hit: CueHit, agents: Mention[], text: string, matchers: TopicMatchers): Polarity {
  const agentEnd = Math.max(...agents.map((agent) => agent.end));
  const window = text.slice(Math.max(agentEnd, hit.start - 70, 0), hit.start);
  let polarity: -1 | 0 | 1 = hit.cue.polarity;
  const negated = NEGATION_RE.test(window) && !/\bnot only\b/i.test(window);
  // "warned against a ban": a warning about the restriction itself is against it.
  const warnedAgainst = hit.cue.kind !== 'claim' && WARNED_AGAINST_RE.test(window);
  if (negated || warnedAgainst) polarity = hit.cue.negatedPolarity ?? (polarity === 0 ? 0 : (-polarity as -1 | 1));
  else if (
    polarity !== 0 &&
    hit.cue.kind !== 'claim' &&
    !PRESSURE_RE.test(window) &&
    HEDGE_RE.test(window) &&
    !/\bonly\b/i.test(hit.text)
  ) {
    polarity = 0;
  }
  // "warned that a ban would delay 5G": a warning about the restriction itself is against it.
  if (polarity === 1 && /^warn/i.test(hit.text) && matchers.warningAboutRestriction.test(text.slice(hit.end, hit.end + 50))) polarity = -1;
  const partial = polarity === 1 && PARTIAL_RE.test(text);
  return { polarity, negated, strength: hit.cue.strength * (partial ? 0.6 : 1) };
}
