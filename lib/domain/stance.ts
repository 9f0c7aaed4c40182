// Records produced by the stance engine. Pure data: no database ids.
import type { ActorType, DatePrecision, PositionStatus, StanceLabel } from './values';

export type { ActorType, DatePrecision, PositionStatus, StanceLabel };

export type ActorRef = {
  /** Stable identity: gazetteer id (e.g. "country:US", "org:ncsc-gb") or "person:<normalised name>". */
  key: string;
  name: string;
  type: ActorType;
  /** ISO 3166-1 alpha-2, "EU", or null when unknown. */
  country: string | null;
  aliases: string[];
};

export type Evidence = {
  sentence: string;
  /** Character offsets of the sentence in the document text. */
  start: number;
  end: number;
  stance: StanceLabel;
  score: number;
};

export type LabeledStatement = {
  actor: ActorRef;
  topicSlug: string;
  stance: StanceLabel;
  /** -1 (opposes restriction) … 1 (supports restriction). */
  score: number;
  confidence: number;
  /** The strongest evidence; `evidenceAll` keeps every sentence that counted. */
  evidence: Evidence;
  evidenceAll: Evidence[];
  /** YYYY-MM-DD / YYYY-MM / YYYY, or null. */
  date: string | null;
  datePrecision: DatePrecision | null;
  /** The policy status the evidence states (a ban with a deadline, a review…); absent or 'unknown' when it says none. */
  status?: PositionStatus;
};

/** What the labeler needs of a document. */
export type LabelInput = {
  title: string;
  text: string;
  published: string | null;
  datePrecision: DatePrecision | null;
};
