import { describe, expect, test } from 'vitest';
import { findDueSources, findPreviousFireTime, isValidSchedule } from './schedule';

const at = (iso: string) => new Date(iso);

describe('findPreviousFireTime', () => {
  test('returns the latest fire time at or before now', () => {
    expect(findPreviousFireTime('*/15 * * * *', at('2026-01-01T10:07:30Z'))).toEqual(at('2026-01-01T10:00:00Z'));
    expect(findPreviousFireTime('*/15 * * * *', at('2026-01-01T10:15:00Z'))).toEqual(at('2026-01-01T10:15:00Z'));
    expect(findPreviousFireTime('0 6 * * 1', at('2026-01-01T10:00:00Z'))).toEqual(at('2025-12-29T06:00:00Z'));
  });

  test('is null for an expression that is not cron', () => {
    expect(findPreviousFireTime('every quarter hour', at('2026-01-01T10:00:00Z'))).toBeNull();
    expect(isValidSchedule('every quarter hour')).toBe(false);
    expect(isValidSchedule('0 */2 * * *')).toBe(true);
  });
});

describe('findDueSources', () => {
  const now = at('2026-01-01T10:07:00Z');
  const source = (id: string, schedule: string | null, lastRunAt: string | null, enabled = true) => ({
    id,
    schedule,
    lastRunAt: lastRunAt ? at(lastRunAt) : null,
    enabled,
  });

  test('runs new sources and those whose schedule fired since their last run', () => {
    const due = findDueSources(
      [
        source('never-run', null, null),
        source('ran-before-tick', null, '2026-01-01T09:59:00Z'),
        source('ran-after-tick', null, '2026-01-01T10:01:00Z'),
        source('hourly-ran-at-nine', '0 * * * *', '2026-01-01T09:00:00Z'),
        source('daily-ran-today', '0 6 * * *', '2026-01-01T06:00:30Z'),
        source('disabled', null, null, false),
      ],
      now,
      '*/15 * * * *',
    );
    expect(due.map((s) => s.id)).toEqual(['never-run', 'ran-before-tick', 'hourly-ran-at-nine']);
  });

  test('a source with a broken schedule falls back to the default schedule', () => {
    const due = findDueSources([source('broken', 'not cron', '2026-01-01T09:59:00Z')], now, '*/15 * * * *');
    expect(due.map((s) => s.id)).toEqual(['broken']);
  });
});
