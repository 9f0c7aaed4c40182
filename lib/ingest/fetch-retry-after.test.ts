import { describe, expect, test } from 'vitest';
import { FetchError, parseRetryAfter } from './fetch';

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-11-23T12:00:00Z');
  test.each([
    ['120', 120_000],
    [' 0 ', 0],
    ['Mon, 23 Nov 2026 12:00:30 GMT', 30_000],
    ['Mon, 23 Nov 2026 11:00:00 GMT', 0],
    ['soon', null],
    ['-5', null],
    [null, null],
  ])('%s → %s ms', (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });
});

describe('FetchError.retryable', () => {
  test('retries 5xx, 429, timeouts and dropped connections, nothing else', () => {
    const http = (status: number) => new FetchError('http', 'https://x.example', 'x', { status }).retryable;
    expect([500, 503, 429].map(http)).toEqual([true, true, true]);
    expect([400, 403, 404, 410].map(http)).toEqual([false, false, false, false]);
    expect(new FetchError('timeout', 'https://x.example', 'x').retryable).toBe(true);
    expect(new FetchError('unsafe-url', 'https://x.example', 'x').retryable).toBe(false);
  });
});
