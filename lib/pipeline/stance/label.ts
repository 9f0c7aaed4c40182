// Document text + topic → one stance statement per actor: who holds which stance, in which country, when, and why.
import { splitSentences } from '../nlp/sentences';
import { extractStatementDate } from '../nlp/statement-date';
import { aggregateFindings } from './aggregate';
import { enterParagraph, toInitialCoref, updateCoref } from './coreference';
import { findCues } from './cues';
import { findDatelineCountry, findHomeCountry, toSentenceFlags, toSentenceScopes } from './document-scope';
import { findCountryMentions } from './mention-strength';
import { findMentions, type PeopleIndex } from './mentions';
import { testRe } from './regex';
import { toSentenceContext } from './sentence-context';
import { labelSentence } from './sentence-findings';
import { findSentenceSpeaker, findSpeakerHit } from './speakers';
import { toTopicMatchers } from './topic-matchers';
import type { Finding, Mention } from './types';
import type { TopicDefinition } from '../../topics/topic';
import type { LabelInput, LabeledStatement } from '../../domain/stance';

export const LABELER_VERSION = '1.7.0';

export function labelDocument(input: LabelInput, topic: TopicDefinition): LabeledStatement[] {
  const matchers = toTopicMatchers(topic);
  // Only the text is labelled: evidence offsets must point into it. A headline counts when it occurs in the text.
  const full = input.text;
  // Cheap pass first: no target or no domain term → nothing to label, and no NLP runs.
  if (!testRe(matchers.target, full) || (matchers.domain && !testRe(matchers.domain, full))) return [];

  const sentences = splitSentences(full);
  const scopes = toSentenceScopes(sentences, toSentenceFlags(sentences, matchers), matchers);
  const dateline = findDatelineCountry(sentences.slice(0, 4));
  let coref = toInitialCoref(dateline, findHomeCountry(sentences, dateline, matchers));
  let people: PeopleIndex = new Map();
  const findings: Finding[] = [];
  let paragraph = -1;
  for (const [index, sentence] of sentences.entries()) {
    const { flags, isCandidate, anaphor } = scopes[index]!;
    if (sentence.paragraph !== paragraph) {
      paragraph = sentence.paragraph;
      coref = enterParagraph(coref, paragraph);
    }
    // compromise is the slow step: only sentences that concern the topic and carry a cue get it.
    const cues = isCandidate ? findCues(sentence.text, flags.target || flags.reference || anaphor, flags.domain, matchers) : [];
    let mentions: Mention[];
    if (isCandidate || index < 3 || flags.target) {
      ({ mentions, people } = findMentions(sentence.text, matchers, coref, full, people, cues.length > 0));
    } else mentions = findCountryMentions(sentence.text);
    const speakerHit = findSpeakerHit(sentence.text, mentions);
    if (cues.length > 0) {
      const previous = index > 0 && sentences[index - 1]!.paragraph === sentence.paragraph ? sentences[index - 1]!.text : null;
      const date = () => extractStatementDate(sentence.text, previous, input.published, input.datePrecision);
      const speaker = findSentenceSpeaker(sentence.text, speakerHit, coref);
      const context = toSentenceContext(sentence.text, cues, mentions, speakerHit, speaker, matchers);
      findings.push(...labelSentence(sentence, context, flags, date));
    }
    coref = updateCoref(coref, mentions, sentence.text, sentence.start, speakerHit?.actor ?? null);
  }
  return aggregateFindings(findings, topic.slug);
}
