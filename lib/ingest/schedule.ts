// Which sources are due now: pure, so the scheduler stays one small decision (and could hand the due
// sources to a job queue instead of running them itself).
import { CronExpressionParser } from 'cron-parser';

export type SchedulableSource = { id: string; schedule: string | null; lastRunAt: Date | null; enabled: boolean };

/** The latest time at or before `now` that `expression` fires, or null when it cannot be parsed. */
export function findPreviousFireTime(expression: string, now: Date, timezone = 'UTC'): Date | null {
  try {
    // cron-parser's prev() is strictly before currentDate; add a second so a fire exactly now counts.
    const parsed = CronExpressionParser.parse(expression, { currentDate: new Date(now.getTime() + 1000), tz: timezone });
    return parsed.prev().toDate();
  } catch {
    return null;
  }
}

export function isValidSchedule(expression: string): boolean {
  try {
    CronExpressionParser.parse(expression);
    return true;
  } catch {
    return false;
  }
}

/** Due = enabled and never run, or its schedule fired since its last run. Bad schedules fall back to the default. */
export function findDueSources<T extends SchedulableSource>(sources: T[], now: Date, defaultSchedule: string, timezone = 'UTC'): T[] {
  return sources.filter((source) => {
    if (!source.enabled) return false;
    if (!source.lastRunAt) return true;
    const fired =
      findPreviousFireTime(source.schedule ?? defaultSchedule, now, timezone) ?? findPreviousFireTime(defaultSchedule, now, timezone);
    return fired !== null && fired > source.lastRunAt;
  });
}
