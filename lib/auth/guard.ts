// Who may write: a script sending `Authorization: Bearer $API_TOKEN` (and, once sign-in lands, a signed-in user).
// Every write path — route handlers and server actions — calls requireWriter first.
import { timingSafeEqual } from 'node:crypto';
import { UnauthorizedError } from '../errors';
import { getEnv } from '../runtime/env';

export type Writer = { userId: string | null; via: 'token' | 'session' };

function bearerToken(headers: Headers): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(headers.get('authorization') ?? '');
  return match ? match[1]! : null;
}

/** Constant-time comparison, so the token cannot be guessed byte by byte from response times. */
function isSameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The writer behind a request; UnauthorizedError (401) when there is none. */
export async function requireWriter(headers: Headers): Promise<Writer> {
  const expected = getEnv().API_TOKEN;
  const given = bearerToken(headers);
  if (expected && given && isSameSecret(given, expected)) return { userId: null, via: 'token' };
  throw new UnauthorizedError();
}
