// /alerts: position changes recorded after ingestion runs (newest period first), unread ones marked, with the
// evidence for both sides; the Atom feed address, and per-user feed tokens for private installations.
import type { Metadata } from 'next';
import { EmptyState } from '@/app/_components/empty-state';
import { RecentChanges } from '@/app/_components/recent-changes';
import { loadPageTopic, topicQuery } from '@/app/_lib/topic';
import { countUnreadAlerts, listAlerts } from '@/lib/db/alerts';
import { getDb } from '@/lib/db/client';
import { getEnv } from '@/lib/runtime/env';
import { FeedTokenForm, MarkReadForm } from './alert-forms';

export const metadata: Metadata = { title: 'Alerts' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AlertsPage({ searchParams }: Props) {
  const raw = await searchParams;
  const db = getDb();
  const topic = await loadPageTopic(db, raw);
  const unreadOnly = raw.unread === '1';
  const [alerts, unread] = await Promise.all([
    listAlerts(db, { topic: topic.slug, unreadOnly, limit: 100 }),
    countUnreadAlerts(db, topic.slug),
  ]);
  const suffix = topicQuery(topic.slug);
  const feedPath = `/api/v1/alerts.atom${suffix}`;
  const isPrivate = getEnv().ALERTS_FEED_PRIVATE;

  return (
    <>
      <div className="page-header">
        <div>
          <h1>Alerts</h1>
          <p className="subtle">
            A country (from its government actors) or a tracked actor that takes a position on “{topic.name}”, or whose position changes
            from one month to the next. Recorded after every ingestion run. {unread} unread.
          </p>
        </div>
        <div className="page-header__actions">
          <a className="button button--secondary" href={feedPath} data-testid="atom-link">
            Atom feed
          </a>
          {/* Stays mounted when nothing is left unread, so its confirmation stays visible. */}
          <MarkReadForm topic={topic.slug} label="Mark all read" disabled={unread === 0} />
        </div>
      </div>

      <section className="panel" aria-labelledby="alerts-title">
        <div className="panel__header">
          <h2 id="alerts-title">{unreadOnly ? 'Unread alerts' : 'All alerts'}</h2>
          <a href={unreadOnly ? `/alerts${suffix}` : `/alerts?unread=1${topicQuery(topic.slug, '&')}`}>
            {unreadOnly ? 'Show all' : 'Show unread only'}
          </a>
        </div>
        {alerts.length ? (
          <RecentChanges alerts={alerts} topicSuffix={suffix} />
        ) : (
          <EmptyState title={unreadOnly ? 'No unread alerts' : 'No alerts yet'}>
            <p>Alerts appear after an ingestion run finds a country or tracked actor taking or changing a position.</p>
          </EmptyState>
        )}
      </section>

      <section className="panel" aria-labelledby="feed-title">
        <h2 id="feed-title">Follow in a feed reader</h2>
        <p>
          Subscribe to <code>{feedPath}</code>
          {isPrivate
            ? ' with your personal feed token (reading is private on this installation):'
            : '. No sign-in needed; if reading is made private (ALERTS_FEED_PRIVATE=1), readers need a personal token:'}
        </p>
        <FeedTokenForm feedUrl={feedPath} />
      </section>
    </>
  );
}
