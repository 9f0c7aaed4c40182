// Findings of every sentence → one statement per actor: the weighted balance decides, the strongest sentence is evidence.
import { findCountryActor } from '../nlp/gazetteer/index';
import type { Finding } from './types';
import type { Evidence, LabeledStatement, StanceLabel } from '../../domain/stance';

const weight = (finding: Finding) => (Math.abs(finding.score) + (finding.stance === 'neutral' ? 0.25 : 0.3)) * finding.confidence;

function toEvidence(finding: Finding): Evidence {
  const { sentence, stance, score } = finding;
  return { sentence: sentence.text, start: sentence.start, end: sentence.end, stance, score };
}

/** One statement per actor, in the order actors were first found. */
export function aggregateFindings(findings: Finding[], topicSlug: string): LabeledStatement[] {
  const byActor = new Map<string, Finding[]>();
  for (const finding of findings) {
    const list = byActor.get(finding.actor.key) ?? [];
    list.push(finding);
    byActor.set(finding.actor.key, list);
  }
  const statements: LabeledStatement[] = [];
  for (const list of byActor.values()) {
    // Several sentences: the weighted balance decides the stance, the strongest sentence of that stance is the evidence.
    const balance = list.reduce((sum, finding) => sum + finding.score * finding.confidence, 0);
    const strongest = list.reduce((a, b) => (weight(b) > weight(a) ? b : a));
    const stance: StanceLabel =
      strongest.stance === 'neutral' || Math.abs(balance) < 0.1 ? strongest.stance : balance > 0 ? 'support' : 'oppose';
    const best = list.filter((finding) => finding.stance === stance).reduce((a, b) => (weight(b) > weight(a) ? b : a));
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
