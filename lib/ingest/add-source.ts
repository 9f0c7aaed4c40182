// Turns what a user typed (a feed or page URL, or a folder/file path) into a source, detecting feeds by content.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Db } from '../db/client';
import { upsertSource } from '../db/sources';
import { fetchUrl } from './fetch';
import { looksLikeFeed } from './feeds';
import { assertUrlAllowed } from './url-safety';
import { AppError } from '../errors';
import { getEnv } from '../runtime/env';
import { canonicalizeUrl } from '../pipeline/dedupe';

export class SourceInputError extends AppError {
  constructor(message: string) {
    super(message, 400, 'bad_source');
  }
}

export type SourceKindHint = 'feed' | 'page' | 'auto';

export async function addSourceFromInput(db: Db, input: string, options: { kind?: SourceKindHint; createdById?: string | null } = {}) {
  const trimmed = input.trim();
  if (/^https?:\/\//i.test(trimmed)) {
    const location = canonicalizeUrl(trimmed);
    await assertUrlAllowed(location, { allowPrivate: getEnv().ALLOW_PRIVATE_URLS }).catch((error: Error) => {
      throw new SourceInputError(error.message);
    });
    let kind = options.kind && options.kind !== 'auto' ? options.kind : null;
    if (!kind) {
      const response = await fetchUrl(location, { retries: 0 });
      kind = looksLikeFeed(response.bytes, response.contentType) ? 'feed' : 'page';
    }
    return upsertSource(db, { kind, name: new URL(location).hostname, location, createdById: options.createdById ?? null });
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)) throw new SourceInputError(`only http and https URLs can be sources: ${trimmed}`);
  const absolute = path.resolve(trimmed);
  const info = await stat(absolute).catch(() => null);
  if (!info) throw new SourceInputError(`no such file or folder: ${absolute}`);
  return upsertSource(db, { kind: 'folder', name: path.basename(absolute), location: absolute, createdById: options.createdById ?? null });
}
