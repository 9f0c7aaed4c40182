// GET /api/v1/alerts.atom?topic=&token= → the topic's newest alerts as an Atom feed. When ALERTS_FEED_PRIVATE is
// on, a per-user feed token (?token=, issued on /alerts) is required, since feed readers cannot sign in.
import { toAtomFeed } from '@/lib/alerts/atom';
import { isValidFeedToken, listAlerts } from '@/lib/db/alerts';
import { getDb } from '@/lib/db/client';
import { findTopic } from '@/lib/db/topics';
import { NotFoundError, UnauthorizedError, toErrorResponse } from '@/lib/errors';
import { parseAlertFeedQuery } from '@/lib/domain/filters';
import { getEnv } from '@/lib/runtime/env';

export const dynamic = 'force-dynamic';

export async function GET(request: Request): Promise<Response> {
  try {
    const url = new URL(request.url);
    const query = parseAlertFeedQuery(url.searchParams);
    const db = getDb();
    if (getEnv().ALERTS_FEED_PRIVATE && !(query.token && (await isValidFeedToken(db, query.token)))) {
      throw new UnauthorizedError('This feed needs your feed token: add ?token=… (create one on the Alerts page)');
    }
    const topic = await findTopic(db, query.topic);
    if (!topic) throw new NotFoundError(`No topic "${query.topic}"`);
    const alerts = await listAlerts(db, { topic: topic.slug, limit: 100 });
    const xml = toAtomFeed(alerts, { baseUrl: url.origin, topic: topic.slug, topicName: topic.name, selfUrl: url.toString() });
    return new Response(xml, {
      headers: { 'Content-Type': 'application/atom+xml; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' },
    });
  } catch (error) {
    return toErrorResponse(error);
  }
}
