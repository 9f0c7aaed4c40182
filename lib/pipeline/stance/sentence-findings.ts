// A sentence that concerns the topic → one finding per (agent, cue): stance, score, confidence, date.
import { findAgents } from './attribution';
import { isReportedCue } from './cue-filters';
import { findFollowedModels } from './follow-models';
import { CALL_TO_FOLLOW_RE } from './grammar';
import { toPolarity } from './polarity';
import type { Sentence } from '../nlp/sentences';
import type { StatementDate } from '../nlp/statement-date';
import type { SentenceContext } from './sentence-context';
import type { Finding, SentenceFlags } from './types';
import type { StanceLabel } from '../../domain/stance';

const KEEPING_RE = /\b(?:continu\w*|keep\w*|kept|stick\w*|stay\w*|retain\w*)\b/i;

/** The stances a sentence reports; `toDate` is called only when there is one. */
export function labelSentence(sentence: Sentence, context: SentenceContext, flag: SentenceFlags, toDate: () => StatementDate): Finding[] {
  const { text, speaker, matchers } = context;
  let cachedDate: StatementDate | null = null;
  const date = () => (cachedDate ??= toDate());
  const findings: Finding[] = [];
  for (const hit of context.cues) {
    if (!isReportedCue(hit, context)) continue;
    const attribution = findAgents(hit, context);
    if (!attribution) continue;
    const { polarity, strength } = toPolarity(hit, attribution.agents, text, matchers);
    for (const agent of attribution.agents) {
      let agentPolarity = polarity;
      const country = agent.actor.country;
      const defendsTarget = agent.isTarget || (country !== null && matchers.targetCountries.has(country));
      // "urged the cabinet to follow the example of Australia, which barred…": the example is cited, not reported.
      if (agent.start >= 0 && CALL_TO_FOLLOW_RE.test(text.slice(0, agent.start))) continue;
      // "the operator said it would continue to use Huawei gear": a purchase, not a stance on the policy.
      const isOperator = agent.actor.type === 'company' || matchers.operatorAfter.test(text.slice(agent.end, agent.end + 30));
      if (polarity === -1 && !defendsTarget && isOperator && KEEPING_RE.test(hit.text)) continue;
      // The target and its home government hold a stance only when they say something or push back.
      if (defendsTarget) {
        const speaks = speaker !== null && speaker.key === agent.actor.key;
        if (polarity !== -1 && !speaks) continue;
        agentPolarity = -1;
      }
      const stance: StanceLabel = agentPolarity === 1 ? 'support' : agentPolarity === -1 ? 'oppose' : 'neutral';
      const score = agentPolarity === 0 ? 0 : agentPolarity * strength;
      let confidence =
        0.35 +
        (flag.target ? 0.2 : 0.05) +
        (attribution.explicit ? 0.15 : 0) +
        (flag.domain ? 0.1 : 0) +
        (hit.cue.strength >= 0.8 ? 0.1 : 0) -
        (flag.offTopic ? 0.15 : 0);
      confidence = Math.round(Math.max(0.05, Math.min(0.99, confidence)) * 100) / 100;
      findings.push({ actor: agent.actor, stance, score: Math.round(score * 100) / 100, confidence, sentence, date: date() });
    }
  }
  // "follow the United States and allies like Australia in restricting…": the models hold the restriction.
  for (const model of findFollowedModels(context)) {
    findings.push({ actor: model.actor, stance: 'support', score: 0.7, confidence: 0.6, sentence, date: date() });
  }
  return findings;
}
