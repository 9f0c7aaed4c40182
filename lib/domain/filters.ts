// The one statement filter schema: URL query (table page, JSON API, CSV export) → typed StanceFilters.
import { z } from 'zod';
import { parseOrThrow } from '../errors';
import {
  ACTOR_SCOPE_VALUES,
  ACTOR_TYPE_VALUES,
  DEFAULT_TOPIC_SLUG,
  GRANULARITY_VALUES,
  REVIEWED_VALUES,
  SORT_DIRECTION_VALUES,
  STANCE_SORT_VALUES,
  STANCE_VALUES,
  type SortDirection,
  type StanceSort,
} from './values';

export const MAX_PAGE_SIZE = 200;
export const DEFAULT_PAGE_SIZE = 50;

export type SearchParamsInput = URLSearchParams | Record<string, string | string[] | undefined>;

/** Empty form fields mean "no filter". */
const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

/** "US,gb" or ?country=US&country=GB → ['US', 'GB']; empty → undefined. */
const listOf = <Item extends z.ZodType>(item: Item) =>
  z.preprocess((value) => {
    const parts = (Array.isArray(value) ? value : [value])
      .flatMap((part) => (typeof part === 'string' ? part.split(',') : []))
      .map((part) => part.trim())
      .filter(Boolean);
    return parts.length ? parts : undefined;
  }, z.array(item).max(50).optional());

const firstOf = (value: unknown) => blankToUndefined(Array.isArray(value) ? value[0] : value);

const countryCodeSchema = z
  .string()
  .transform((code) => code.toUpperCase())
  .pipe(z.string().regex(/^([A-Z]{2}|EU)$/, 'country must be an ISO 3166-1 alpha-2 code (e.g. US, CN) or EU'));

const PERIOD_PATTERN = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/;

/** YYYY, YYYY-MM or YYYY-MM-DD, and a real calendar date. */
export function isValidPeriod(value: string): boolean {
  const match = PERIOD_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2] ?? '1'), Number(match[3] ?? '1')];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const periodSchema = z.string().trim().refine(isValidPeriod, 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD');

/** First day a period covers, as YYYY-MM-DD. */
export function toPeriodStart(period: string): string {
  const [year, month = '01', day = '01'] = period.split('-');
  return `${year}-${month}-${day}`;
}

/** First day after the period (exclusive upper bound), as YYYY-MM-DD. */
export function toPeriodEndExclusive(period: string): string {
  const [year, month, day] = period.split('-').map(Number) as [number, number | undefined, number | undefined];
  const end =
    day !== undefined
      ? new Date(Date.UTC(year, month! - 1, day + 1))
      : month !== undefined
        ? new Date(Date.UTC(year, month, 1))
        : new Date(Date.UTC(year + 1, 0, 1));
  return end.toISOString().slice(0, 10);
}

const pageSchema = z.preprocess(
  firstOf,
  z.coerce.number().int('page must be a whole number').min(1, 'page starts at 1').max(1_000_000).default(1),
);
const pageSizeSchema = z.preprocess(
  firstOf,
  z.coerce
    .number()
    .int('pageSize must be a whole number')
    .min(1)
    .max(MAX_PAGE_SIZE, `pageSize is at most ${MAX_PAGE_SIZE}`)
    .default(DEFAULT_PAGE_SIZE),
);

export const paginationSchema = z.object({ page: pageSchema, pageSize: pageSizeSchema });
export type Pagination = z.infer<typeof paginationSchema>;

/** A topic's slug; every read is scoped to one topic, the Huawei/ZTE one unless asked. */
const topicSchema = z.preprocess(
  firstOf,
  z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9-]{1,80}$/, 'topic must be a topic slug such as huawei-zte-5g')
    .default(DEFAULT_TOPIC_SLUG),
);

const filterFields = {
  topic: topicSchema,
  country: listOf(countryCodeSchema),
  /** An actor id, or part of an actor's name (case-insensitive). */
  actor: z.preprocess(firstOf, z.string().trim().max(200).optional()),
  actorType: listOf(z.enum(ACTOR_TYPE_VALUES, { error: `actorType must be one of ${ACTOR_TYPE_VALUES.join(', ')}` })),
  stance: listOf(z.enum(STANCE_VALUES, { error: `stance must be one of ${STANCE_VALUES.join(', ')}` })),
  from: z.preprocess(firstOf, periodSchema.optional()),
  to: z.preprocess(firstOf, periodSchema.optional()),
  /** Free text matched against evidence, document title and actor name. */
  q: z.preprocess(firstOf, z.string().trim().max(200).optional()),
  /** Only statements an analyst reviewed, or only those no one has. */
  reviewed: z.preprocess(firstOf, z.enum(REVIEWED_VALUES, { error: 'reviewed must be reviewed or unreviewed' }).optional()),
  /** Lowest labeler confidence shown, 0–1. */
  minConfidence: z.preprocess(
    firstOf,
    z.coerce.number({ error: 'minConfidence must be a number' }).min(0, 'minConfidence is 0–1').max(1, 'minConfidence is 0–1').optional(),
  ),
  sort: z.preprocess(
    firstOf,
    z.enum(STANCE_SORT_VALUES, { error: `sort must be one of ${STANCE_SORT_VALUES.join(', ')}` }).default('date'),
  ),
  dir: z.preprocess(firstOf, z.enum(SORT_DIRECTION_VALUES, { error: 'dir must be asc or desc' }).optional()),
};

