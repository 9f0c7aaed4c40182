// What an ingestion run did, as values: each item and source returns an outcome, the run adds them up.

export type IngestError = { source: string; url: string | null; message: string };
export type IngestCounts = { sources: number; fetched: number; created: number; duplicates: number; failed: number };

/** What processing one item, one source or a whole run did. */
export type IngestOutcome = { counts: IngestCounts; errors: IngestError[] };

export const NO_COUNTS: IngestCounts = Object.freeze({ sources: 0, fetched: 0, created: 0, duplicates: 0, failed: 0 });

export function toOutcome(counts: Partial<IngestCounts> = {}, errors: IngestError[] = []): IngestOutcome {
  return { counts: { ...NO_COUNTS, ...counts }, errors };
}

/** One failure: counted, and its message kept with where it happened. */
export function toFailure(source: string, url: string | null, error: unknown): IngestOutcome {
  return toOutcome({ failed: 1 }, [{ source, url, message: error instanceof Error ? error.message : String(error) }]);
}

export function sumOutcomes(outcomes: readonly IngestOutcome[]): IngestOutcome {
  const counts = { ...NO_COUNTS };
  for (const outcome of outcomes) for (const key of Object.keys(counts) as (keyof IngestCounts)[]) counts[key] += outcome.counts[key];
  return { counts, errors: outcomes.flatMap((outcome) => outcome.errors) };
}
