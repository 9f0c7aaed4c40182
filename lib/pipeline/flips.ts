// Pure: per-period positions of one subject (a country or an actor) → the changes between consecutive periods
// with statements (a flip support ↔ oppose, a shift to or from mixed) and the first position taken.
import type { AlertKind, Position } from '../domain/values';
import { toPosition } from './positions';

export type PeriodPosition = {
  /** A country code or "actor:<id>". */
  subject: string;
  period: string;
  score: number;
  statements: number;
  /** Statement ids behind this period, strongest first. */
  evidence: string[];
};

export type PositionChange = {
  subject: string;
  kind: AlertKind;
  period: string;
  previousPeriod: string | null;
  position: Position;
  previousPosition: Position | null;
  score: number;
  previousScore: number | null;
  statements: number;
  evidenceAfter: string[];
  evidenceBefore: string[];
};

function toKind(previous: Position, current: Position): AlertKind | null {
  if (previous === current) return null;
  if ((previous === 'support' && current === 'oppose') || (previous === 'oppose' && current === 'support')) return 'flip';
  return 'shift';
}

/**
 * Every change in every subject's history, oldest first. The first period that takes a side (support or oppose)
 * is a "new" position; a subject that starts mixed gets its "new" alert when it first takes a side.
 */
export function detectPositionChanges(rows: PeriodPosition[]): PositionChange[] {
  const bySubject = new Map<string, PeriodPosition[]>();
  for (const row of rows) {
    const list = bySubject.get(row.subject) ?? [];
    list.push(row);
    bySubject.set(row.subject, list);
  }
  const changes: PositionChange[] = [];
  for (const [subject, periods] of bySubject) {
    periods.sort((a, b) => a.period.localeCompare(b.period));
    let previous: PeriodPosition | null = null;
    let hasTakenSide = false;
    for (const current of periods) {
      const position = toPosition(current.score, current.statements);
      const previousPosition = previous ? toPosition(previous.score, previous.statements) : null;
      const isSide = position === 'support' || position === 'oppose';
      const kind: AlertKind | null = !hasTakenSide && isSide ? 'new' : previousPosition ? toKind(previousPosition, position) : null;
      if (kind) {
        changes.push({
          subject,
          kind,
          period: current.period,
          previousPeriod: previous?.period ?? null,
          position,
          previousPosition,
          score: current.score,
          previousScore: previous?.score ?? null,
          statements: current.statements,
          evidenceAfter: current.evidence,
          evidenceBefore: previous?.evidence ?? [],
        });
      }
      hasTakenSide ||= isSide;
      previous = current;
    }
  }
  return changes.sort((a, b) => a.period.localeCompare(b.period) || a.subject.localeCompare(b.subject));
}
