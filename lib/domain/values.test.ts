import { describe, expect, test } from 'vitest';
import { $Enums } from '../db/generated/client';
import { DEFAULT_TOPICS } from '../topics/topic';
import {
  ACTOR_TYPE_VALUES,
  DATE_PRECISION_VALUES,
  DEFAULT_TOPIC_SLUG,
  POSITION_STATUS_VALUES,
  SOURCE_KIND_VALUES,
  STANCE_VALUES,
} from './values';

describe('domain values', () => {
  test('match the database enums, so a value added on one side fails here first', () => {
    expect([...STANCE_VALUES].sort()).toEqual(Object.values($Enums.Stance).sort());
    expect([...ACTOR_TYPE_VALUES].sort()).toEqual(Object.values($Enums.ActorType).sort());
    expect([...DATE_PRECISION_VALUES, 'unknown'].sort()).toEqual(Object.values($Enums.DatePrecision).sort());
    expect([...SOURCE_KIND_VALUES].sort()).toEqual(Object.values($Enums.SourceKind).sort());
    expect([...POSITION_STATUS_VALUES].sort()).toEqual(Object.values($Enums.PositionStatus).sort());
  });

  test('the default topic of pages and filters is a shipped topic', () => {
    expect(DEFAULT_TOPICS.map((topic) => topic.slug)).toContain(DEFAULT_TOPIC_SLUG);
  });
});
