// Test support: a sentence → its cues, mentions and context, built by the real stages with the default topic.
import { toInitialCoref, type CorefState } from './coreference';
import { findCues } from './cues';
import { findMentions } from './mentions';
import { toSentenceContext, type SentenceContext } from './sentence-context';
import { findSentenceSpeaker, findSpeakerHit } from './speakers';
import { toTopicMatchers, type TopicMatchers } from './topic-matchers';
import { DEFAULT_TOPICS } from '../../topics/topic';

export const TEST_MATCHERS: TopicMatchers = toTopicMatchers(DEFAULT_TOPICS[0]!);

/** The context the labeler builds for one sentence read on its own (or after `coref`). */
export function toTestContext(text: string, coref: CorefState = toInitialCoref(null, null)): SentenceContext {
  const cues = findCues(text, true, true, TEST_MATCHERS);
  const { mentions } = findMentions(text, TEST_MATCHERS, coref, text, new Map(), true);
  const speakerHit = findSpeakerHit(text, mentions);
  return toSentenceContext(text, cues, mentions, speakerHit, findSentenceSpeaker(text, speakerHit, coref), TEST_MATCHERS);
}
