// The vocabularies every layer shares, each written once; values.test.ts holds them against Prisma's enums.

export const STANCE_VALUES = ['support', 'oppose', 'neutral'] as const;
/** Stance toward the topic's restriction: support it, oppose it, or neither (reviewing, undecided, mixed). */
export type StanceLabel = (typeof STANCE_VALUES)[number];

export const ACTOR_TYPE_VALUES = ['country', 'government_body', 'official', 'company', 'organization', 'think_tank', 'person'] as const;
export type ActorType = (typeof ACTOR_TYPE_VALUES)[number];

export const DATE_PRECISION_VALUES = ['day', 'month', 'year'] as const;
/** How much of a date is known: YYYY-MM-DD, YYYY-MM or YYYY. */
export type DatePrecision = (typeof DATE_PRECISION_VALUES)[number];
/** As stored: a row without a date says so instead of holding null. */
export type StoredDatePrecision = DatePrecision | 'unknown';

export const GRANULARITY_VALUES = ['month', 'quarter', 'year'] as const;
/** The period positions are aggregated over. */
export type Granularity = (typeof GRANULARITY_VALUES)[number];

export const SOURCE_KIND_VALUES = ['feed', 'page', 'folder', 'upload'] as const;
export type SourceKind = (typeof SOURCE_KIND_VALUES)[number];

export const POSITION_STATUS_VALUES = [
  'ban_with_deadline',
  'partial_restriction',
  'legal_basis_not_applied',
  'under_review',
  'no_restriction',
  'active_partnership',
  'unknown',
] as const;
/** Where a country's policy stands, in the categories public 5G trackers use; `unknown` unless the evidence says. */
export type PositionStatus = (typeof POSITION_STATUS_VALUES)[number];

/** Actor types that speak for a country's government: a country's position is computed from these by default. */
export const GOVERNMENT_ACTOR_TYPES = ['country', 'government_body', 'official'] as const satisfies readonly ActorType[];