const fromBeforeTo = (value: { from?: string; to?: string }, context: z.RefinementCtx) => {
  if (value.from && value.to && toPeriodStart(value.from) >= toPeriodEndExclusive(value.to)) {
    context.addIssue({ code: 'custom', path: ['from'], message: 'from must not be after to' });
  }
};

export const stanceFiltersSchema = z.object({ ...filterFields, ...paginationSchema.shape }).superRefine(fromBeforeTo);
export type StanceFilters = z.infer<typeof stanceFiltersSchema>;
export type StanceFilterFields = Omit<StanceFilters, 'page' | 'pageSize'>;

export const positionsQuerySchema = z
  .object({
    topic: filterFields.topic,
    country: filterFields.country,
    actorType: filterFields.actorType,
    /** Government actors only (default) or every actor of the country. */
    scope: z.preprocess(firstOf, z.enum(ACTOR_SCOPE_VALUES, { error: 'scope must be government or all' }).default('government')),
    from: filterFields.from,
    to: filterFields.to,
    granularity: z.preprocess(
      firstOf,
      z.enum(GRANULARITY_VALUES, { error: `granularity must be one of ${GRANULARITY_VALUES.join(', ')}` }).default('month'),
    ),
  })
  .superRefine(fromBeforeTo);
export type PositionsQuery = z.infer<typeof positionsQuerySchema>;

export function toSearchRecord(input: SearchParamsInput): Record<string, string | string[]> {
  if (!(input instanceof URLSearchParams)) {
    return Object.fromEntries(Object.entries(input).filter((entry): entry is [string, string | string[]] => entry[1] !== undefined));
  }
  const record: Record<string, string | string[]> = {};
  for (const key of new Set(input.keys())) {
    const values = input.getAll(key);
    record[key] = values.length === 1 ? values[0]! : values;
  }
  return record;
}

/** Throws BadRequestError naming each bad parameter. */
export function parseStanceFilters(input: SearchParamsInput): StanceFilters {
  return parseOrThrow(stanceFiltersSchema, toSearchRecord(input));
}

export function parsePositionsQuery(input: SearchParamsInput): PositionsQuery {
  return parseOrThrow(positionsQuerySchema, toSearchRecord(input));
}

export function parsePagination(input: SearchParamsInput): Pagination {
  return parseOrThrow(paginationSchema, toSearchRecord(input));
}

/** Filters back to a query string (no leading "?"), so links and the CSV export carry the same filters. */
export function toStanceQueryString(
  filters: Partial<StanceFilters>,
  overrides: { page?: number | null; pageSize?: number | null } = {},
): string {
  return toSearchParams(filters, overrides).toString();
}

/** The direction a column sorts in when nobody chose one: newest dates and highest numbers first, names A–Z. */
export function toDefaultDirection(sort: StanceSort): SortDirection {
  return sort === 'date' || sort === 'score' || sort === 'confidence' ? 'desc' : 'asc';
}

function toSearchParams(filters: Partial<StanceFilters>, overrides: { page?: number | null; pageSize?: number | null }): URLSearchParams {
  const params = new URLSearchParams();
  const lists = { country: filters.country, actorType: filters.actorType, stance: filters.stance };
  for (const [key, values] of Object.entries(lists)) if (values?.length) params.set(key, values.join(','));
  if (filters.topic && filters.topic !== DEFAULT_TOPIC_SLUG) params.set('topic', filters.topic);
  for (const key of ['actor', 'from', 'to', 'q', 'reviewed'] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  if (filters.minConfidence !== undefined) params.set('minConfidence', String(filters.minConfidence));
  if (filters.sort && filters.sort !== 'date') params.set('sort', filters.sort);
  if (filters.dir) params.set('dir', filters.dir);
  const page = overrides.page === undefined ? filters.page : overrides.page;
  const pageSize = overrides.pageSize === undefined ? filters.pageSize : overrides.pageSize;
  if (page && page !== 1) params.set('page', String(page));
  if (pageSize && pageSize !== DEFAULT_PAGE_SIZE) params.set('pageSize', String(pageSize));
  return params;
}

export const alertFeedQuerySchema = z.object({
  topic: topicSchema,
  token: z.preprocess(firstOf, z.string().trim().max(200).optional()),
});
export type AlertFeedQuery = z.infer<typeof alertFeedQuerySchema>;

export function parseAlertFeedQuery(input: SearchParamsInput): AlertFeedQuery {
  return parseOrThrow(alertFeedQuerySchema, toSearchRecord(input));
}
