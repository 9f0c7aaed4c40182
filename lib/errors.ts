// Typed application errors and their one mapping to HTTP responses (route handlers call toErrorResponse).
import { z } from 'zod';
import { log } from './runtime/log';

export class AppError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** A bad query parameter or body: the message says which one and why. */
export class BadRequestError extends AppError {
  constructor(
    message: string,
    readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super(message, 400, 'bad_request');
  }

  static fromZod(error: z.ZodError): BadRequestError {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of error.issues) {
      // The top-level key is the query parameter's name ("country", not "country.1").
      const field = issue.path.length ? String(issue.path[0]) : '(query)';
      (fieldErrors[field] ??= []).push(issue.message);
    }
    const message = Object.entries(fieldErrors)
      .map(([field, messages]) => `${field}: ${messages.join('; ')}`)
      .join(', ');
    return new BadRequestError(`Invalid parameter ${message}`, fieldErrors);
  }
}

export class NotFoundError extends AppError {
  constructor(message = 'Not found') {
    super(message, 404, 'not_found');
  }
}

/** No session or API token on a write. */
export class UnauthorizedError extends AppError {
  constructor(message = 'Sign in (or send the API token) to do this') {
    super(message, 401, 'unauthorized');
  }
}

/** Signed in, but the role does not allow it. */
export class ForbiddenError extends AppError {
  constructor(message = 'Your role does not allow this') {
    super(message, 403, 'forbidden');
  }
}

/** The thing already exists (a duplicate document, a source added twice). */
export class ConflictError extends AppError {
  constructor(message: string) {
    super(message, 409, 'conflict');
  }
}

export class PayloadTooLargeError extends AppError {
  constructor(message: string) {
    super(message, 413, 'too_large');
  }
}

/** Bytes that are not a document Stancewatch reads (sniffed from the content, not the name). */
export class UnsupportedMediaTypeError extends AppError {
  constructor(message: string) {
    super(message, 415, 'unsupported_media_type');
  }
}

/** Well-formed input that cannot be used (a PDF without a text layer, a page that is not a feed). */
export class UnprocessableError extends AppError {
  constructor(message: string, code = 'unprocessable') {
    super(message, 422, code);
  }
}

/** A remote server failed or timed out while we fetched on the user's behalf. */
export class UpstreamError extends AppError {
  constructor(message: string, status: 502 | 504 = 502, code = 'upstream_failed') {
    super(message, status, code);
  }
}

export class DatabaseUnavailableError extends AppError {
  constructor(message = 'The database is not reachable') {
    super(message, 503, 'database_unavailable');
  }
}

/** Parses input with a zod schema, turning a failure into a BadRequestError. */
export function parseOrThrow<Schema extends z.ZodType>(schema: Schema, input: unknown): z.infer<Schema> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw BadRequestError.fromZod(parsed.error);
  return parsed.data;
}

// Connection failures surface from pg / the Prisma adapter with these codes; they mean 503, not 500.
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', 'ECONNRESET', '57P01', '57P03', '3D000']);

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth += 1) {
    if (typeof current !== 'object') return false;
    const { code, cause } = current as { code?: unknown; cause?: unknown };
    if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true;
    if (current instanceof AggregateError && current.errors.some(isDatabaseUnavailable)) return true;
    current = cause;
  }
  return error instanceof Error && /DATABASE_URL is not set|ECONNREFUSED|Can't reach database/i.test(error.message);
}

export function toErrorResponse(error: unknown): Response {
  if (error instanceof AppError) {
    const body =
      error instanceof BadRequestError
        ? { error: error.code, message: error.message, fieldErrors: error.fieldErrors }
        : { error: error.code, message: error.message };
    return Response.json(body, { status: error.status });
  }
  if (isDatabaseUnavailable(error)) return toErrorResponse(new DatabaseUnavailableError());
  log.error(`unhandled request error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  return Response.json({ error: 'internal', message: 'Internal error' }, { status: 500 });
}
