// Records passed between the stance modules: mentions, cue hits, speakers, per-sentence findings.
import type { Cue } from './lexicon';
import type { Sentence } from '../nlp/sentences';
import type { StatementDate } from '../nlp/statement-date';
import type { ActorRef, StanceLabel } from '../../domain/stance';

export type Mention = {
  start: number;
  end: number;
  actor: ActorRef;
  /** strong: can hold a stance; weak: a place or modifier, used only for passives and noun cues. */
  strength: 'strong' | 'weak';
  isTarget: boolean;
  pronoun?: boolean;
};

export type CueHit = { cue: Cue; start: number; end: number; text: string };

/** Who says a sentence and where the verb of saying is ("X said", "…, said X", "according to X"). */
export type SpeakerHit = { actor: ActorRef; verbStart: number; before: boolean };

/** What a sentence says about the topic, by word lists alone. */
export type SentenceFlags = { target: boolean; reference: boolean; domain: boolean; offTopic: boolean };

/** One actor's stance in one sentence, before the document's sentences are combined. */
export type Finding = { actor: ActorRef; stance: StanceLabel; score: number; confidence: number; sentence: Sentence; date: StatementDate };

/** A mention that stands for the sentence's speaker (no position in the text). */
export function toSpeakerMention(actor: ActorRef): Mention {
  return { start: -1, end: -1, actor, strength: 'strong', isTarget: false };
}
