// One sentence's text, cues, mentions and speaker, prepared once and read by every cue's attribution and polarity.
import { toClauseStart } from './clauses';
import { maskParentheticals } from './regex';
import type { TopicMatchers } from './topic-matchers';
import type { CueHit, Mention, SpeakerHit } from './types';
import type { ActorRef } from '../../domain/stance';

export type SentenceContext = {
  readonly text: string;
  /** The text with short parentheticals blanked (same offsets), for clause and subject tests. */
  readonly masked: string;
  readonly clauseStart: (position: number) => number;
  readonly quoteRanges: ReadonlyArray<readonly [number, number]>;
  readonly cues: readonly CueHit[];
  readonly mentions: readonly Mention[];
  readonly strong: Mention[];
  readonly weak: Mention[];
  readonly speaker: ActorRef | null;
  readonly speakerHit: SpeakerHit | null;
  readonly matchers: TopicMatchers;
};

export function toSentenceContext(
  text: string,
  cues: CueHit[],
  mentions: Mention[],
  speakerHit: SpeakerHit | null,
  speaker: ActorRef | null,
  matchers: TopicMatchers,
): SentenceContext {
  const masked = maskParentheticals(text);
  return {
    text,
    masked,
    clauseStart: toClauseStart(masked),
    quoteRanges: [...text.matchAll(/["“][^"“”]*["”]?/g)].map((match) => [match.index, match.index + match[0].length] as const),
    cues,
    mentions,
    strong: mentions.filter((mention) => mention.strength === 'strong'),
    weak: mentions.filter((mention) => mention.strength === 'weak'),
    speaker,
    speakerHit,
    matchers,
  };
}
