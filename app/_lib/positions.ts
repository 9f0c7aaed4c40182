// Position wording shared by pages: the map legend and badges read the topic's own labels.
import type { TopicDisplay } from '@/lib/topics/topic';
import type { ActorScope, Position } from '@/lib/domain/values';

export function toPositionLabels(display: TopicDisplay, scope: ActorScope): Record<Position, string> {
  return {
    support: display.supportLabel,
    oppose: display.opposeLabel,
    mixed: 'Mixed or undecided',
    none: scope === 'government' ? 'No government statement' : 'No statements',
  };
}
