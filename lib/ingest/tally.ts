// Counts and errors of one ingestion run, filled in by the source processors as they go.
import type { IngestCounts, IngestError } from '../db/ingest-runs';

export class RunTally {
  readonly counts: IngestCounts = { sources: 0, fetched: 0, created: 0, duplicates: 0, failed: 0 };
  readonly errors: IngestError[] = [];

  fail(source: string, url: string | null, error: unknown): void {
    this.counts.failed += 1;
    this.errors.push({ source, url, message: error instanceof Error ? error.message : String(error) });
  }
}
