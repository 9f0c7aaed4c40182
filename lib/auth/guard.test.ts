import { afterEach, describe, expect, test } from 'vitest';
import { UnauthorizedError } from '../errors';
import { resetEnvCache } from '../runtime/env';
import { requireWriter } from './guard';

const TOKEN = 'a-test-token-of-enough-length';

afterEach(() => {
  delete process.env.API_TOKEN;
  resetEnvCache();
});

describe('requireWriter', () => {
  test('accepts the API token as a bearer token', async () => {
    process.env.API_TOKEN = TOKEN;
    resetEnvCache();
    await expect(requireWriter(new Headers({ authorization: `Bearer ${TOKEN}` }))).resolves.toEqual({ userId: null, via: 'token' });
  });

  test('refuses a wrong token, a missing header, and any token when none is configured', async () => {
    process.env.API_TOKEN = TOKEN;
    resetEnvCache();
    await expect(requireWriter(new Headers({ authorization: `Bearer ${TOKEN}x` }))).rejects.toBeInstanceOf(UnauthorizedError);
    await expect(requireWriter(new Headers())).rejects.toBeInstanceOf(UnauthorizedError);
    delete process.env.API_TOKEN;
    resetEnvCache();
    await expect(requireWriter(new Headers({ authorization: 'Bearer ' }))).rejects.toBeInstanceOf(UnauthorizedError);
  });
});
