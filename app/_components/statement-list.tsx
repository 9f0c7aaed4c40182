// Compact statement cards: actor (linked), country, stance, date, the evidence sentence highlighted, the document
// it comes from (linked to the highlighted passage), and whether an analyst reviewed it.
import Link from 'next/link';
import { CountryLabel } from './country-label';
import { StanceBadge, formatScore } from './stance-badge';
import type { StanceItem } from '@/lib/domain/statements';
import { toDisplayDate } from '@/lib/domain/dates';

export function StatementList({ items, showCountry = true }: { items: StanceItem[]; showCountry?: boolean }) {
  return (
    <ul className="statement-list" data-testid="statement-list">
      {items.map((item) => (
        <li key={item.id} data-country={item.country ?? ''} data-statement={item.id}>
          <div className="statement-meta">
            <Link href={`/actors/${item.actorId}`}>
              <strong>{item.actor}</strong>
            </Link>
            {showCountry && item.country ? <CountryLabel code={item.country} href={`/countries/${item.country}`} /> : null}
            <StanceBadge stance={item.stance} />
            <span className="subtle">{formatScore(item.score)}</span>
            <span className="subtle">{toDisplayDate(item.date, item.datePrecision) ?? 'undated'}</span>
            {item.reviewed ? <span className="reviewed-mark">✓ reviewed</span> : null}
          </div>
          <blockquote className="evidence">
            <mark className={`evidence-mark evidence-mark--${item.stance}`}>{item.evidence}</mark>
          </blockquote>
          <div className="source-line">
            in{' '}
            <Link href={`/documents/${item.documentId}#evidence-${item.id}`} data-testid="statement-document-link">
              {item.documentTitle}
            </Link>
          </div>
        </li>
      ))}
    </ul>
  );
}
