// A statement's reviews, newest first: who, when, what changed, and the comment.
import type { ReviewEntry, ReviewedState } from '@/lib/db/reviews';

function describeChange(entry: ReviewEntry): string {
  if (entry.action === 'confirm') return 'confirmed the label';
  if (entry.action === 'reject') return 'rejected the statement';
  if (entry.action === 'restore') return 'restored the statement';
  const before = entry.before as ReviewedState | null;
  const after = entry.after as ReviewedState | null;
  if (!before || !after) return 'changed the statement';
  const parts: string[] = [];
  if (before.stance !== after.stance) parts.push(`stance ${before.stance} → ${after.stance}`);
  if (before.actorId !== after.actorId)
    parts.push(`actor ${entry.actorNames[before.actorId] ?? 'unknown'} → ${entry.actorNames[after.actorId] ?? 'unknown'}`);
  if (before.countryCode !== after.countryCode) parts.push(`country ${before.countryCode ?? 'none'} → ${after.countryCode ?? 'none'}`);
  return parts.length ? `changed ${parts.join(', ')}` : 'changed nothing';
}

export function ReviewHistory({ entries }: { entries: ReviewEntry[] }) {
  if (!entries.length) return null;
  return (
    <ol className="review-history" aria-label="Review history" data-testid="review-history">
      {entries.map((entry) => (
        <li key={entry.id}>
          <time dateTime={entry.createdAt.toISOString()}>{entry.createdAt.toISOString().slice(0, 16).replace('T', ' ')} UTC</time> ·{' '}
          <strong>{entry.reviewer}</strong> {describeChange(entry)}
          {entry.note ? <q className="review-note">{entry.note}</q> : null}
        </li>
      ))}
    </ol>
  );
}
