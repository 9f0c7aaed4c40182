// Records of statements as analysts read them (table, JSON API, CSV, charts): what lib/db returns to every reader.
import type { ActorType, PositionStatus, StanceLabel, StoredDatePrecision } from './values';

/** One statement row as the table, the JSON API and the CSV show it. */
export type StanceItem = {
  id: string;
  actor: string;
  actorId: string;
  actorType: ActorType;
  country: string | null;
  stance: StanceLabel;
  score: number;
  confidence: number;
  evidence: string;
  /** YYYY-MM-DD (first day of the period when precision is month/year); statement date, else the document's. */
  date: string | null;
  datePrecision: StoredDatePrecision;
  documentId: string;
  documentTitle: string;
  url: string | null;
  reviewed: boolean;
  /** Who reviewed it last (a user's email, or "api-token") and when (ISO), or null. */
  reviewedBy: string | null;
  reviewedAt: string | null;
  /** The policy status the evidence states, else unknown. */
  status: PositionStatus;
};

export type Page<Item> = { total: number; page: number; pageSize: number; items: Item[] };

/** Weighted mean score and number of statements of one country in one period (SQL aggregates; pivoted for charts). */
export type PositionRow = { country: string; period: string; score: number; statements: number };
