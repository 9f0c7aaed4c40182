// Document text → stance statements for one topic. (Placeholder: the stance engine replaces this.)
import type { TopicDefinition } from './topic';
import type { LabelInput, LabeledStatement } from './types';

export const LABELER_VERSION = '0.0.1';

export function labelDocument(_input: LabelInput, _topic: TopicDefinition): LabeledStatement[] {
  return [];
}
