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

export const GRANULARITY_VALUES = ['week', 'month', 'quarter', 'year'] as const;
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

/** The topic every page, API and CSV shows unless another is asked for (lib/topics holds its data). */
export const DEFAULT_TOPIC_SLUG = 'huawei-zte-5g';

/** Whose statements make a country's position: its government actors (default) or all of its actors. */
export const ACTOR_SCOPE_VALUES = ['government', 'all'] as const;
export type ActorScope = (typeof ACTOR_SCOPE_VALUES)[number];

/** A country's (or actor's) position as the map colours it. */
export const POSITION_VALUES = ['support', 'oppose', 'mixed', 'none'] as const;
export type Position = (typeof POSITION_VALUES)[number];

export const REVIEWED_VALUES = ['reviewed', 'unreviewed'] as const;
export type ReviewedFilter = (typeof REVIEWED_VALUES)[number];

/** Columns the stance table (and its CSV) can be sorted by. */
export const STANCE_SORT_VALUES = ['date', 'actor', 'country', 'stance', 'score', 'confidence', 'document'] as const;
export type StanceSort = (typeof STANCE_SORT_VALUES)[number];
export const SORT_DIRECTION_VALUES = ['asc', 'desc'] as const;
export type SortDirection = (typeof SORT_DIRECTION_VALUES)[number];

/** What an alert is about: a country's position, or one tracked actor's. */
export const ALERT_SUBJECT_VALUES = ['country', 'actor'] as const;
export type AlertSubject = (typeof ALERT_SUBJECT_VALUES)[number];
/** flip: support ↔ oppose; shift: to or from mixed; new: a first position. */
export const ALERT_KIND_VALUES = ['flip', 'shift', 'new'] as const;
export type AlertKind = (typeof ALERT_KIND_VALUES)[number];

/** What an analyst does to a statement: confirm the label, change stance/actor/country, reject it, or restore a rejected one. */
export const REVIEW_ACTION_VALUES = ['confirm', 'change', 'reject', 'restore'] as const;
export type ReviewAction = (typeof REVIEW_ACTION_VALUES)[number];
