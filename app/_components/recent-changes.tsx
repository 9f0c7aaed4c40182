// Position changes (alerts) with the statements behind both sides: the overview's panel and the alerts page.
import Link from 'next/link';
import { toAlertTitle } from '@/lib/alerts/atom';
import type { AlertItem } from '@/lib/db/alerts';
import type { StanceItem } from '@/lib/domain/statements';
import { toDisplayDate } from '@/lib/domain/dates';
import { StanceBadge } from './stance-badge';

function EvidenceLine({ label, item }: { label: string; item: StanceItem }) {
  return (
    <li>
      <span className="change-side">{label}</span> <strong>{item.actor}</strong> <StanceBadge stance={item.stance} />{' '}
      <span className="subtle">{toDisplayDate(item.date, item.datePrecision) ?? 'undated'}</span>
      <blockquote className="evidence">
        <Link href={`/documents/${item.documentId}#evidence-${item.id}`} className="evidence-link">
          {item.evidence}
        </Link>
      </blockquote>
    </li>
  );
}

export function RecentChanges({ alerts, topicSuffix }: { alerts: AlertItem[]; topicSuffix: string }) {
  return (
    <ul className="change-list" data-testid="recent-changes">
      {alerts.map((alert) => {
        const subjectHref =
          alert.subjectType === 'country' && alert.countryCode
            ? `/countries/${alert.countryCode}${topicSuffix}`
            : `/actors/${alert.actorId}${topicSuffix}`;
        return (
          <li
            key={alert.id}
            className={alert.readAt ? 'change' : 'change change--unread'}
            data-kind={alert.kind}
            data-country={alert.countryCode ?? ''}
          >
            <div className="change__title">
              {alert.readAt ? null : <span className="unread-dot" aria-label="unread" />}
              <Link href={subjectHref}>{toAlertTitle(alert)}</Link>
            </div>
            <ul className="change__evidence">
              {alert.evidenceAfter.slice(0, 1).map((item) => (
                <EvidenceLine key={item.id} label={`${alert.period}:`} item={item} />
              ))}
              {alert.evidenceBefore.slice(0, 1).map((item) => (
                <EvidenceLine key={item.id} label={`${alert.previousPeriod}:`} item={item} />
              ))}
            </ul>
          </li>
        );
      })}
    </ul>
  );
}
