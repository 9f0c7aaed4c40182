// Compact statement cards (actor, stance, date, evidence sentence, document link).
import Link from 'next/link';
import { StanceBadge, formatScore } from './stance-badge';
import type { StanceItem } from '@/lib/domain/statements';
import { toDisplayDate } from '@/lib/domain/dates';

export function StatementList({ items }: { items: StanceItem[] }) {
  return (
    <ul className="statement-list" data-testid="statement-list">
      {items.map((item) => (
        <li key={item.id} data-country={item.country ?? ''}>
          <div className="statement-meta">
            <strong>{item.actor}</strong>
            {item.country ? <span className="country">{item.country}</span> : null}
            <StanceBadge stance={item.stance} />
            <span className="subtle">{formatScore(item.score)}</span>
            <span className="subtle">{toDisplayDate(item.date, item.datePrecision) ?? 'undated'}</span>
          </div>
          <blockquote className="evidence">{item.evidence}</blockquote>
          <div className="source-line">
            in <Link href={`/documents/${item.documentId}#evidence-${item.id}`}>{item.documentTitle}</Link>
          </div>
        </li>
      ))}
    </ul>
  );
}
