// A statement's stance as a coloured label (support/oppose the restriction).
import type { StanceLabel } from '@/lib/domain/stance';

const LABELS: Record<StanceLabel, string> = { support: 'supports', oppose: 'opposes', neutral: 'neutral' };

export function StanceBadge({ stance }: { stance: StanceLabel }) {
  return (
    <span className={`badge badge--${stance}`} title={`${LABELS[stance]} restricting the vendors`}>
      {stance}
    </span>
  );
}

export function formatScore(score: number): string {
  return `${score > 0 ? '+' : ''}${score.toFixed(2)}`;
}
